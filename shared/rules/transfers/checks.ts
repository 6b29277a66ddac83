import type { TransferFinding, TransferFindingCode } from '../../domain/transfers/finding'
import type { TiaStatus } from '../../domain/transfers/tia'
import {
  ART46_TOOLS,
  type DpfCheck,
  type ImporterRole,
  type TransferToolCode,
} from '../../domain/transfers/transfer'
import { findAdequacy, packIsEea, type CountryPack } from '../../reference/countryPack'
import { addMonthsClamp, type LocalDate } from '../calendar'
import { dpfCheckValid } from './needsTia'
import { expectedSccModule } from './sccModule'
import { TRANSFER_FINDING_ARTICLE } from './findingArticles'

// The transfer checks (issue 7 item 4), run beside the register's completeness checks. Each cites its
// source. 'error' = Chapter V not met as recorded; 'warning' = to re-check.

export interface CheckedTransfer {
  id: string
  importerName: string
  importerVendorId: string
  importerCountry: string
  exporterRole: 'controller' | 'processor'
  importerRole: ImporterRole
  status: 'active' | 'ended'
  tools: readonly { tool: TransferToolCode; decisionId?: string; sccModule?: number }[]
  dpfCheck?: Pick<DpfCheck, 'certified' | 'checkedOn'>
  onward: readonly { recipient: string; country: string; tool?: TransferToolCode }[]
}

export interface CheckedTia {
  id: string
  transferId: string
  status: TiaStatus
  version: number
  /** The importer's country the TIA assessed (a snapshot). */
  importerCountry: string
  nextReviewOn?: LocalDate
}

export interface TransferCheckContext {
  today: LocalDate
  pack: CountryPack
  tias: readonly CheckedTia[]
  /** The register's vendors as they are now: id → country. */
  vendorCountries: ReadonlyMap<string, string>
}

export function checkTransfer(t: CheckedTransfer, ctx: TransferCheckContext): TransferFinding[] {
  if (t.status === 'ended') return []
  const out: TransferFinding[] = []
  const add = (
    code: TransferFindingCode,
    severity: TransferFinding['severity'],
    field: string,
    params: Record<string, string> = {},
  ) =>
    out.push({
      transferId: t.id,
      importerName: t.importerName,
      code,
      severity,
      field,
      article: TRANSFER_FINDING_ARTICLE[code],
      params: { importer: t.importerName, ...params },
    })

  const outside = !packIsEea(ctx.pack, t.importerCountry)
  const codes = t.tools.map((x) => x.tool)
  const country = t.importerCountry

  // Art. 44: every transfer outside the EEA needs a Chapter V tool.
  if (outside && t.tools.length === 0) add('noTool', 'error', 'tools', { country })

  // DPF: an adequacy decision only for organisations on the DPF List (Decision (EU) 2023/1795; REFERENCE §8 Q28).
  if (codes.includes('dpf')) {
    if (country !== 'US') add('dpfNotUs', 'error', 'tools', { country })
    if (!t.dpfCheck) add('dpfWithoutCheck', 'error', 'dpfCheck')
    else if (!t.dpfCheck.certified) add('dpfNotCertified', 'error', 'dpfCheck.certified')
    else if (addMonthsClamp(t.dpfCheck.checkedOn, 12) < ctx.today)
      add('dpfCheckOld', 'warning', 'dpfCheck.checkedOn', {
        checkedOn: t.dpfCheck.checkedOn,
      })
  }

  // Art. 45: an adequacy decision must exist for this country and be in force today.
  t.tools.forEach((x, i) => {
    if (x.tool !== 'adequacy') return
    const d = x.decisionId ? findAdequacy(ctx.pack, x.decisionId) : undefined
    const ok =
      !!d && d.country === country && d.validFrom <= ctx.today && (!d.validUntil || ctx.today <= d.validUntil)
    if (!ok) add('adequacyNotAvailable', 'error', `tools.${i}.decisionId`, { country })
  })

  // SCC module must fit the roles (Decision (EU) 2021/914, Section I and modules).
  t.tools.forEach((x, i) => {
    if (x.tool !== 'scc' || !x.sccModule) return
    const expected = expectedSccModule(t.exporterRole, t.importerRole)
    if (x.sccModule !== expected)
      add('sccModuleMismatch', 'warning', `tools.${i}.sccModule`, {
        module: String(x.sccModule),
        expected: String(expected),
      })
  })

  const mine = ctx.tias.filter((x) => x.transferId === t.id)
  const final = mine.find((x) => x.status === 'final')

  // Schrems II (C-311/18) and SCC clause 14: an Art. 46 tool relied on without a valid DPF needs a TIA.
  const reliesOnArt46 = outside && codes.some((c) => ART46_TOOLS.includes(c))
  const validDpf = codes.includes('dpf') && country === 'US' && dpfCheckValid(t.dpfCheck, ctx.today)
  if (reliesOnArt46 && !validDpf && !final)
    add('sccWithoutTia', 'error', 'tia', {
      draft: mine.some((x) => x.status === 'draft') ? 'yes' : 'no',
    })

  if (final) {
    // EDPB Rec. 01/2020 step 6: re-evaluate at appropriate intervals.
    if (final.nextReviewOn && final.nextReviewOn < ctx.today)
      add('tiaReviewOverdue', 'error', 'tia.step6.nextReviewOn', {
        reviewOn: final.nextReviewOn,
        version: String(final.version),
      })
    // A TIA assesses one destination: a vendor that moved needs a new assessment.
    const vendorNow = ctx.vendorCountries.get(t.importerVendorId)
    const changed = [vendorNow, country].find((c) => c && c !== final.importerCountry)
    if (changed)
      add('vendorCountryChanged', 'warning', 'importerCountry', {
        assessed: final.importerCountry,
        now: changed,
      })
  }

  // Art. 44: onward transfers outside the EEA need their own tool.
  t.onward.forEach((o, i) => {
    if (!o.tool && !packIsEea(ctx.pack, o.country))
      add('onwardWithoutTool', 'warning', `onward.${i}.tool`, {
        recipient: o.recipient,
        country: o.country,
      })
  })
  return out
}

export function checkTransfers(
  list: readonly CheckedTransfer[],
  ctx: TransferCheckContext,
): TransferFinding[] {
  return list.flatMap((t) => checkTransfer(t, ctx))
}
