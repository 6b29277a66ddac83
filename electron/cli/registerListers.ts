import { citing } from '../../shared/format/citing'
import { registerLister } from './listRegistry'

// `pwb list FILE --type activities|vendors|findings [--json]`: the register at a glance, for a consultant
// checking a client's file from a terminal, in the workspace's language (--json prints the data as is).

registerLister('activities', async ({ call, t }) => {
  const rows = await call('register.listActivities', {})
  const status = (s: string) => t(`register:status.${s}`)
  const width = Math.max(...['draft', 'active', 'retired'].map((s) => status(s).length))
  return {
    data: rows,
    lines: rows.length
      ? rows.map(
          (a) =>
            `${a.id}  ${status(a.status).padEnd(width)}  ${a.name}  [${a.bases.map((b) => t(`register:basesShort.${b}`)).join(', ') || t('list.noBasis')}]` +
            `${a.findings ? `  ${t('list.missing', { count: a.findings })}` : ''}${a.nextReviewOn ? `  ${t('list.reviewBy', { date: a.nextReviewOn })}` : ''}`,
        )
      : [t('list.noActivities')],
  }
})

registerLister('vendors', async ({ call, t }) => {
  const rows = await call('register.listVendors', {})
  return {
    data: rows,
    lines: rows.length
      ? rows.map(
          (v) =>
            `${v.id}  ${v.country}  ${t(`register:vendorRoles.${v.role}`).padEnd(24)}  ${v.name}  ${t(v.dpaSigned ? 'list.dpaSigned' : 'list.dpaMissing')}  ` +
            t('list.activities', { count: v.activityCount }),
        )
      : [t('list.noVendors')],
  }
})

registerLister('findings', async ({ call, t }) => {
  const rows = (await call('register.findings', {})).map((f) => ({
    ...f,
    problem: t(`register:findings.${f.code}.problem`, f.params),
    fix: t(`register:findings.${f.code}.fix`, f.params),
    // The rule's citation (`article`) stays as it is for programs; people read it in their language.
    source: t(`register:findings.${f.code}.source`),
  }))
  const tag = { error: t('list.required'), warning: t('list.recommended') }
  const width = Math.max(tag.error.length, tag.warning.length)
  return {
    data: rows,
    lines: rows.length
      ? rows.map(
          // The field path (purposes.1.bases) is for programs (--json); the problem names the purpose or category.
          // The citation closes the problem's sentence, as in the register PDF: after the fix, which often cites
          // an article itself, it read "(Art. 35). (Art. 35(1))".
          (f) =>
            `${(f.severity === 'error' ? tag.error : tag.warning).padEnd(width)}  ${t('common:format.labelled', { label: f.activityName, text: `${citing(f.problem, f.source)} ${f.fix}` })}`,
        )
      : [t('list.complete')],
  }
})
