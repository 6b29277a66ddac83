import type { TFunction } from 'i18next'
import type { OrganisationProfile } from '../../shared/domain/organisation'
import { findAuthority } from '../../shared/reference/authorities'

/** The profile as aligned "label: value" lines for a terminal; `t` is the `cli` namespace. */
export function formatProfile(p: OrganisationProfile, t: TFunction): string {
  const addr = [p.address.street, [p.address.postalCode, p.address.city].filter(Boolean).join(' '), p.address.region]
    .filter(Boolean)
    .join(', ')
  const authority = p.leadAuthority ? `${p.leadAuthority} — ${findAuthority(p.leadAuthority)?.name ?? ''}` : undefined
  const dpo = p.dpo.appointed
    ? t('profile.dpoAppointed', { who: [p.dpo.name, p.dpo.email, p.dpo.phone].filter(Boolean).join(', ') })
    : t('profile.dpoNotAppointed', { reason: p.dpo.reasonNotAppointed ?? '' })
  const rows: [string, string | undefined][] = [
    ['legalName', p.legalName],
    ['tradingName', p.tradingName],
    ['legalForm', p.legalForm],
    ['registrationNumber', p.registrationNumber],
    ['vatNumber', p.vatNumber],
    ['employees', p.employees === undefined ? undefined : String(p.employees)],
    ['address', addr || undefined],
    ['country', p.country],
    ['timeZone', p.timeZone],
    ['language', p.language],
    ['contactEmail', p.contactEmail],
    ['dpo', dpo],
    ['euRepresentative', p.euRepresentative ? [p.euRepresentative.name, p.euRepresentative.email].filter(Boolean).join(', ') : undefined],
    ['leadAuthority', authority],
    ['roles', p.roles.join(', ')],
    ['regimes', p.regimes.join(', ')],
  ]
  const labelled = rows.map(([key, v]) => [t(`profile.${key}`), v] as const)
  const width = Math.max(...labelled.map(([k]) => k.length))
  return labelled.map(([k, v]) => `${k.padEnd(width)}  ${v ?? '—'}`).join('\n')
}
