import type { Activity, ActivityInput } from '../../../../../shared/domain/register/activity'
import { RETENTION_UNITS } from '../../../../../shared/domain/register/activity'
import {
  ART49_DEROGATIONS,
  ART9_CONDITIONS,
  LAWFUL_BASES,
  SPECIAL_CATEGORIES,
  TRANSFER_TOOLS,
} from '../../../../../shared/domain/register/legal'
import { SECURITY_MEASURES } from '../../../../../shared/reference/securityMeasures'
import { cellLines, joinParts, keyValues, kv, NO, parseYesNo, splitParts, YES } from './cellSyntax'
import type { IssueList } from './issues'
import { sheetLayout, type SheetRow } from './sheetRows'
import { readCountry, readDate, readRetention, readRetentionPhrase, valueReader } from './valueWords'

// The Activities sheet: one row per activity, list fields one item per line (docs/register-import-format.md).

export const ACTIVITY_COLUMNS = [
  'id',
  'name',
  'description',
  'status',
  'role',
  'owner',
  'purposes',
  'data_subjects',
  'data_categories',
  'art9_conditions',
  'criminal_data_authority',
  'collected_from_subject',
  'sources',
  'recipients_internal',
  'recipients_external',
  'transfers',
  'systems',
  'security_measures',
  'joint_controllers',
  'joint_arrangement',
  'controllers_served',
  'automated_decision',
  'automated_logic',
  'automated_consequences',
  'occasional',
  'dpia_ref',
  'last_reviewed_on',
  'next_review_on',
  'notes',
  'template_id',
] as const
/**
 * Columns a client's own spreadsheet often has and the export does not write (it keeps each basis with
 * its purpose and each retention with its data category): a lawful basis, and a retention, in columns of
 * their own. The import pairs their lines with the purposes and the data categories of the same row.
 */
export const IMPORT_ONLY_ACTIVITY_COLUMNS = ['lawful_basis', 'retention'] as const
export type ActivityColumn = (typeof ACTIVITY_COLUMNS)[number] | (typeof IMPORT_ONLY_ACTIVITY_COLUMNS)[number]
export const ACTIVITY_LAYOUT = sheetLayout<ActivityColumn>('activities', [...ACTIVITY_COLUMNS, ...IMPORT_ONLY_ACTIVITY_COLUMNS], ['name'])

const yn = (b: boolean) => (b ? YES : NO)
const lines = (items: string[]) => items.join('\n')
const opt = (s: string | undefined) => s ?? ''

export interface NameLookup {
  vendorName(id: string): string
  systemName(id: string): string
}

