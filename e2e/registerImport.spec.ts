import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { test, expect } from './harness'

// Issue 4 items 7-8: the register's import/export from the UI. The host's file dialogs are the harness's
// (a path in the test's folder); the files are real XLSX written and read by the real core.

test('register: export the demo register to XLSX, a bad file changes nothing and names row and column, the good file imports', async ({
  page,
  harness,
}) => {
  await harness.invoke('workspace.createDemo', { path: join(harness.dir, 'Vimage-demo.pwb') })
  const demo = await harness.invoke('register.listActivities', {})
  const demoVendors = await harness.invoke('register.listVendors', {})
  const demoSystems = await harness.invoke('register.listSystems', {})
  expect(demo.length).toBeGreaterThan(3)
  const names = demo.map((a) => a.name).sort((a, b) => a.localeCompare(b))

  await page.goto('/')
  await page.getByTestId('nav-register').click()
  await expect(page.getByRole('heading', { name: 'Register of processing activities' })).toBeVisible()

  // 1. Export: the host's save dialog gives the path; the dialog shows where the file went.
  await page.getByTestId('register-export').click()
  await page.getByTestId('export-activities-xlsx').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('Register exported')
  await expect(dialog).toContainText(
    `${demo.length} activities and ${demoVendors.length} vendors written to:`,
  )
  const exported = join(harness.dir, 'Register of processing activities.xlsx')
  expect(harness.lastExportPath).toBe(exported)
  await expect(dialog.getByTestId('export-file')).toHaveText(exported)
  expect(existsSync(exported)).toBe(true)
  await dialog.getByTestId('register-io-close').click()
  await expect(dialog).toHaveCount(0)

  // The same file with two bad rows: an unknown lawful basis (row 3) and a missing name (row 4).
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(exported)
  const sheet = wb.getWorksheet('Activities')!
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''))
  sheet.getRow(3).getCell(header.indexOf('purposes')).value = 'Reply to messages | friendship'
  sheet.getRow(4).getCell(header.indexOf('name')).value = ''
  const bad = join(harness.dir, 'bad-register.xlsx')
  await wb.xlsx.writeFile(bad)

  // 2. A new, empty workspace to import into.
  await harness.invoke('workspace.create', {
    path: join(harness.dir, 'Fresh.pwb'),
    legalName: 'Fresh S.r.l.',
    country: 'IT',
    timeZone: 'Europe/Rome',
  })
  await page.reload()
  await expect(page.getByTestId('header-organisation')).toHaveText('Fresh S.r.l.')
  const table = page.getByTestId('table-register-activities')
  await expect(table).toContainText('No activities yet')
  const audits = (await harness.invoke('audit.list', {})).total

  // 3. The bad file: every problem with its row and column, no Confirm, nothing changed.
  harness.setImportFile(bad)
  await page.getByTestId('register-import').click()
  await page.getByTestId('import-activities').click()
  await expect(dialog).toContainText('Import into the register')
  await expect(dialog.getByTestId('import-file')).toHaveText(bad)
  await expect(dialog.getByTestId('import-invalid')).toHaveText(
    'Nothing was changed: 2 problems were found. Fix them in the file and import it again.',
  )
  const errors = dialog.getByTestId('import-error')
  await expect(errors).toHaveCount(2)
  await expect(errors.nth(0).getByTestId('import-error-row')).toHaveText('3')
  await expect(errors.nth(0).getByTestId('import-error-column')).toHaveText('purposes')
  await expect(errors.nth(0)).toContainText('Activities')
  await expect(errors.nth(0)).toContainText(
    'line 1: “friendship” is not allowed here. Use one of: consent, contract,',
  )
  await expect(errors.nth(1).getByTestId('import-error-row')).toHaveText('4')
  await expect(errors.nth(1).getByTestId('import-error-column')).toHaveText('name')
  await expect(errors.nth(1)).toContainText('This field is required.')
  await expect(dialog.getByTestId('import-confirm')).toHaveCount(0)
  await dialog.getByTestId('register-io-close').click()
  await expect(table).toContainText('No activities yet')
  expect(await harness.invoke('register.listActivities', {})).toEqual([])
  expect((await harness.invoke('audit.list', {})).total).toBe(audits)

  // 4. The good file: the dry run counts and writes nothing; Confirm applies it.
  harness.setImportFile(exported)
  await page.getByTestId('register-import').click()
  await page.getByTestId('import-activities').click()
  const created = demo.length + demoVendors.length + demoSystems.length
  await expect(dialog.getByTestId('import-summary')).toHaveText(`${created} created, 0 updated`)
  await expect(dialog.getByTestId('import-counts-activities')).toContainText(`Activities${demo.length}00`)
  await expect(dialog.getByTestId('import-errors')).toHaveCount(0)
  expect(await harness.invoke('register.listActivities', {})).toEqual([])
  await dialog.getByTestId('import-confirm').click()
  await expect(dialog.getByTestId('import-done')).toHaveText(
    `The register now holds the imported rows: ${created} created, 0 updated.`,
  )
  await dialog.getByTestId('register-io-close').click()

  // The activities are in the register list, the same as the demo's.
  for (const name of names.slice(0, 3)) await expect(table).toContainText(name)
  const imported = await harness.invoke('register.listActivities', {})
  expect(imported.map((a) => a.name).sort((a, b) => a.localeCompare(b))).toEqual(names)
  await page.getByTestId('register-tab-vendors').click()
  await expect(page.getByTestId('table-register-vendors')).toContainText(demoVendors[0].name)
})

