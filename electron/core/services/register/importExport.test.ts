import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ImportResult } from '../../../../shared/domain/register/importExport'
import type { Vendor } from '../../../../shared/domain/register/vendor'
import { buildImportWorker } from '../../testing/importWorkerBuild'
import { FIRST_ACTIVITY_CHUNK } from './importPlan'
import { fullActivities } from '../../testing/registerReads'
import { testCore, type TestCore } from '../../testing/testCore'

let tc: TestCore
let n = 0

// Every test runs twice: the file read and checked on the test's thread, and in the import's worker
// thread, as the app and the CLI run it (built here as they build it).
let worker: Awaited<ReturnType<typeof buildImportWorker>>
beforeAll(async () => {
  worker = await buildImportWorker()
})
afterAll(() => worker.dispose())

async function newWorkspace() {
  await call('workspace.create', { path: join(tc.dir, `w${n++}.pwb`), legalName: 'Acme Srl', country: 'IT', timeZone: 'Europe/Rome' })
}
const call = <T = unknown>(channel: string, input: unknown) => tc.call<T>(channel, input)
const activities = () => fullActivities(tc)
const auditCount = async () => (await call<{ total: number }>('audit.list', {})).total

/** A register that uses every list field, the cell syntax's awkward characters and every link. */
async function seedRich() {
  const aruba = await call<Vendor>('register.saveVendor', { name: 'Aruba S.p.A.', country: 'IT', role: 'processor', services: ['SMTP'], dpa: { signed: true, signedOn: '2025-03-01', reference: 'DPA | v2' } })
  const google = await call<Vendor>('register.saveVendor', { name: 'Google Ireland Limited', country: 'IE', role: 'independent_controller', dataLocations: ['IE', 'US'], certifications: ['ISO 27001', 'SOC 2'], contactEmail: 'dpo@google.example', notes: 'Two\nlines' })
  const sys = await call<{ id: string }>('register.saveSystem', { name: 'Mail server', type: 'email', location: 'Serverplan', country: 'IT', internal: false, vendorId: aruba.id })
  await call('register.saveActivity', {
    name: 'Web analytics, with consent',
    description: 'Line one\nLine two with a | pipe and a \\ backslash',
    status: 'active',
    role: 'joint_controller',
    owner: 'Marketing',
    purposes: [
      { text: 'Measure visits', bases: [{ basis: 'consent', consentCollection: 'Cookie banner', consentWithdrawal: 'Manage cookies link' }] },
      { text: 'Security | logs', bases: [{ basis: 'legitimate_interests', legitimateInterest: 'Security', balancingTest: 'Low impact = yes' }, { basis: 'legal_obligation', legalReference: 'D.Lgs. 196/2003' }] },
      { text: 'Not decided', bases: [] },
    ],
    dataSubjectCategories: ['Visitors', 'Customers'],
    dataCategories: [
      { name: 'Identifiers', retention: { period: 14, unit: 'months', trigger: 'the visit', legalSource: 'Practice' } },
      { name: 'Health notes', special: 'health', retention: { criteria: 'Until the case ends', action: 'anonymise' } },
      { name: 'Records', criminal: true, retention: { period: 1, unit: 'years' } },
    ],
    art9Conditions: [{ condition: 'a', note: 'Explicit consent form' }],
    criminalDataAuthority: 'Law 123',
    collectedFromSubject: false,
    sources: [{ description: 'LinkedIn', publiclyAvailable: true }, { description: 'Partner list' }],
    recipients: [
      { kind: 'internal', name: 'Marketing team', note: 'read only' },
      { kind: 'vendor', vendorId: google.id, note: 'GA4' },
      { kind: 'authority', name: 'Police', country: 'IT' },
      { kind: 'third_party', name: 'Agency', country: 'CH' },
    ],
    transfers: [
      { country: 'US', vendorId: google.id, tools: ['scc', 'dpf'], note: 'IP anonymised' },
      { country: 'CH', tools: ['art49_derogation'], derogation: 'compelling', safeguards: 'Memo' },
    ],
    systemIds: [sys.id],
    securityMeasures: [{ key: 'encryption_in_transit' }, { key: 'logging', text: 'kept 90 days' }, { text: 'Our own measure' }],
    jointControllers: [{ name: 'Google Ireland Limited', contact: 'dpo@google.example' }],
    jointArrangement: 'Controller-to-controller terms',
    controllersServed: [{ name: 'Client A', contact: 'a@client.example', processingCategories: 'Hosting' }],
    automatedDecision: { exists: true, logic: 'Score', consequences: 'None serious' },
    occasional: true,
    dpiaRef: 'DPIA-1',
    lastReviewedOn: '2026-01-10',
    nextReviewOn: '2027-01-10',
    notes: 'Plain note',
    templateId: 'web-analytics',
  })
  await call('register.saveActivity', { name: 'Payroll', purposes: [{ text: 'Pay', bases: [{ basis: 'contract' }] }] })
}

async function roundTrip(file: string) {
  await seedRich()
  const before = await activities()
  const vendorsBefore = (await call<Vendor[]>('register.listVendors', {})).map((v) => v.id)
  const out = join(tc.dir, file)
  const exp = await call<{ files: string[]; activities: number }>('register.export', { path: out, type: 'activities' })
  expect(exp.activities).toBe(2)
  await newWorkspace()
  const r = await call<ImportResult>('register.import', { path: out, type: 'activities' })
  expect(r).toMatchObject({ applied: true, errors: [], activities: { created: 2 }, vendors: { created: 2 }, systems: { created: 1 } })
  expect(await activities()).toEqual(before)
  expect((await call<Vendor[]>('register.listVendors', {})).map((v) => v.id)).toEqual(vendorsBefore)
  return exp.files
}

