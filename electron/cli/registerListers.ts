import { translator } from '../../shared/i18n/translate'
import { registerLister } from './listRegistry'

// `pwb list FILE --type activities|vendors|findings [--json]`: the register at a glance, for a consultant
// checking a client's file from a terminal. Texts are the CLI's English, as in every `pwb` command.

const t = translator('en', 'register')

registerLister('activities', async ({ call }) => {
  const rows = await call('register.listActivities', {})
  return {
    data: rows,
    lines: rows.length
      ? rows.map(
          (a) =>
            `${a.id}  ${a.status.padEnd(7)}  ${a.name}  [${a.bases.join(', ') || 'no lawful basis'}]` +
            `${a.findings ? `  ${a.findings} missing` : ''}${a.nextReviewOn ? `  review by ${a.nextReviewOn}` : ''}`,
        )
      : ['No processing activities.'],
  }
})

registerLister('vendors', async ({ call }) => {
  const rows = await call('register.listVendors', {})
  return {
    data: rows,
    lines: rows.length
      ? rows.map(
          (v) =>
            `${v.id}  ${v.country}  ${v.role.padEnd(20)}  ${v.name}  DPA ${v.dpaSigned ? 'signed' : 'not signed'}  ` +
            `${v.activityCount} ${v.activityCount === 1 ? 'activity' : 'activities'}`,
        )
      : ['No vendors.'],
  }
})

registerLister('findings', async ({ call }) => {
  const rows = (await call('register.findings', {})).map((f) => ({
    ...f,
    problem: t(`findings.${f.code}.problem`, f.params),
    fix: t(`findings.${f.code}.fix`, f.params),
  }))
  return {
    data: rows,
    lines: rows.length
      ? rows.map(
          (f) =>
            `${f.severity === 'error' ? 'REQUIRED   ' : 'recommended'}  ${f.activityName} (${f.field}): ${f.problem} ${f.fix} (${f.article})`,
        )
      : ['Complete: no required or recommended item is missing.'],
  }
})