test('register: an empty template in the workspace’s language, filled in by a client, imports as it is', async ({ page, harness }) => {
  await harness.invoke('workspace.create', {
    path: join(harness.dir, 'Cliente.pwb'),
    legalName: 'Cliente S.r.l.',
    country: 'IT',
    timeZone: 'Europe/Rome',
    language: 'it',
  })
  await page.goto('/#/register')
  await page.getByTestId('register-export').click()
  await page.getByTestId('export-template').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('Un registro vuoto da compilare è stato scritto nel file qui sotto.')
  const file = join(harness.dir, 'Modello di registro.xlsx')
  await expect(dialog.getByTestId('export-file')).toHaveText(file)
  await dialog.getByTestId('register-io-close').click()

  // The client fills in a row under the Italian headers, choosing the status from the list offered.
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const sheet = wb.getWorksheet('Trattamenti')!
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''))
  expect(header).toContain('Categorie di dati')
  const status = sheet.getRow(2).getCell(header.indexOf('Stato'))
  expect(status.dataValidation.formulae).toEqual(['"Bozza,Attivo,Cessato"'])
  sheet.getRow(2).getCell(header.indexOf('Nome')).value = 'Gestione paghe'
  status.value = 'Attivo'
  sheet.getRow(2).getCell(header.indexOf('Categorie di dati')).value = 'Buste paga | retention=10 anni'
  // Two kinds of people typed on one line: imported as written, and pointed out before Confirm.
  sheet.getRow(2).getCell(header.indexOf('Interessati')).value = 'Dipendenti, collaboratori'
  await wb.xlsx.writeFile(file)

  harness.setImportFile(file)
  await page.getByTestId('register-import').click()
  await page.getByTestId('import-activities').click()
  await expect(dialog.getByTestId('import-errors')).toHaveCount(0)
  await expect(dialog.getByTestId('import-notes')).toContainText('Controllare questa cella prima di confermare')
  await expect(dialog.getByTestId('import-note-column')).toHaveText('Interessati')
  await expect(dialog.getByTestId('import-notes-table').getByRole('columnheader').last()).toHaveText('Nota')
  await expect(dialog.getByTestId('import-note')).toContainText('Letto come un solo elemento: “Dipendenti, collaboratori”.')
  await dialog.getByTestId('import-confirm').click()
  await expect(dialog.getByTestId('import-done')).toBeVisible()
  await dialog.getByTestId('register-io-close').click()
  await expect(page.getByTestId('table-register-activities')).toContainText('Gestione paghe')
  const [a] = await harness.invoke('register.listActivities', {})
  expect(a).toMatchObject({ name: 'Gestione paghe', status: 'active' })
})

