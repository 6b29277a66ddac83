import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportResult } from '../../../../../shared/domain/register/importExport'
import type { RegisterSystem } from '../../../../../shared/domain/register/system'
import type { Vendor } from '../../../../../shared/domain/register/vendor'
import { withoutTimes } from '../../../../../shared/domain/withoutTimes'
import { fullActivities } from '../../../testing/registerReads'
import { testCore, type TestCore } from '../../../testing/testCore'

// Spreadsheets saved by LibreOffice Calc (see fixtures/README.md): another program's workbook layout,
// styles and date cells must import as our own export does.

const fixture = (name: string) => join(__dirname, 'fixtures', name)

let tc: TestCore
let n = 0
beforeEach(() => {
  tc = testCore()
})
afterEach(() => tc.dispose())

const call = <T = unknown>(channel: string, input: unknown) => tc.call<T>(channel, input)
async function importInto(file: string, language = 'en') {
  await call('workspace.create', {
    path: join(tc.dir, `w${n++}.pwb`),
    legalName: 'Acme Srl',
    country: 'IT',
    timeZone: 'Europe/Rome',
  })
  if (language !== 'en') await call('profile.save', { ...(await call<object>('profile.get', {})), language })
  const result = await call<ImportResult>('register.import', { path: fixture(file), type: 'activities' })
  const activities = await fullActivities(tc)
  // Every field of each vendor (the list gives a summary only).
  const vendors = await Promise.all(
    (await call<{ id: string }[]>('register.listVendors', {})).map(async (v) =>
      withoutTimes((await call<{ vendor: Vendor }>('register.getVendor', { id: v.id })).vendor),
    ),
  )
  const systems = (await call<RegisterSystem[]>('register.listSystems', {})).map(withoutTimes)
  return { result, activities, vendors, systems }
}

describe('importing a workbook saved by LibreOffice Calc', () => {
  it('gives the same register as the file our export wrote (every field, every link)', async () => {
    const ours = await importInto('rich-exceljs.xlsx')
    const theirs = await importInto('rich-libreoffice.xlsx')
    expect(theirs.result).toMatchObject({
      applied: true,
      errors: [],
      activities: { created: 2 },
      vendors: { created: 2 },
      systems: { created: 1 },
    })
    expect(theirs.activities).toEqual(ours.activities)
    expect(theirs.vendors).toEqual(ours.vendors)
    expect(theirs.systems).toEqual(ours.systems)
    // The comparison carries weight only if the register is full: the awkward cells came through.
    const web = theirs.activities.find((a) => a.name === 'Web analytics, with consent')!
    expect(web.description).toBe('Line one\nLine two with a | pipe and a \\ backslash')
    expect(web.purposes.map((p) => p.bases.map((b) => b.basis))).toEqual([
      ['consent'],
      ['legitimate_interests', 'legal_obligation'],
      [],
    ])
    expect(web.transfers[0]).toMatchObject({
      country: 'US',
      tools: ['scc', 'dpf'],
      vendorId: theirs.vendors.find((v) => v.name === 'Google Ireland Limited')!.id,
    })
    expect(web.dataCategories[0].retention).toMatchObject({
      period: 14,
      unit: 'months',
      trigger: 'the visit',
    })
    expect(web.lastReviewedOn).toBe('2026-01-10')
    // …and the vendors' own fields: the agreement's reference with its pipe, certifications, notes on two lines.
    expect(theirs.vendors.find((v) => v.name === 'Aruba S.p.A.')).toMatchObject({
      services: ['SMTP'],
      dpa: { signed: true, signedOn: '2025-03-01', reference: 'DPA | v2' },
    })
    expect(theirs.vendors.find((v) => v.name === 'Google Ireland Limited')).toMatchObject({
      certifications: ['ISO 27001', 'SOC 2'],
      dataLocations: ['IE', 'US'],
      notes: 'Two\nlines',
    })
  })

  it('reads an Italian register kept by hand: Italian column names and statuses, dates typed as date cells', async () => {
    const { result, activities } = await importInto('dates-it-libreoffice.xlsx', 'it')
    expect(result).toMatchObject({ applied: true, errors: [], activities: { created: 2 } })
    const byName = new Map(activities.map((a) => [a.name, a]))
    expect(byName.get('Buste paga')).toMatchObject({
      status: 'draft',
      lastReviewedOn: '2026-01-15',
      nextReviewOn: '2027-01-15',
      purposes: [{ text: 'Pagare gli stipendi', bases: [{ basis: 'contract' }] }],
      dataCategories: [
        {
          name: 'Dati anagrafici',
          retention: { period: 10, unit: 'years', trigger: 'la cessazione del rapporto' },
        },
      ],
    })
    // 03/02/2026 is the third of February in Italy, not the second of March.
    expect(byName.get('Selezione del personale')).toMatchObject({
      status: 'active',
      lastReviewedOn: '2026-02-03',
      nextReviewOn: '2026-12-31',
    })
    expect(byName.get('Selezione del personale')!.purposes[0].bases[0]).toMatchObject({
      basis: 'consent',
      consentCollection: 'modulo',
      consentWithdrawal: 'e-mail',
    })
  })
})