/** One activity as a row of the Activities sheet (the inverse of parseActivityRow). */
export function activityToRow(a: Activity, names: NameLookup): Record<(typeof ACTIVITY_COLUMNS)[number], string> {
  const retention = (d: Activity['dataCategories'][number]) => {
    const r = d.retention
    return [
      ...kv('special', d.special),
      ...(d.criminal ? ['criminal=yes'] : []),
      ...kv('retention', r.period !== undefined ? `${r.period} ${r.unit}` : undefined),
      ...kv('criteria', r.criteria),
      ...kv('from', r.trigger),
      ...kv('source', r.legalSource),
      ...(r.action !== 'delete' ? [`action=${r.action}`] : []),
    ]
  }
  return {
    id: a.id,
    name: a.name,
    description: opt(a.description),
    status: a.status,
    role: a.role,
    owner: opt(a.owner),
    purposes: lines(
      a.purposes.flatMap((p) =>
        p.bases.length === 0
          ? [joinParts([p.text])]
          : p.bases.map((b) =>
              joinParts([
                p.text,
                b.basis,
                ...kv('interest', b.legitimateInterest),
                ...kv('balancing', b.balancingTest),
                ...kv('consent_how', b.consentCollection),
                ...kv('withdrawal', b.consentWithdrawal),
                ...kv('law', b.legalReference),
              ]),
            ),
      ),
    ),
    data_subjects: lines(a.dataSubjectCategories.map((s) => joinParts([s]))),
    data_categories: lines(a.dataCategories.map((d) => joinParts([d.name, ...retention(d)]))),
    art9_conditions: lines(a.art9Conditions.map((c) => joinParts([c.condition, ...(c.note ? [c.note] : [])]))),
    criminal_data_authority: opt(a.criminalDataAuthority),
    collected_from_subject: yn(a.collectedFromSubject),
    sources: lines(a.sources.map((s) => joinParts([s.description, ...(s.publiclyAvailable ? ['public=yes'] : [])]))),
    recipients_internal: lines(
      a.recipients.filter((r) => r.kind === 'internal').map((r) => joinParts([r.name ?? '', ...kv('note', r.note)])),
    ),
    recipients_external: lines(
      a.recipients
        .filter((r) => r.kind !== 'internal')
        .map((r) =>
          joinParts([
            `${r.kind}: ${r.kind === 'vendor' ? names.vendorName(r.vendorId ?? '') : (r.name ?? '')}`,
            ...kv('country', r.country),
            ...kv('note', r.note),
          ]),
        ),
    ),
    transfers: lines(
      a.transfers.map((t) =>
        joinParts([
          t.country,
          ...kv('tools', t.tools.join('+')),
          ...kv('vendor', t.vendorId ? names.vendorName(t.vendorId) : undefined),
          ...kv('derogation', t.derogation),
          ...kv('safeguards', t.safeguards),
          ...kv('note', t.note),
        ]),
      ),
    ),
    systems: lines(a.systemIds.map((id) => joinParts([names.systemName(id)]))),
    security_measures: lines(a.securityMeasures.map((m) => joinParts(m.key ? [m.key, ...(m.text ? [m.text] : [])] : [m.text ?? '']))),
    joint_controllers: lines(a.jointControllers.map((j) => joinParts([j.name, ...kv('contact', j.contact)]))),
    joint_arrangement: opt(a.jointArrangement),
    controllers_served: lines(
      a.controllersServed.map((c) => joinParts([c.name, ...kv('contact', c.contact), ...kv('categories', c.processingCategories)])),
    ),
    automated_decision: yn(a.automatedDecision.exists),
    automated_logic: opt(a.automatedDecision.logic),
    automated_consequences: opt(a.automatedDecision.consequences),
    occasional: yn(a.occasional),
    dpia_ref: opt(a.dpiaRef),
    last_reviewed_on: opt(a.lastReviewedOn),
    next_review_on: opt(a.nextReviewOn),
    notes: opt(a.notes),
    template_id: opt(a.templateId),
  }
}

export interface NameResolver {
  vendorId(name: string): string | undefined
  systemId(name: string): string | undefined
}

/** Where each list item came from, to name the column and line of a validation error. */
export type ItemOrigin = Partial<Record<string, { column: ActivityColumn; line: number }[]>>

// Coded cells also take the names the app shows for the codes, in English, Italian or French (valueWords.ts).
/** The kinds an external recipient line may start with ("vendor: Aruba"), as codes or in English, Italian or French. */
const RECIPIENT_KINDS = new Map<string, 'vendor' | 'third_party' | 'authority'>([
  ['vendor', 'vendor'], ['fornitore', 'vendor'], ['fournisseur', 'vendor'], ['processor', 'vendor'], ['responsabile', 'vendor'], ['sous-traitant', 'vendor'],
  ['third_party', 'third_party'], ['third party', 'third_party'], ['terzo', 'third_party'], ['terzi', 'third_party'], ['tiers', 'third_party'],
  ['authority', 'authority'], ['autorità', 'authority'], ['autorité', 'authority'],
])

const READ = {
  status: valueReader(['draft', 'active', 'retired'] as const, ['status']),
  role: valueReader(['controller', 'joint_controller', 'processor'] as const, ['role']),
  basis: valueReader(LAWFUL_BASES, ['bases', 'basesShort']),
  special: valueReader(SPECIAL_CATEGORIES, ['special']),
}

/**
 * Reads one row into an activity input (columns absent from the file keep `base`'s values). Problems in
 * the cell syntax go to `issues`; the zod schema then checks the values.
 */
