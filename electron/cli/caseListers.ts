import { registerLister } from './listRegistry'

// `pwb list FILE --type dsar|breach [--json]`: the ids `pwb report --type dsar-case|breach-case --case ID` takes.
registerLister('dsar', async ({ call, t }) => {
  const rows = await call('dsar.list', {})
  return {
    data: rows,
    lines: rows.length
      ? rows.map(
          (r) =>
            `${r.id}  ${t(`dsarUi:status.${r.status}`).padEnd(16)}  ${r.regime.padEnd(7)}  ${t('list.due', { date: r.due })}${r.overdue ? ` ${t('list.overdue')}` : ''}  ${r.requesterName ?? t('list.purged')}  [${r.requestTypes.map((x) => t(`dsar:types.${x}`)).join(', ')}]`,
        )
      : [t('list.noRequests')],
  }
})

registerLister('breach', async ({ call, t }) => {
  const { items } = await call('breach.list', {})
  return {
    data: items,
    lines: items.length
      ? items.map((b) => {
          const next = b.nextClock
            ? `  ${t('list.next', { regime: t(`breach:labels.regime.${b.nextClock.regime}`), deadline: b.nextClock.deadline, status: t(`breach:labels.clockStatus.${b.nextClock.status}`) })}`
            : ''
          const severity = b.severity ? t(`breach:labels.severity.${b.severity}`) : t('list.unassessed')
          return `${b.ref}  ${t(`breach:labels.status.${b.status}`).padEnd(8)}  ${t(`breach:labels.notification.${b.notification}`).padEnd(24)}  ${severity}  ${b.title}${next}`
        })
      : [t('list.noBreaches')],
  }
})