test('register: a client’s register kept by hand, with its own headings and the lawful basis and retention in columns of their own', async ({
  page,
  harness,
}) => {
  await harness.invoke('workspace.create', {
    path: join(harness.dir, 'Bianchi.pwb'),
    legalName: 'Bianchi S.r.l.',
    country: 'IT',
    timeZone: 'Europe/Rome',
    language: 'it',
  })
  const file = join(harness.dir, 'registro-bianchi.csv')
  const header = 'Trattamento;Finalità del trattamento;Base giuridica;Categorie di dati personali;Tempi di conservazione\r\n'
  // Three purposes and two bases: which goes with which cannot be told.
  writeFileSync(file, `${header}Paghe;"Buste paga\nAdempimenti fiscali\nWelfare";"Contratto\nObbligo di legge";Anagrafica;10 anni\r\n`)
  await page.goto('/#/register')
  harness.setImportFile(file)
  await page.getByTestId('register-import').click()
  await page.getByTestId('import-activities').click()
  const dialog = page.getByRole('dialog')
  const errors = dialog.getByTestId('import-error')
  await expect(errors).toHaveCount(1)
  await expect(errors.nth(0).getByTestId('import-error-column')).toHaveText('Base giuridica')
  await expect(errors.nth(0)).toContainText('Finalità: 3; basi giuridiche: 2.')
  await expect(dialog.getByTestId('import-confirm')).toHaveCount(0)
  await dialog.getByTestId('register-io-close').click()

  // A recipient named without a kind and known as no vendor: a third party, pointed out before Confirm.
  writeFileSync(
    file,
    `${header.replace('\r\n', ';Destinatari esterni\r\n')}Paghe;"Buste paga\nAdempimenti fiscali";"Contratto\nObbligo di legge";"Anagrafica\nIBAN";10 anni dalla cessazione del rapporto;Studio Bianchi\r\n`,
  )
  await page.getByTestId('register-import').click()
  await page.getByTestId('import-activities').click()
  await expect(dialog.getByTestId('import-errors')).toHaveCount(0)
  await expect(dialog.getByTestId('import-note-column')).toHaveText('Destinatari esterni')
  await expect(dialog.getByTestId('import-note')).toContainText('“Studio Bianchi” non è il nome di un fornitore, quindi è stato letto come terzo')
  await dialog.getByTestId('import-confirm').click()
  await expect(dialog.getByTestId('import-done')).toBeVisible()
  await dialog.getByTestId('register-io-close').click()
  await page.getByTestId('table-register-activities').getByText('Paghe').click()
  // Each purpose has its basis and each category the retention, as if typed in the editor.
  const [summary] = await harness.invoke('register.listActivities', {})
  const { activity } = await harness.invoke('register.getActivity', { id: summary.id })
  expect(activity.purposes.map((p) => [p.text, p.bases.map((b) => b.basis)])).toEqual([
    ['Buste paga', ['contract']],
    ['Adempimenti fiscali', ['legal_obligation']],
  ])
  expect(activity.dataCategories.map((d) => d.retention.trigger)).toEqual(['la cessazione del rapporto', 'la cessazione del rapporto'])
  await expect(page.getByRole('heading', { name: 'Paghe' })).toBeVisible()
  const from = page.getByRole('textbox', { name: 'A partire da' })
  await expect(from).toHaveCount(2)
  await expect(from.first()).toHaveValue('la cessazione del rapporto')
})

test('register: a workbook damaged past its first rows stops the import with the sheet and row named, nothing changed', async ({
  page,
  harness,
}) => {
  await harness.invoke('workspace.create', {
    path: join(harness.dir, 'Damaged.pwb'),
    legalName: 'Damaged S.r.l.',
    country: 'IT',
    timeZone: 'Europe/Rome',
  })
  for (let i = 0; i < 15; i++) await harness.invoke('register.saveActivity', { name: `Activity ${String(i).padStart(2, '0')}` })
  const file = join(harness.dir, 'damaged.xlsx')
  await harness.invoke('register.export', { path: file, type: 'activities' })
  // Row 14 (after the first rows, read at once) points to a shared string the file does not hold.
  const parts = unzipSync(readFileSync(file))
  const xml = strFromU8(parts['xl/worksheets/sheet1.xml'])
  const row = /<row r="14"[\s\S]*?<\/row>/.exec(xml)?.[0] ?? ''
  parts['xl/worksheets/sheet1.xml'] = strToU8(xml.replace(row, row.replace(/(<c [^>]*t="s"[^>]*><v>)\d+(<\/v>)/, '$1999999$2')))
  writeFileSync(file, zipSync(parts))
  await harness.invoke('workspace.create', {
    path: join(harness.dir, 'Fresh.pwb'),
    legalName: 'Fresh S.r.l.',
    country: 'IT',
    timeZone: 'Europe/Rome',
  })
  const audits = (await harness.invoke('audit.list', {})).total
  await page.goto('/#/register')
  harness.setImportFile(file)
  await page.getByTestId('register-import').click()
  await page.getByTestId('import-activities').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText(`The file “${file}” is damaged: on sheet “Activities”, row 14 points to text the file does not hold. Nothing was changed.`)
  await expect(dialog.getByTestId('import-confirm')).toHaveCount(0)
  // Said once: the dialog's title, not again in the alert.
  await expect(dialog.getByText('The file could not be imported')).toHaveCount(1)
  await dialog.getByTestId('register-io-close').click()
  expect(await harness.invoke('register.listActivities', {})).toEqual([])
  expect((await harness.invoke('audit.list', {})).total).toBe(audits)
})