export function parseActivityRow(
  sheet: string,
  r: SheetRow<ActivityColumn>,
  base: ActivityInput,
  resolve: NameResolver,
  issues: IssueList,
): { input: ActivityInput; origin: ItemOrigin } {
  const out: ActivityInput = { ...base }
  const origin: ItemOrigin = {}
  const bad = (column: ActivityColumn, key: string, params: Record<string, unknown>) => issues.add(sheet, r.row, column, key, params)
  const lineBad = (column: ActivityColumn, line: number, key: string, params: Record<string, unknown>) =>
    issues.addText(sheet, r.row, column, issues.translate(`register:import.${key}`, params), line)
  const note = (field: string, column: ActivityColumn, line: number) => ((origin[field] ??= []).push({ column, line }))
  const text = (c: ActivityColumn) => r.get(c) || undefined
  const oneOf = <T extends string>(
    column: ActivityColumn,
    line: number,
    value: string,
    allowed: readonly T[],
    read?: (v: string) => T | undefined,
  ): T | undefined => {
    const plain = (v: string) => ((allowed as readonly string[]).includes(v.trim().toLowerCase()) ? (v.trim().toLowerCase() as T) : undefined)
    const code = (read ?? plain)(value)
    // Where names are read too, the message says so.
    if (code === undefined) lineBad(column, line, read ? 'unknownValueOrName' : 'unknownValue', { value, allowed: allowed.join(', ') })
    return code
  }
  const yesNo = (column: ActivityColumn, value: string, line = 0): boolean | undefined => {
    const b = parseYesNo(value)
    if (b === 'bad') {
      if (line) lineBad(column, line, 'yesNo', { value })
      else bad(column, 'yesNo', { value })
      return undefined
    }
    return b
  }
  const pairsOf = (column: ActivityColumn, line: number, item: string, parts: string[], allowed: readonly string[]) => {
    const { pairs, bad: loose } = keyValues(parts)
    const unknown = (k: string) => lineBad(column, line, 'unknownKey', { key: k, item, allowed: allowed.join(', ') })
    for (const k of pairs.keys()) if (!allowed.includes(k)) unknown(k)
    loose.forEach(unknown)
    return pairs
  }

  if (r.has('id') && r.get('id')) out.id = r.get('id')
  if (r.has('name')) out.name = r.get('name')
  for (const [c, f] of [
    ['description', 'description'],
    ['owner', 'owner'],
    ['criminal_data_authority', 'criminalDataAuthority'],
    ['joint_arrangement', 'jointArrangement'],
    ['dpia_ref', 'dpiaRef'],
    ['notes', 'notes'],
    ['template_id', 'templateId'],
  ] as const)
    if (r.has(c)) out[f] = text(c)
  for (const [c, f] of [
    ['last_reviewed_on', 'lastReviewedOn'],
    ['next_review_on', 'nextReviewOn'],
  ] as const)
    if (r.has(c)) out[f] = r.get(c) ? readDate(r.get(c)) : undefined
  if (r.has('status')) out.status = r.get('status') ? oneOf('status', 0, r.get('status'), ['draft', 'active', 'retired'] as const, READ.status) : 'draft'
  if (r.has('role'))
    out.role = r.get('role') ? oneOf('role', 0, r.get('role'), ['controller', 'joint_controller', 'processor'] as const, READ.role) : 'controller'
  for (const [c, f, dflt] of [
    ['collected_from_subject', 'collectedFromSubject', true],
    ['occasional', 'occasional', false],
  ] as const)
    if (r.has(c)) out[f] = yesNo(c, r.get(c)) ?? dflt

  /** A lawful basis written as `basis | interest=… | …` (in the purposes column after the purpose, or in a column of its own). */
  const readBasis = (column: ActivityColumn, line: number, purpose: string, basis: string, rest: string[]) => {
    const code = oneOf(column, line, basis, LAWFUL_BASES, READ.basis)
    const pairs = pairsOf(column, line, purpose, rest, ['interest', 'balancing', 'consent_how', 'withdrawal', 'law'])
    return code
      ? {
          basis: code,
          legitimateInterest: pairs.get('interest'),
          balancingTest: pairs.get('balancing'),
          consentCollection: pairs.get('consent_how'),
          consentWithdrawal: pairs.get('withdrawal'),
          legalReference: pairs.get('law'),
        }
      : undefined
  }
  /**
   * The lawful_basis column: one line gives every purpose its basis; as many lines as purposes pair in
   * order. A purpose that already has a basis in the purposes column, or a count that matches neither, is
   * a problem: which basis is meant cannot be told.
   */
  const pairBases = (purposes: ActivityInput['purposes']) => {
    const lines = cellLines(r.get('lawful_basis'))
    if (!purposes || purposes.length === 0) return bad('lawful_basis', 'basisWithoutPurpose', {})
    if (lines.length !== 1 && lines.length !== purposes.length)
      return bad('lawful_basis', 'basisCount', { purposes: purposes.length, bases: lines.length })
    const twice = purposes.find((p) => (p.bases ?? []).length > 0)
    if (twice) return bad('lawful_basis', 'basisTwice', { purpose: twice.text })
    purposes.forEach((p, i) => {
      const { line, text: l } = lines[lines.length === 1 ? 0 : i]
      const [basis, ...rest] = splitParts(l)
      const b = readBasis('lawful_basis', line, p.text, basis, rest)
      if (b) p.bases = [b]
    })
  }

  /**
   * The retention column: one line gives every data category without a retention of its own that one; as
   * many lines as categories pair in order. "10 anni dalla cessazione del rapporto" is read as a period and
   * the event it runs from; anything else is kept whole as the criteria.
   */
  const pairRetention = (categories: ActivityInput['dataCategories']) => {
    const lines = cellLines(r.get('retention'))
    if (!categories || categories.length === 0) return bad('retention', 'retentionWithoutCategory', {})
    if (lines.length !== 1 && lines.length !== categories.length)
      return bad('retention', 'retentionCount', { categories: categories.length, retentions: lines.length })
    const own = (c: (typeof categories)[number]) => c.retention && (c.retention.period !== undefined || c.retention.criteria !== undefined)
    const twice = lines.length > 1 ? categories.find(own) : undefined
    if (twice) return bad('retention', 'retentionTwice', { category: twice.name })
    categories.forEach((c, i) => {
      if (lines.length === 1 && own(c)) return
      const read = readRetentionPhrase(lines[lines.length === 1 ? 0 : i].text)
      c.retention = { ...c.retention, action: c.retention?.action ?? 'delete', ...read }
    })
  }

  if (r.has('purposes')) {
    const purposes: NonNullable<ActivityInput['purposes']> = []
    for (const { line, text: l } of cellLines(r.get('purposes'))) {
      const [ptext, basis, ...rest] = splitParts(l)
      let p = purposes.find((x) => x.text === ptext)
      if (!p) {
        p = { text: ptext, bases: [] }
        purposes.push(p)
        note('purposes', 'purposes', line)
      }
      if (basis === undefined || basis === '') continue
      const b = readBasis('purposes', line, ptext, basis, rest)
      if (b) p.bases!.push(b)
    }
    out.purposes = purposes
  }
  if (r.get('lawful_basis')) pairBases(out.purposes)
  if (r.has('data_subjects')) {
    out.dataSubjectCategories = cellLines(r.get('data_subjects')).map(({ line, text: l }) => {
      note('dataSubjectCategories', 'data_subjects', line)
      return splitParts(l)[0]
    })
  }
  if (r.has('data_categories')) {
    out.dataCategories = cellLines(r.get('data_categories')).map(({ line, text: l }) => {
      note('dataCategories', 'data_categories', line)
      const [name, ...rest] = splitParts(l)
      const pairs = pairsOf('data_categories', line, name, rest, ['special', 'criminal', 'retention', 'criteria', 'from', 'source', 'action'])
      const special = pairs.get('special') ? oneOf('data_categories', line, pairs.get('special')!, SPECIAL_CATEGORIES, READ.special) : undefined
      const criminal = pairs.has('criminal') ? yesNo('data_categories', pairs.get('criminal')!, line) : false
      let period: number | undefined
      let unit: (typeof RETENTION_UNITS)[number] | undefined
      const ret = pairs.get('retention')
      if (ret) {
        const read = readRetention(ret)
        if (!read) lineBad('data_categories', line, 'badRetention', { value: ret })
        else ({ period, unit } = read)
      }
      const action = pairs.get('action') ? oneOf('data_categories', line, pairs.get('action')!, ['delete', 'anonymise'] as const) : 'delete'
      return {
        name,
        special,
        criminal: criminal ?? false,
        retention: {
          period,
          unit,
          criteria: pairs.get('criteria'),
          trigger: pairs.get('from'),
          legalSource: pairs.get('source'),
          action: action ?? 'delete',
        },
      }
    })
  }
  if (r.get('retention')) pairRetention(out.dataCategories)
  if (r.has('art9_conditions')) {
    out.art9Conditions = cellLines(r.get('art9_conditions')).flatMap(({ line, text: l }) => {
      const [cond, noteText] = splitParts(l)
      const c = oneOf('art9_conditions', line, cond, ART9_CONDITIONS)
      if (!c) return []
      note('art9Conditions', 'art9_conditions', line)
      return [{ condition: c, note: noteText }]
    })
  }
  if (r.has('sources')) {
    out.sources = cellLines(r.get('sources')).map(({ line, text: l }) => {
      note('sources', 'sources', line)
      const [description, ...rest] = splitParts(l)
      const pairs = pairsOf('sources', line, description, rest, ['public'])
      return { description, publiclyAvailable: pairs.has('public') ? (yesNo('sources', pairs.get('public')!, line) ?? false) : false }
    })
  }
  if (r.has('recipients_internal') || r.has('recipients_external')) {
    const keep = (base.recipients ?? []).filter((x) =>
      x.kind === 'internal' ? !r.has('recipients_internal') : !r.has('recipients_external'),
    )
    const internal = r.has('recipients_internal')
      ? cellLines(r.get('recipients_internal')).map(({ line, text: l }) => {
          const [name, ...rest] = splitParts(l)
          const pairs = pairsOf('recipients_internal', line, name, rest, ['note'])
          return { item: { kind: 'internal' as const, name, note: pairs.get('note') }, line, column: 'recipients_internal' as const }
        })
      : []
    const external = r.has('recipients_external')
      ? cellLines(r.get('recipients_external')).flatMap(({ line, text: l }) => {
          const [head, ...rest] = splitParts(l)
          const m = /^([\p{L}_ ]+?)\s*:\s*(.+)$/u.exec(head)
          const prefixed = m ? RECIPIENT_KINDS.get(m[1].trim().toLowerCase()) : undefined
          let kind: 'vendor' | 'third_party' | 'authority'
          let name: string
          if (prefixed && m) {
            kind = prefixed
            name = m[2].trim()
          } else {
            // A register kept by hand names recipients without a kind: a name a vendor has (on the file's
            // vendors sheet or in the workspace) is that vendor; any other is a third party, pointed out
            // before the import is confirmed.
            name = head.trim()
            kind = resolve.vendorId(name) ? 'vendor' : 'third_party'
            if (kind === 'third_party') issues.note(sheet, r.row, 'recipients_external', 'bareRecipient', { name, line })
          }
          const pairs = pairsOf('recipients_external', line, head, rest, ['country', 'note'])
          let vendorId: string | undefined
          if (kind === 'vendor') {
            vendorId = resolve.vendorId(name)
            if (!vendorId) {
              lineBad('recipients_external', line, 'unknownVendor', { name })
              return []
            }
          }
          return [
            {
              item: { kind, ...(kind === 'vendor' ? { vendorId } : { name }), country: pairs.get('country') ? readCountry(pairs.get('country')!) : undefined, note: pairs.get('note') },
              line,
              column: 'recipients_external' as const,
            },
          ]
        })
      : []
    // The app keeps internal recipients before external ones, as the export writes them.
    const all = [...keep.map((item) => ({ item, line: 0, column: 'recipients_external' as const })), ...internal, ...external].sort(
      (x, y) => Number(x.item.kind !== 'internal') - Number(y.item.kind !== 'internal'),
    )
    out.recipients = all.map((x) => x.item)
    origin.recipients = all.map((x) => ({ column: x.column, line: x.line }))
  }
  if (r.has('transfers')) {
    out.transfers = cellLines(r.get('transfers')).map(({ line, text: l }) => {
      note('transfers', 'transfers', line)
      const [country, ...rest] = splitParts(l)
      const pairs = pairsOf('transfers', line, country, rest, ['tools', 'vendor', 'derogation', 'safeguards', 'note'])
      const tools = (pairs.get('tools') ?? '')
        .split('+')
        .map((x) => x.trim())
        .filter(Boolean)
        .flatMap((x) => oneOf('transfers', line, x, TRANSFER_TOOLS) ?? [])
      let vendorId: string | undefined
      const vendor = pairs.get('vendor')
      if (vendor) {
        vendorId = resolve.vendorId(vendor)
        if (!vendorId) lineBad('transfers', line, 'unknownVendor', { name: vendor })
      }
      const derogation = pairs.get('derogation') ? oneOf('transfers', line, pairs.get('derogation')!, ART49_DEROGATIONS) : undefined
      return { country: readCountry(country), tools, vendorId, derogation, safeguards: pairs.get('safeguards'), note: pairs.get('note') }
    })
  }
  if (r.has('systems')) {
    out.systemIds = cellLines(r.get('systems')).flatMap(({ line, text: l }) => {
      const name = splitParts(l)[0]
      const id = resolve.systemId(name)
      if (!id) {
        lineBad('systems', line, 'unknownSystem', { name })
        return []
      }
      note('systemIds', 'systems', line)
      return [id]
    })
  }
  if (r.has('security_measures')) {
    out.securityMeasures = cellLines(r.get('security_measures')).map(({ line, text: l }) => {
      note('securityMeasures', 'security_measures', line)
      const [first, second] = splitParts(l)
      const key = first.toLowerCase()
      return (SECURITY_MEASURES as readonly string[]).includes(key)
        ? { key: key as (typeof SECURITY_MEASURES)[number], text: second }
        : { text: splitParts(l).join(' | ') }
    })
  }
  if (r.has('joint_controllers')) {
    out.jointControllers = cellLines(r.get('joint_controllers')).map(({ line, text: l }) => {
      note('jointControllers', 'joint_controllers', line)
      const [name, ...rest] = splitParts(l)
      return { name, contact: pairsOf('joint_controllers', line, name, rest, ['contact']).get('contact') }
    })
  }
  if (r.has('controllers_served')) {
    out.controllersServed = cellLines(r.get('controllers_served')).map(({ line, text: l }) => {
      note('controllersServed', 'controllers_served', line)
      const [name, ...rest] = splitParts(l)
      const pairs = pairsOf('controllers_served', line, name, rest, ['contact', 'categories'])
      return { name, contact: pairs.get('contact'), processingCategories: pairs.get('categories') }
    })
  }
  if (r.has('automated_decision') || r.has('automated_logic') || r.has('automated_consequences')) {
    const prev = base.automatedDecision ?? { exists: false }
    out.automatedDecision = {
      exists: r.has('automated_decision') ? (yesNo('automated_decision', r.get('automated_decision')) ?? false) : (prev.exists ?? false),
      logic: r.has('automated_logic') ? text('automated_logic') : prev.logic,
      consequences: r.has('automated_consequences') ? text('automated_consequences') : prev.consequences,
    }
  }
  return { input: out, origin }
}

