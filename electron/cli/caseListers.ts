import { registerLister } from './listRegistry'

// `pwb list FILE --type dsar|breach [--json]`: the ids `pwb report --type dsar-case|breach-case --case ID` takes.
registerLister('dsar', async ({ call }) => {
  const rows = await call('dsar.list', {})
  return {
    data: rows,
    lines: rows.length
      ? rows.map(
          (r) =>
            `${r.id}  ${r.status.padEnd(12)}  ${r.regime.padEnd(7)}  due ${r.due}${r.overdue ? ' OVERDUE' : ''}  ${r.requesterName ?? '(purged)'}  [${r.requestTypes.join(', ')}]`,
        )
      : ['No requests.'],
  }
})

registerLister('breach', async ({ call }) => {
  const { items } = await call('breach.list', {})
  return {
    data: items,
    lines: items.length
      ? items.map(
          (b) =>
            `${b.ref}  ${b.status.padEnd(6)}  ${b.notification.padEnd(12)}  ${b.severity ?? 'unassessed'}  ${b.title}${b.nextClock ? `  next: ${b.nextClock.regime} ${b.nextClock.deadline} (${b.nextClock.status})` : ''}`,
        )
      : ['No breaches.'],
  }
})