describe.each(['the test’s thread', 'the worker thread'])('read and checked on %s', (where) => {
  beforeEach(async () => {
    tc = testCore({ importWorker: where === 'the worker thread' ? worker.script : undefined })
    await newWorkspace()
  })
  afterEach(() => tc.dispose())

  describe('register export and import', () => {
    it('XLSX: an exported register imports into a new workspace unchanged (ids, lists, links)', async () => {
      const files = await roundTrip('register.xlsx')
      expect(files).toEqual([join(tc.dir, 'register.xlsx')])
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.readFile(files[0])
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Activities', 'Vendors', 'Systems'])
    })

    it('XLSX: the French demo register comes back letter for letter (exceljs streaming broke "é" across 16 KB pieces)', async () => {
      await call('workspace.createDemo', { path: join(tc.dir, `w${n++}.pwb`), sample: 'virtual-contact', language: 'fr' })
      const before = await activities()
      const vendorsBefore = await call<unknown[]>('register.listVendors', {})
      const path = join(tc.dir, 'fr.xlsx')
      await call('register.export', { path, type: 'activities' })
      // Tabs named in the workspace's language, so the import's notes name them as the user sees them.
      const wb = await new ExcelJS.Workbook().xlsx.readFile(path)
      expect(wb.worksheets.map((s) => s.name)).toEqual(['Traitements', 'Fournisseurs', 'Systèmes'])
      await newWorkspace()
      const result = await call<ImportResult>('register.import', { path, type: 'activities' })
      expect(result).toMatchObject({ applied: true, errors: [] })
      expect(result.notes.length).toBeGreaterThan(0)
      expect(result.notes.every((note) => note.sheet === 'Traitements')).toBe(true)
      const after = await activities()
      expect(before.length).toBeGreaterThan(0)
      expect(JSON.stringify(after)).not.toContain('\ufffd')
      expect(after).toEqual(before)
      expect(await call('register.listVendors', {})).toEqual(vendorsBefore)
      expect(JSON.stringify(vendorsBefore)).toContain('non nommé')
    })

    it('CSV: the register goes to three files and comes back unchanged', async () => {
      const files = await roundTrip('register.csv')
      expect(files).toEqual(['register.csv', 'register-vendors.csv', 'register-systems.csv'].map((f) => join(tc.dir, f)))
      expect(readFileSync(files[0], 'utf8').charCodeAt(0)).toBe(0xfeff)
    })

    it('CSV from an Italian workspace separates fields with ";", as Excel set to Italian expects, and comes back unchanged', async () => {
      await call('profile.save', { ...(await call<object>('profile.get', {})), language: 'it' })
      const files = await roundTrip('registro.csv')
      for (const f of files) expect(readFileSync(f, 'utf8').slice(1, 9)).toMatch(/^(id;name;|name;cou|name;typ)/)
    })

    it('re-importing the same file into the same workspace changes nothing and writes no audit rows', async () => {
      await seedRich()
      const out = join(tc.dir, 'same.xlsx')
      await call('register.export', { path: out, type: 'activities' })
      const audits = await auditCount()
      const r = await call<ImportResult>('register.import', { path: out, type: 'activities' })
      expect(r).toMatchObject({ applied: true, activities: { created: 0, updated: 0, unchanged: 2 }, vendors: { unchanged: 2 } })
      expect(await auditCount()).toBe(audits)
    })

    it('a row whose id exists updates it; columns left out keep their values; a row without id is created', async () => {
      await seedRich()
      const [web] = await activities()
      const out = join(tc.dir, 'partial.csv')
      writeFileSync(out, `id,name,owner\n${web.id},Web analytics (renamed),New owner\n,Brand new activity,Ops\n`)
      const r = await call<ImportResult>('register.import', { path: out, type: 'activities' })
      expect(r).toMatchObject({ applied: true, activities: { created: 1, updated: 1, unchanged: 0 } })
      const after = await activities()
      const renamed = after.find((a) => a.id === web.id)!
      expect(renamed).toEqual({ ...web, name: 'Web analytics (renamed)', owner: 'New owner' })
      expect(after.map((a) => a.name)).toContain('Brand new activity')
    })

    it('dates written by hand day first (15/01/2027, 3.2.2026) import as those dates; month first does not', async () => {
      const file = join(tc.dir, 'dates.csv')
      writeFileSync(file, 'name,last_reviewed_on,next_review_on\nPayroll,3.2.2026,15/01/2027\n')
      const r = await call<ImportResult>('register.import', { path: file, type: 'activities' })
      expect(r).toMatchObject({ applied: true, activities: { created: 1 } })
      expect((await activities())[0]).toMatchObject({ lastReviewedOn: '2026-02-03', nextReviewOn: '2027-01-15' })
      // 01/15/2027 is no date day first: refused, never guessed as 15 January.
      writeFileSync(file, 'name,next_review_on\nHiring,01/15/2027\n')
      const bad = await call<ImportResult>('register.import', { path: file, type: 'activities' })
      expect(bad.errors.map((e) => [e.row, e.column, e.message])).toEqual([[2, 'next_review_on', 'Write the date as 2026-12-31 or 31/12/2026 (day first).']])
    })

    it('a vendor’s agreement date written day first imports as that date', async () => {
      const file = join(tc.dir, 'vendors.csv')
      writeFileSync(file, 'name,country,role,dpa_signed,dpa_signed_on\nAruba S.p.A.,IT,processor,yes,01/03/2025\n')
      expect(await call<ImportResult>('register.import', { path: file, type: 'vendors' })).toMatchObject({ applied: true })
      const [aruba] = await call<Vendor[]>('register.listVendors', {})
      expect((await call<{ vendor: Vendor }>('register.getVendor', { id: aruba.id })).vendor.dpa).toMatchObject({ signed: true, signedOn: '2025-03-01' })
    })

    it('a file with bad rows changes nothing and names each bad row and column', async () => {
      await seedRich()
      const before = await activities()
      const audits = await auditCount()
      const wb = new ExcelJS.Workbook()
      const ws = wb.addWorksheet('Activities')
      ws.addRow(['id', 'name', 'purposes', 'colour', 'next_review_on', 'recipients_external', 'data_categories'])
      ws.addRow(['', 'Good row', 'Reply | contract', 'red', '', '', ''])
      ws.addRow(['', 'Bad basis', 'Reply | friendship', '', '', '', ''])
      ws.addRow(['', '', 'Reply | contract', '', '', '', ''])
      ws.addRow(['', 'Bad date and vendor', '', '', '2026-13-01', 'vendor: Nobody Inc.', 'Invoices | retention=ten years'])
      const file = join(tc.dir, 'bad.xlsx')
      await wb.xlsx.writeFile(file)
      for (const dryRun of [false, true]) {
        const r = await call<ImportResult>('register.import', { path: file, type: 'activities', dryRun })
        expect(r.applied).toBe(false)
        expect(r.errors.map((e) => [e.row, e.column])).toEqual([
          [1, 'colour'],
          [3, 'purposes'],
          [4, 'name'],
          [5, 'data_categories'],
          [5, 'recipients_external'],
          [5, 'next_review_on'],
        ])
        expect(r.errors[0].message).toMatch(/Unknown column “colour”/)
        expect(r.errors[1].message).toBe('line 1: “friendship” is not allowed here. Use one of: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests (or its name as the app shows it, in English, Italian or French).')
        expect(r.errors[2].message).toBe('This field is required.')
        expect(r.errors[3].message).toMatch(/“ten years” is not a retention period/)
        expect(r.errors[4].message).toMatch(/No vendor is called “Nobody Inc\.”/)
        expect(r.errors[5].message).toBe('Write the date as 2026-12-31 or 31/12/2026 (day first).')
        expect(r.errors.every((e) => e.sheet === 'Activities')).toBe(true)
      }
      expect(await activities()).toEqual(before)
      expect(await auditCount()).toBe(audits)
    })

    it('a dry run validates and counts, and changes nothing', async () => {
      await seedRich()
      const out = join(tc.dir, 'dry.xlsx')
      await call('register.export', { path: out, type: 'activities' })
      await newWorkspace()
      const audits = await auditCount()
      const r = await call<ImportResult>('register.import', { path: out, type: 'activities', dryRun: true })
      expect(r).toMatchObject({ applied: false, dryRun: true, errors: [], activities: { created: 2 }, vendors: { created: 2 } })
      expect(await activities()).toEqual([])
      expect(await auditCount()).toBe(audits)
    })

    it('creates the vendors an activities file names from its Vendors sheet; a vendor known nowhere is an error', async () => {
      const file = join(tc.dir, 'acts.csv')
      writeFileSync(file, 'name,recipients_external,transfers\nBooking,vendor: Calendly LLC,US | tools=scc+dpf | vendor=Calendly LLC\n')
      const missing = await call<ImportResult>('register.import', { path: file, type: 'activities' })
      expect(missing.errors.map((e) => [e.row, e.column])).toEqual([
        [2, 'recipients_external'],
        [2, 'transfers'],
      ])
      writeFileSync(join(tc.dir, 'acts-vendors.csv'), 'name,country,role,dpa_signed\nCalendly LLC,US,processor,yes\n')
      const ok = await call<ImportResult>('register.import', { path: file, type: 'activities' })
      expect(ok).toMatchObject({ applied: true, vendors: { created: 1 }, activities: { created: 1 } })
      const [a] = await activities()
      expect(a.transfers).toEqual([{ country: 'US', vendorId: a.recipients[0].vendorId, tools: ['scc', 'dpf'] }])
    })

    it('reads a register typed in Italian: statuses, bases, special categories, retention units and vendor roles in words', async () => {
      const file = join(tc.dir, 'registro.csv')
      writeFileSync(
        file,
        'name;status;role;purposes;data_categories;recipients_external\r\n' +
          'Selezione del personale;Attivo;Titolare;"Valutare i candidati | Misure precontrattuali\nObblighi | Obbligo di legge";"Curriculum | retention=24 mesi\nCertificati medici | special=Salute | retention=10 anni";vendor: Aruba S.p.A.\r\n',
      )
      writeFileSync(join(tc.dir, 'registro-vendors.csv'), 'name;country;role\r\nAruba S.p.A.;IT;Responsabile del trattamento\r\n')
      const r = await call<ImportResult>('register.import', { path: file, type: 'activities' })
      expect(r.errors.map((e) => [e.column, e.message])).toEqual([
        // "Misure precontrattuali" is no name the app gives a basis: named, with the codes to use.
        ['purposes', expect.stringContaining('Misure precontrattuali')],
      ])
      writeFileSync(
        file,
        'name;status;role;purposes;data_categories;recipients_external\r\n' +
          'Selezione del personale;Attivo;Titolare;"Valutare i candidati | Contratto\nObblighi | Obbligo di legge";"Curriculum | retention=24 mesi\nCertificati medici | special=Salute | retention=10 anni";vendor: Aruba S.p.A.\r\n',
      )
      expect(await call<ImportResult>('register.import', { path: file, type: 'activities' })).toMatchObject({ applied: true, errors: [] })
      const [a] = await activities()
      expect(a).toMatchObject({
        status: 'active',
        role: 'controller',
        purposes: [
          { text: 'Valutare i candidati', bases: [{ basis: 'contract' }] },
          { text: 'Obblighi', bases: [{ basis: 'legal_obligation' }] },
        ],
        dataCategories: [
          { name: 'Curriculum', retention: { period: 24, unit: 'months' } },
          { name: 'Certificati medici', special: 'health', retention: { period: 10, unit: 'years' } },
        ],
      })
      const [aruba] = await call<{ role: string }[]>('register.listVendors', {})
      expect(aruba.role).toBe('processor')
    })

    it('reads a client’s own header row: column names in Italian or French, any case or accents; problems named under that header', async () => {
      const file = join(tc.dir, 'cliente.csv')
      const header = 'Nome;STATO;Finalità e basi giuridiche;categorie di dati;Destinatari esterni;Prossima Revisione\r\n'
      writeFileSync(file, header + 'Paghe;Attivo;Stipendi | Contratto;Buste paga | retention=10 anni;;2027-13-01\r\n')
      writeFileSync(join(tc.dir, 'cliente-vendors.csv'), 'Nom;Pays;Rôle;DPA signé\r\nAruba S.p.A.;IT;Sous-traitant;oui\r\n')
      const bad = await call<ImportResult>('register.import', { path: file, type: 'activities' })
      // The bad date is reported under the file's own header, so the user finds the cell.
      expect(bad.errors.map((e) => [e.sheet, e.row, e.column])).toEqual([['Activities', 2, 'Prossima Revisione']])
      writeFileSync(file, header + 'Paghe;Attivo;Stipendi | Contratto;Buste paga | retention=10 anni;vendor: Aruba S.p.A.;2027-03-01\r\n')
      expect(await call<ImportResult>('register.import', { path: file, type: 'activities' })).toMatchObject({ applied: true, activities: { created: 1 }, vendors: { created: 1 } })
      const [a] = await activities()
      expect(a).toMatchObject({ name: 'Paghe', status: 'active', nextReviewOn: '2027-03-01', purposes: [{ text: 'Stipendi', bases: [{ basis: 'contract' }] }] })
      expect(a.dataCategories).toEqual([{ name: 'Buste paga', criminal: false, retention: { period: 10, unit: 'years', action: 'delete' } }])
      const [aruba] = await call<{ name: string; role: string; dpaSigned: boolean }[]>('register.listVendors', {})
      expect(aruba).toMatchObject({ name: 'Aruba S.p.A.', role: 'processor', dpaSigned: true })
    })

    it('an unknown header close to a column name asks whether that was meant; a missing required column is named in words and by id', async () => {
      const file = join(tc.dir, 'typo.csv')
      writeFileSync(file, 'Nome;Categoria di dati;Colour\r\nPaghe;;\r\n')
      const r = await call<ImportResult>('register.import', { path: file, type: 'activities' })
      expect(r.errors.map((e) => [e.row, e.column, e.message])).toEqual([
        [1, 'Categoria di dati', 'Unknown column “Categoria di dati”. Did you mean “Categorie di dati”? The columns are listed in docs/register-import-format.md.'],
        [1, 'Colour', expect.stringMatching(/^Unknown column “Colour”\. Use a column of the documented layout/)],
      ])
      writeFileSync(file, 'Stato\r\nAttivo\r\n')
      const missing = await call<ImportResult>('register.import', { path: file, type: 'activities' })
      expect(missing.errors.map((e) => e.message)).toEqual(['The required column “Name” (id “name”) is missing.'])
      expect(await activities()).toEqual([])
    })

    it('writes an empty template in the workspace’s language, with drop-downs for coded columns; filled in, it imports as it is', async () => {
      await seedRich()
      await call('workspace.create', { path: join(tc.dir, `it${n++}.pwb`), legalName: 'Rossi Srl', country: 'IT', timeZone: 'Europe/Rome', language: 'it' })
      await call('register.saveActivity', { name: 'Già nel registro' })
      const file = join(tc.dir, 'modello.xlsx')
      // Nothing of the register goes into a template.
      expect(await call('register.export', { path: file, type: 'activities', template: true })).toEqual({ files: [file], activities: 0, vendors: 0 })
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.readFile(file)
      // Tabs and headers in Italian.
      const acts = wb.getWorksheet('Trattamenti')!
      const header = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1)
      expect(header(acts).slice(0, 5)).toEqual(['ID', 'Nome', 'Descrizione', 'Stato', 'Ruolo'])
      expect(header(wb.getWorksheet('Fornitori')!).slice(0, 4)).toEqual(['ID', 'Nome', 'Paese', 'Ruolo'])
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Trattamenti', 'Fornitori', 'Sistemi'])
      expect(acts.actualRowCount).toBe(1)
      expect(acts.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Bozza,Attivo,Cessato"'] })
      expect(wb.getWorksheet('Fornitori')!.getCell('G2').dataValidation).toMatchObject({ formulae: ['"sì,no"'] })

      // A client fills it in with the words offered.
      acts.getCell('B2').value = 'Paghe'
      acts.getCell('D2').value = 'Attivo'
      acts.getCell('E2').value = 'Titolare'
      acts.getCell(2, 15).value = 'vendor: Studio Bianchi'
      const vendors = wb.getWorksheet('Fornitori')!
      vendors.getCell('B2').value = 'Studio Bianchi'
      vendors.getCell('C2').value = 'IT'
      vendors.getCell('D2').value = 'Responsabile del trattamento'
      vendors.getCell('G2').value = 'sì'
      await wb.xlsx.writeFile(file)
      const r = await call<ImportResult>('register.import', { path: file, type: 'activities' })
      expect(r).toMatchObject({ applied: true, errors: [], activities: { created: 1 }, vendors: { created: 1 } })
      const paghe = (await activities()).find((a) => a.name === 'Paghe')
      expect(paghe).toMatchObject({ status: 'active', role: 'controller', recipients: [{ kind: 'vendor' }] })
      const [studio] = await call<{ name: string; role: string; dpaSigned: boolean }[]>('register.listVendors', {})
      expect(studio).toMatchObject({ name: 'Studio Bianchi', role: 'processor', dpaSigned: true })

      // As CSV: the header row only, in Italian, separated as Italian spreadsheets expect.
      const csv = join(tc.dir, 'modello.csv')
      await call('register.export', { path: csv, type: 'vendors', template: true })
      expect(readFileSync(csv, 'utf8')).toBe('\uFEFFID;Nome;Paese;Ruolo;Servizi;Luoghi dei dati;DPA firmato;Data firma DPA;Riferimento DPA;Certificazioni;Nome contatto;E-mail contatto;Sito web;Note\r\n')
    })

    it('names a CSV template’s sibling files in the workspace’s language and finds siblings named in any of ours; two for one sheet are refused', async () => {
      await call('workspace.create', { path: join(tc.dir, `it${n++}.pwb`), legalName: 'Rossi Srl', country: 'IT', timeZone: 'Europe/Rome', language: 'it' })
      const file = join(tc.dir, 'modello.csv')
      const { files } = await call<{ files: string[] }>('register.export', { path: file, type: 'activities', template: true })
      expect(files).toEqual(['modello.csv', 'modello-fornitori.csv', 'modello-sistemi.csv'].map((f) => join(tc.dir, f)))
      // A data export keeps the ids, in headers and file names alike.
      const data = join(tc.dir, 'dati.csv')
      expect((await call<{ files: string[] }>('register.export', { path: data, type: 'activities' })).files).toEqual(
        ['dati.csv', 'dati-vendors.csv', 'dati-systems.csv'].map((f) => join(tc.dir, f)),
      )

      // Filled in: the Italian-named vendor file is read with the activities, its problems under its Italian name.
      writeFileSync(file, 'Nome;Destinatari esterni\r\nPaghe;vendor: Studio Bianchi\r\n')
      writeFileSync(files[1], 'Nome;Paese;Ruolo\r\nStudio Bianchi;IT;Fornitore\r\n')
      writeFileSync(files[2], 'Nome;Tipo\r\n')
      const bad = await call<ImportResult>('register.import', { path: file, type: 'activities' })
      expect(bad.errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
        ['Fornitori', 2, 'Ruolo'],
        ['Trattamenti', 2, 'Destinatari esterni'],
      ])
      writeFileSync(files[1], 'Nome;Paese;Ruolo\r\nStudio Bianchi;IT;Responsabile del trattamento\r\n')
      expect(await call<ImportResult>('register.import', { path: file, type: 'activities' })).toMatchObject({ applied: true, activities: { created: 1 }, vendors: { created: 1 } })

      // A French client's files.
      const fr = join(tc.dir, 'client.csv')
      writeFileSync(fr, 'Nom;Destinataires externes\r\nPaie;vendor: Cabinet Martin\r\n')
      writeFileSync(join(tc.dir, 'client-fournisseurs.csv'), 'Nom;Pays;Rôle\r\nCabinet Martin;FR;Sous-traitant\r\n')
      expect(await call<ImportResult>('register.import', { path: fr, type: 'activities', dryRun: true })).toMatchObject({ errors: [], activities: { created: 1 }, vendors: { created: 1 } })

      // Two files for the vendors: nothing is imported, and both are named.
      writeFileSync(join(tc.dir, 'client-vendors.csv'), 'name;country;role\r\nOther Ltd;GB;processor\r\n')
      const before = await auditCount()
      const two = await call<ImportResult>('register.import', { path: fr, type: 'activities' })
      expect(two.applied).toBe(false)
      expect(two.errors[0]).toEqual({ sheet: 'Vendors', row: 0, column: '', message: expect.stringContaining('client-vendors.csv, client-fournisseurs.csv') })
      expect(await auditCount()).toBe(before)
    })

    it('reads a client’s register kept by hand: its own headings, the lawful basis and the retention in columns of their own', async () => {
      await call('workspace.create', { path: join(tc.dir, `it${n++}.pwb`), legalName: 'Rossi Srl', country: 'IT', timeZone: 'Europe/Rome', language: 'it' })
      const file = join(tc.dir, 'registro-cliente.csv')
      const header = 'Trattamento;Finalità del trattamento;Base giuridica;Categorie di interessati;Categorie di dati personali;Tempi di conservazione\r\n'
      const paghe = 'Paghe;"Elaborare le buste paga\nAdempimenti fiscali";"Contratto\nObbligo di legge | law=DPR 600/1973";Dipendenti;"Dati anagrafici\nCoordinate bancarie";10 anni dalla cessazione del rapporto\r\n'
      const newsletter = 'Newsletter;Inviare la newsletter;Consenso | withdrawal=Link in ogni e-mail;Iscritti;"E-mail\nPreferenze";"24 mesi dall\'ultima apertura\nFino alla revoca del consenso"\r\n'
      // A count that pairs with nothing, a basis written twice, a retention beside a category that has one.
      writeFileSync(
        file,
        header +
          'Fornitori;"Ordini\nPagamenti\nContabilità";"Contratto\nObbligo di legge";Referenti;Nomi;5 anni\r\n' +
          'Sito;Statistiche | legitimate_interests;Legittimo interesse;Visitatori;"Indirizzo IP | retention=6 mesi\nCookie";"6 mesi\n13 mesi"\r\n',
      )
      const bad = await call<ImportResult>('register.import', { path: file, type: 'activities' })
      expect(bad.applied).toBe(false)
      expect(bad.errors.map((e) => [e.row, e.column, e.message])).toEqual([
        [2, 'Base giuridica', 'Finalità: 3; basi giuridiche: 2. Scrivere una base per tutte le finalità, oppure una per finalità, riga per riga nello stesso ordine.'],
        [3, 'Base giuridica', expect.stringContaining('“Statistiche” ha già la sua base')],
        [3, 'Tempi di conservazione', expect.stringContaining('“Indirizzo IP” ha già una conservazione')],
      ])
      expect(await activities()).toEqual([])

      writeFileSync(file, header + paghe + newsletter)
      expect(await call<ImportResult>('register.import', { path: file, type: 'activities' })).toMatchObject({ applied: true, errors: [], activities: { created: 2 } })
      const byName = new Map((await activities()).map((a) => [a.name, a]))
      expect(byName.get('Paghe')).toMatchObject({
        purposes: [
          { text: 'Elaborare le buste paga', bases: [{ basis: 'contract' }] },
          { text: 'Adempimenti fiscali', bases: [{ basis: 'legal_obligation', legalReference: 'DPR 600/1973' }] },
        ],
        dataSubjectCategories: ['Dipendenti'],
      })
      // One retention for every category; the article folded into "dalla" goes back to the event.
      expect(byName.get('Paghe')!.dataCategories.map((d) => d.retention)).toEqual([
        { period: 10, unit: 'years', trigger: 'la cessazione del rapporto', action: 'delete' },
        { period: 10, unit: 'years', trigger: 'la cessazione del rapporto', action: 'delete' },
      ])
      expect(byName.get('Newsletter')).toMatchObject({ purposes: [{ bases: [{ basis: 'consent', consentWithdrawal: 'Link in ogni e-mail' }] }] })
      expect(byName.get('Newsletter')!.dataCategories.map((d) => [d.name, d.retention])).toEqual([
        ['E-mail', { period: 24, unit: 'months', trigger: 'l’ultima apertura', action: 'delete' }],
        ['Preferenze', { criteria: 'Fino alla revoca del consenso', action: 'delete' }],
      ])

      // Exported, each basis sits with its purpose and each retention with its category: it imports back unchanged.
      const out = join(tc.dir, 'esportato.xlsx')
      await call('register.export', { path: out, type: 'activities' })
      const before = await activities()
      expect(await call<ImportResult>('register.import', { path: out, type: 'activities' })).toMatchObject({ applied: true, activities: { created: 0, updated: 0, unchanged: 2 } })
      expect(await activities()).toEqual(before)
    })

    it('reads external recipients named without a kind: a vendor’s name is that vendor, any other a third party pointed out in a note', async () => {
      await call('workspace.create', { path: join(tc.dir, `it${n++}.pwb`), legalName: 'Rossi Srl', country: 'IT', timeZone: 'Europe/Rome', language: 'it' })
      const file = join(tc.dir, 'destinatari.csv')
      writeFileSync(file, 'Trattamento;Destinatari esterni\r\nPaghe;"Aruba S.p.A.\nStudio Bianchi\nautorità: Agenzia delle Entrate\nfornitore: Serverplan S.r.l."\r\n')
      // The client's own headings and country names.
      writeFileSync(join(tc.dir, 'destinatari-fornitori.csv'), 'Ragione sociale;Nazione;Ruolo;Nomina a responsabile\r\nAruba S.p.A.;Italia;Responsabile del trattamento;sì\r\nServerplan S.r.l.;IT;Responsabile del trattamento;no\r\n')
      const r = await call<ImportResult>('register.import', { path: file, type: 'activities' })
      expect(r).toMatchObject({ applied: true, errors: [], activities: { created: 1 }, vendors: { created: 2 } })
      expect(r.notes).toEqual([
        { sheet: 'Trattamenti', row: 2, column: 'Destinatari esterni', message: expect.stringMatching(/^Riga 2: “Studio Bianchi” non è il nome di un fornitore, quindi è stato letto come terzo/) },
      ])
      const list = await call<{ id: string; name: string; country: string; dpaSigned: boolean }[]>('register.listVendors', {})
      expect(list.map((v) => [v.name, v.country, v.dpaSigned])).toEqual([
        ['Aruba S.p.A.', 'IT', true],
        ['Serverplan S.r.l.', 'IT', false],
      ])
      const vendors = new Map(list.map((v) => [v.id, v.name]))
      const [a] = await activities()
      expect(a.recipients.map((x) => [x.kind, x.kind === 'vendor' ? vendors.get(x.vendorId!) : x.name])).toEqual([
        ['vendor', 'Aruba S.p.A.'],
        ['third_party', 'Studio Bianchi'],
        ['authority', 'Agenzia delle Entrate'],
        ['vendor', 'Serverplan S.r.l.'],
      ])
    })

    it('reads a register whose header sits under a title, noting the title rows; a sheet with no header at all is still refused', async () => {
      await call('workspace.create', { path: join(tc.dir, `it${n++}.pwb`), legalName: 'Rossi Srl', country: 'IT', timeZone: 'Europe/Rome', language: 'it' })
      const xlsx = join(tc.dir, 'titolo.xlsx')
      const wb = new ExcelJS.Workbook()
      const ws = wb.addWorksheet('Registro')
      ws.getCell('A1').value = 'Registro delle attività di trattamento — Rossi Srl'
      ws.getCell('A2').value = 'Aggiornato al 1/10/2026'
      ws.addRow([])
      ws.getRow(4).values = ['Trattamento', 'Finalità', 'Base giuridica', 'Stato']
      ws.getRow(5).values = ['Paghe', 'Buste paga', 'Contratto', 'Attivo']
      ws.getRow(6).values = ['Clienti', 'Fatturazione', 'Amicizia', 'Attivo']
      await wb.xlsx.writeFile(xlsx)
      const bad = await call<ImportResult>('register.import', { path: xlsx, type: 'activities' })
      // Rows keep the numbers the spreadsheet shows.
      expect(bad.errors.map((e) => [e.sheet, e.row, e.column])).toEqual([['Registro', 6, 'Base giuridica']])
      ws.getRow(6).values = ['Clienti', 'Fatturazione', 'Contratto', 'Attivo']
      await wb.xlsx.writeFile(xlsx)
      const r = await call<ImportResult>('register.import', { path: xlsx, type: 'activities' })
      expect(r).toMatchObject({ applied: true, errors: [], activities: { created: 2 } })
      expect(r.notes).toEqual([{ sheet: 'Registro', row: 1, column: '', message: 'Le righe 1–3, sopra la riga di intestazione, sono state lette come titolo e non importate.' }])
      expect((await activities()).map((a) => a.name).sort()).toEqual(['Clienti', 'Paghe'])

      // A CSV with a title line: its separator is read from the header, not from the title.
      const csv = join(tc.dir, 'titolo.csv')
      writeFileSync(csv, 'Registro dei trattamenti, Rossi Srl\r\nTrattamento;Finalità;Base giuridica\r\nNewsletter;Inviare la newsletter;Consenso\r\n')
      const c = await call<ImportResult>('register.import', { path: csv, type: 'activities', dryRun: true })
      expect(c).toMatchObject({ errors: [], activities: { created: 1 } })
      expect(c.notes.map((x) => x.message)).toEqual(['La riga 1, sopra la riga di intestazione, è stata letta come titolo e non importata.'])

      // No row names two columns: the first row stays the header, and its unknown columns are named.
      writeFileSync(csv, 'Foo;Bar\r\nx;y\r\n')
      const none = await call<ImportResult>('register.import', { path: csv, type: 'activities' })
      expect(none.errors.map((e) => [e.row, e.column])).toEqual([
        [1, 'Foo'],
        [1, 'Bar'],
        [1, 'name'],
      ])
    })

    it('notes a list cell whose one line looks like several items run together, without refusing it', async () => {
      const file = join(tc.dir, 'liste.csv')
      writeFileSync(
        file,
        'name;data_subjects;data_categories;recipients_internal\r\n' +
          'Paghe;Dipendenti, collaboratori;Dati anagrafici (nome, cognome) | retention=10 years;"Ufficio personale\nAmministrazione"\r\n' +
          'Newsletter;Iscritti;"Email; contatti";Marketing\r\n',
      )
      const r = await call<ImportResult>('register.import', { path: file, type: 'activities' })
      expect(r).toMatchObject({ applied: true, errors: [] })
      expect(r.notes).toEqual([
        { sheet: 'Activities', row: 2, column: 'data_subjects', message: 'Read as one item: “Dipendenti, collaboratori”. If it lists several, put each on its own line in the cell (Alt+Enter) and import again.' },
        { sheet: 'Activities', row: 3, column: 'data_categories', message: expect.stringContaining('“Email; contatti”') },
      ])
      // Read as written: one category; the bracketed commas and the two-line cell raise nothing.
      const paghe = (await activities()).find((a) => a.name === 'Paghe')!
      expect(paghe.dataSubjectCategories).toEqual(['Dipendenti, collaboratori'])
    })

    it('refuses a value under no header (an unquoted separator, a deleted header) instead of dropping it', async () => {
      const file = join(tc.dir, 'extra.csv')
      writeFileSync(file, 'name;owner\r\nPaghe;Ufficio; personale\r\n')
      const r = await call<ImportResult>('register.import', { path: file, type: 'activities' })
      expect(r.applied).toBe(false)
      expect(r.errors).toEqual([
        { sheet: 'Activities', row: 2, column: 'C', message: expect.stringMatching(/^The value “personale” is in column C, which has no header, so it would be lost\./) },
      ])
      const wb = new ExcelJS.Workbook()
      const ws = wb.addWorksheet('Activities')
      ws.addRow(['name', '', 'owner'])
      ws.addRow(['Paghe', 'lost?', 'HR'])
      const xlsx = join(tc.dir, 'blank-header.xlsx')
      await wb.xlsx.writeFile(xlsx)
      const x = await call<ImportResult>('register.import', { path: xlsx, type: 'activities' })
      expect(x.errors.map((e) => [e.row, e.column])).toEqual([[2, 'B']])
      expect(await activities()).toEqual([])
    })

    it('reads workbook tabs named in French or Italian, and reports problems under the tab’s own name', async () => {
      const wb = new ExcelJS.Workbook()
      wb.addWorksheet('Traitements').addRows([['Nom', 'Destinataires externes'], ['Paie', 'vendor: Cabinet Martin']])
      wb.addWorksheet('Fournisseurs').addRows([['Nom', 'Pays', 'Rôle'], ['Cabinet Martin', 'FR', 'Sous-traitant']])
      wb.addWorksheet('Systèmes').addRows([['Nom', 'Type'], ['Logiciel de paie', 'application']])
      const file = join(tc.dir, 'registre.xlsx')
      await wb.xlsx.writeFile(file)
      const r = await call<ImportResult>('register.import', { path: file, type: 'activities' })
      expect(r).toMatchObject({ applied: true, activities: { created: 1 }, vendors: { created: 1 }, systems: { created: 1 } })
      wb.getWorksheet('Fournisseurs')!.getCell('C2').value = 'Ami'
      await wb.xlsx.writeFile(file)
      const bad = await call<ImportResult>('register.import', { path: file, type: 'activities' })
      expect(bad.errors.map((e) => [e.sheet, e.row, e.column])).toEqual([['Fournisseurs', 2, 'Rôle']])
    })

    it('imports and exports vendors on their own, matching existing vendors by name', async () => {
      await call('register.saveVendor', { name: 'Aruba S.p.A.', country: 'IT', role: 'processor' })
      const file = join(tc.dir, 'vendors.csv')
      writeFileSync(file, 'name,country,role,dpa_signed,services\naruba s.p.a.,IT,processor,yes,"SMTP\nPEC"\nOpenAI LLC,US,sub_processor,no,\n')
      const r = await call<ImportResult>('register.import', { path: file, type: 'vendors' })
      expect(r).toMatchObject({ applied: true, vendors: { created: 1, updated: 1 } })
      const list = await call<{ name: string; dpaSigned: boolean; services: string[] }[]>('register.listVendors', {})
      expect(list.map((v) => [v.name, v.dpaSigned, v.services])).toEqual([
        ['aruba s.p.a.', true, ['SMTP', 'PEC']],
        ['OpenAI LLC', false, []],
      ])
      const out = join(tc.dir, 'out-vendors.xlsx')
      expect(await call('register.export', { path: out, type: 'vendors' })).toMatchObject({ files: [out], vendors: 2, activities: 0 })
    })

    it('vendor rows: errors name the column (role, country, yes/no)', async () => {
      const file = join(tc.dir, 'v.csv')
      writeFileSync(file, 'name,country,role,dpa_signed\nX,Atlantis,friend,maybe\n')
      const r = await call<ImportResult>('register.import', { path: file, type: 'vendors' })
      expect(r.errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
        ['Vendors', 2, 'country'],
        ['Vendors', 2, 'role'],
        ['Vendors', 2, 'dpa_signed'],
      ])
    })

    it('refuses other file types and missing files plainly', async () => {
      expect(await tc.core.invoke('register.import', { path: join(tc.dir, 'x.txt'), type: 'activities' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { path: 'validation.registerImportFile' } } })
      // A LibreOffice or old Excel file: the message says how to convert it; the export names only its two formats.
      expect(await tc.core.invoke('register.import', { path: join(tc.dir, 'clients.ods'), type: 'activities' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('save it as .xlsx (Excel) first') } })
      expect(await tc.core.invoke('register.export', { path: join(tc.dir, 'out.ods'), type: 'activities' })).toMatchObject({ ok: false, error: { fields: { path: 'validation.registerFile' } } })
      const gone = await tc.core.invoke('register.import', { path: join(tc.dir, 'gone.xlsx'), type: 'activities' })
      expect(gone).toMatchObject({ ok: false, error: { code: 'IO' } })
      const junk = join(tc.dir, 'junk.xlsx')
      writeFileSync(junk, 'not a zip')
      expect(await tc.core.invoke('register.import', { path: junk, type: 'activities' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('could not be read as XLSX') } })
      expect(existsSync(join(tc.dir, 'gone.xlsx'))).toBe(false)
    })

    it('refuses a workbook whose parts say they unpack to gigabytes (a "zip bomb"), before unpacking it', async () => {
      const path = join(tc.dir, 'clients.xlsx')
      await call('register.export', { path, type: 'activities' })
      // Declare 600 MB for the first part, in its local header and in the central directory (what is read first).
      const bytes = readFileSync(path)
      const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
      expect(central).toBeGreaterThan(0)
      bytes.writeUInt32LE(600 * 1024 * 1024, central + 24)
      bytes.writeUInt32LE(600 * 1024 * 1024, 22)
      writeFileSync(path, bytes)
      const audits = await auditCount()
      const err = await tc.fail('register.import', { path, type: 'activities' })
      expect(err).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('unpacks to more than 512 MB') })
      expect(err.message).toContain('nothing was changed')
      expect(await auditCount()).toBe(audits)
    })
  })

  describe('a workbook damaged past its first rows (read as the import goes)', () => {
    it('stops with the sheet and row named and changes nothing, even after writing the rows before', async () => {
      // More rows before the damaged one than the first chunk the writer gets (FIRST_ACTIVITY_CHUNK).
      for (let i = 0; i < FIRST_ACTIVITY_CHUNK + 20; i++) await call('register.saveActivity', { name: `Activity ${String(i).padStart(3, '0')}` })
      const path = join(tc.dir, 'damaged.xlsx')
      await call('register.export', { path, type: 'activities' })
      // A late row's first text cell now points past the end of the shared strings, as a broken file can.
      const late = FIRST_ACTIVITY_CHUNK + 15
      const parts = unzipSync(readFileSync(path))
      const sheet = strFromU8(parts['xl/worksheets/sheet1.xml'])
      const row = new RegExp(`<row r="${late}"[\\s\\S]*?</row>`).exec(sheet)?.[0] ?? ''
      const broken = row.replace(/(<c [^>]*t="s"[^>]*><v>)\d+(<\/v>)/, '$1999999$2')
      expect(broken).not.toBe(row)
      parts['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace(row, broken))
      writeFileSync(path, zipSync(parts))
      await newWorkspace()
      const audits = await auditCount()
      const err = await tc.fail('register.import', { path, type: 'activities' })
      expect(err).toMatchObject({ code: 'VALIDATION' })
      expect(err.message).toContain(`is damaged: on sheet “Activities”, row ${late} points to text the file does not hold`)
      expect(err.message).toContain('Nothing was changed')
      expect(await auditCount()).toBe(audits)
      expect(await activities()).toEqual([])
    })
  })

  describe('a large sheet read as the import goes', () => {
    it('names a value under no header in a row past the first ones, and changes nothing', async () => {
      for (let i = 0; i < 15; i++) await call('register.saveActivity', { name: `Activity ${String(i).padStart(2, '0')}` })
      const path = join(tc.dir, 'stray.xlsx')
      await call('register.export', { path, type: 'activities' })
      const wb = await new ExcelJS.Workbook().xlsx.readFile(path)
      const sheet = wb.getWorksheet('Activities')!
      const width = (sheet.getRow(1).values as unknown[]).length - 1
      sheet.getRow(14).getCell(width + 2).value = 'stray note'
      await wb.xlsx.writeFile(path)
      await newWorkspace()
      const audits = await auditCount()
      const r = await call<ImportResult>('register.import', { path, type: 'activities' })
      expect(r.applied).toBe(false)
      expect(r.errors).toEqual([
        expect.objectContaining({ sheet: 'Activities', row: 14, message: expect.stringContaining('“stray note”') }),
      ])
      expect(await auditCount()).toBe(audits)
    })
  })

  describe('CSV dialects', () => {
    it('reads semicolon-separated CSV (spreadsheets set to Italian) and one-column files', async () => {
      const semi = join(tc.dir, 'semi.csv')
      writeFileSync(semi, '\uFEFFname;owner\r\nPaghe;Ufficio personale\r\n')
      expect(await call<ImportResult>('register.import', { path: semi, type: 'activities' })).toMatchObject({ applied: true, activities: { created: 1 } })
      const one = join(tc.dir, 'one.csv')
      writeFileSync(one, 'name\nRecruitment\n')
      expect(await call<ImportResult>('register.import', { path: one, type: 'activities' })).toMatchObject({ applied: true, activities: { created: 1 } })
      expect((await activities()).map((a) => [a.name, a.owner])).toEqual([
        ['Paghe', 'Ufficio personale'],
        ['Recruitment', undefined],
      ])
    })

    it('reports a broken quote with its row instead of guessing', async () => {
      const broken = join(tc.dir, 'broken.csv')
      writeFileSync(broken, 'name,owner\n"Unclosed,Ops\n')
      expect(await tc.core.invoke('register.import', { path: broken, type: 'activities' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/could not be read as CSV: row \d/) } })
    })
  })
})