/** Column (and cell line) of a field path of ActivityInputSchema. */
export function activityColumnOf(path: PropertyKey[], origin: ItemOrigin): { column: ActivityColumn; line?: number } {
  const [field, index] = path
  const list = origin[String(field)]
  if (list && typeof index === 'number' && list[index]) return { column: list[index].column, line: list[index].line || undefined }
  const direct: Record<string, ActivityColumn> = {
    id: 'id',
    name: 'name',
    description: 'description',
    status: 'status',
    role: 'role',
    owner: 'owner',
    purposes: 'purposes',
    dataSubjectCategories: 'data_subjects',
    dataCategories: 'data_categories',
    art9Conditions: 'art9_conditions',
    criminalDataAuthority: 'criminal_data_authority',
    collectedFromSubject: 'collected_from_subject',
    sources: 'sources',
    recipients: 'recipients_external',
    transfers: 'transfers',
    systemIds: 'systems',
    securityMeasures: 'security_measures',
    jointControllers: 'joint_controllers',
    jointArrangement: 'joint_arrangement',
    controllersServed: 'controllers_served',
    occasional: 'occasional',
    dpiaRef: 'dpia_ref',
    lastReviewedOn: 'last_reviewed_on',
    nextReviewOn: 'next_review_on',
    notes: 'notes',
    templateId: 'template_id',
  }
  if (field === 'automatedDecision')
    return { column: index === 'logic' ? 'automated_logic' : index === 'consequences' ? 'automated_consequences' : 'automated_decision' }
  return { column: direct[String(field)] ?? 'name' }
}
