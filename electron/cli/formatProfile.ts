import type { OrganisationProfile } from '../../shared/domain/organisation'
import { findAuthority } from '../../shared/reference/authorities'

/** The profile as aligned "label: value" lines for a terminal. */
export function formatProfile(p: OrganisationProfile): string {
  const addr = [p.address.street, [p.address.postalCode, p.address.city].filter(Boolean).join(' '), p.address.region]
    .filter(Boolean)
    .join(', ')
  const authority = p.leadAuthority ? `${p.leadAuthority} — ${findAuthority(p.leadAuthority)?.name ?? ''}` : undefined
  const dpo = p.dpo.appointed
    ? `appointed: ${[p.dpo.name, p.dpo.email, p.dpo.phone].filter(Boolean).join(', ')}`
    : `not appointed — ${p.dpo.reasonNotAppointed ?? ''}`
  const rows: [string, string | undefined][] = [
    ['Legal name', p.legalName],
    ['Trading name', p.tradingName],
    ['Legal form', p.legalForm],
    ['Registration no.', p.registrationNumber],
    ['VAT no.', p.vatNumber],
    ['People employed', p.employees === undefined ? undefined : String(p.employees)],
    ['Address', addr || undefined],
    ['Country', p.country],
    ['Time zone', p.timeZone],
    ['Language', p.language],
    ['Contact e-mail', p.contactEmail],
    ['DPO (Art. 37)', dpo],
    ['EU representative (Art. 27)', p.euRepresentative ? [p.euRepresentative.name, p.euRepresentative.email].filter(Boolean).join(', ') : undefined],
    ['Lead authority', authority],
    ['Roles', p.roles.join(', ')],
    ['Regimes', p.regimes.join(', ')],
  ]
  const width = Math.max(...rows.map(([k]) => k.length))
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v ?? '—'}`).join('\n')
}
