import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testCore, type TestCore } from '../../../testing/testCore'
import { readWorkbook, readWorkbookInMemory, writeWorkbook } from './registerFiles'
import { TITLE_ROWS, type RawSheet } from './sheetRows'
import { readXlsxCells, WorkbookDamaged } from './xlsxCells'

// The fast cell reader (xlsxCells.ts) must read what exceljs reads: every fixture (files saved by LibreOffice
// and by exceljs) and our own exports of both demo registers, in three languages, compared cell by cell;
// then the SpreadsheetML constructs our files never hold, written by hand.

let tc: TestCore
beforeEach(() => (tc = testCore()))
afterEach(() => tc.dispose())

const fixtures = join(__dirname, 'fixtures')

describe('the fast XLSX cell reader reads what exceljs reads', () => {
  it.each(readdirSync(fixtures).filter((f) => f.endsWith('.xlsx')))('fixture %s', async (file) => {
    const fast = readXlsxCells(join(fixtures, file))
    expect(fast).toBeDefined()
    expect(fast).toEqual(await readWorkbookInMemory(join(fixtures, file)))
  })

  it.each([
    ['vimage', 'en'],
    ['vimage', 'it'],
    ['virtual-contact', 'fr'],
  ] as const)('export of the %s demo register (%s), activities and vendors', async (sample, language) => {
    await tc.call('workspace.createDemo', {
      path: join(tc.dir, `${sample}-${language}.pwb`),
      sample,
      language,
    })
    for (const type of ['activities', 'vendors'] as const) {
      const path = join(tc.dir, `${sample}-${language}-${type}.xlsx`)
      await tc.call('register.export', { path, type })
      const fast = readXlsxCells(path)
      expect(fast?.size).toBeGreaterThan(0)
      expect(fast).toEqual(await readWorkbookInMemory(path))
      // Not a workbook of empty sheets: the rows are there.
      expect([...(fast?.values() ?? [])].some((s) => s.rows.length > 0)).toBe(true)
    }
  })
})

/** A sheet read lazily, its later rows read now: what the same sheet read at once holds. */
const whole = (sheets: Map<string, RawSheet> | undefined) =>
  sheets &&
  new Map(
    [...sheets].map(([k, { more, ...sheet }]) => [k, { ...sheet, rows: [...sheet.rows, ...(more ?? [])] }]),
  )

describe('read lazily (the import reads the later rows as it checks them)', () => {
  it.each(readdirSync(fixtures).filter((f) => f.endsWith('.xlsx')))('fixture %s: the same rows', (file) => {
    const at = readXlsxCells(join(fixtures, file))
    expect(whole(readXlsxCells(join(fixtures, file), { lazy: true }))).toEqual(at)
  })

  it('a large sheet: its header and first rows at once, the same rows in all, blank rows left out', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({ id: i % 50 === 7 ? '' : `r${i}`, name: i % 50 === 7 ? '' : `Row ${i} é` }))
    const path = join(tc.dir, 'lazy.xlsx')
    await writeWorkbook(path, [{ name: 'Activities', columns: ['id', 'name'], rows }], new Date('2026-12-04T10:00:00Z'))
    const lazy = readXlsxCells(path, { lazy: true })?.get('activities')
    expect(lazy?.header).toEqual(['id', 'name'])
    expect(lazy?.rows).toHaveLength(TITLE_ROWS)
    expect(lazy?.more).toBeDefined()
    const at = readXlsxCells(path)
    expect(at?.get('activities')?.rows).toHaveLength(294)
    expect(whole(readXlsxCells(path, { lazy: true }))).toEqual(at)
  })

  it('a missing shared string among the later rows: an error naming the sheet and row (exceljs can no longer be asked)', () => {
    const wbXml = `<?xml version="1.0"?><workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`
    const cell = (r: number, v: number) => `<row r="${r}"><c r="A${r}" t="s"><v>${v}</v></c></row>`
    const path = workbook({
      'xl/workbook.xml': wbXml,
      'xl/sharedStrings.xml': `<sst ${NS}><si><t>name</t></si><si><t>x</t></si></sst>`,
      'xl/worksheets/sheet1.xml': sheetXml(
        Array.from({ length: 20 }, (_, i) => cell(i + 1, i === 0 ? 0 : i === 15 ? 7 : 1)).join(''),
      ),
    })
    // Read at once, the file goes to exceljs as before.
    expect(readXlsxCells(path)).toBeUndefined()
    const sheet = readXlsxCells(path, { lazy: true })?.get('s')
    expect(sheet?.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    const seen: number[] = []
    const read = () => {
      for (const r of sheet?.more ?? []) seen.push(r.row)
    }
    expect(read).toThrow(WorkbookDamaged)
    expect(read).not.toThrow() // iterated once: nothing more
    expect(seen).toEqual([12, 13, 14, 15])
    let caught: unknown
    try {
      for (const _ of readXlsxCells(path, { lazy: true })?.get('s')?.more ?? []);
    } catch (e) {
      caught = e
    }
    expect(caught).toMatchObject({ sheet: 'S', row: 16 })
  })
})

describe('letters beyond ASCII', () => {
  it('reads every letter of a large workbook as written (exceljs streaming broke letters across 16 KB pieces)', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      id: `r${i}`,
      name: `Données traitées n° ${i} — é€ 日本語 ${'à'.repeat(i % 7)}`,
    }))
    const path = join(tc.dir, 'letters.xlsx')
    await writeWorkbook(
      path,
      [{ name: 'Activities', columns: ['id', 'name'], rows }],
      new Date('2026-12-03T10:00:00Z'),
    )
    const read = await readWorkbook(path)
    expect(read.get('activities')?.rows.map((r) => r.cells[1])).toEqual(rows.map((r) => r.name))
  })
})

/** A workbook written by hand: the parts given (paths inside the zip) on top of a minimal valid package. */
function workbook(parts: Record<string, string>): string {
  const base: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
      '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      '</Relationships>',
  }
  const path = join(tc.dir, `hand-${Math.random().toString(36).slice(2)}.xlsx`)
  const files = Object.fromEntries(Object.entries({ ...base, ...parts }).map(([k, v]) => [k, strToU8(v)]))
  writeFileSync(path, zipSync(files))
  return path
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
const sheetXml = (rows: string) =>
  `<?xml version="1.0"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`

describe('SpreadsheetML our files do not hold', () => {
  it('reads shared and inline rich text without phonetic runs, references, booleans, errors, formula results, dates and cells without a reference (which exceljs cannot read)', () => {
    const path = workbook({
      'xl/workbook.xml': `<?xml version="1.0"?><workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><sheets><sheet name="R&amp;D" sheetId="2" r:id="rId2"/><sheet name='Activities' sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/sharedStrings.xml': `<?xml version="1.0"?><sst ${NS}><si><t>name</t></si><si><t xml:space="preserve">notes </t></si><si><r><rPr><b/></rPr><t>Pay</t></r><r><t xml:space="preserve">roll &amp; HR</t></r><rPh sb="0" eb="1"><t>ペイ</t></rPh></si><si/><si><t>when</t></si></sst>`,
      'xl/styles.xml': `<?xml version="1.0"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"><alignment wrapText="1"/></xf><xf numFmtId="165"/></cellXfs></styleSheet>`,
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>4</v></c><c r="D1" t="inlineStr"><is><t>flag</t></is></c></row>' +
          '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="inlineStr"><is><r><t>a &lt;b&gt; &#233;&#x20AC;</t></r><r><t>"q"</t></r></is></c><c r="C3" s="1"><v>46023</v></c><c r="D3" t="b"><v>1</v></c></row>' +
          '<row r="4"><c r="A4" t="str"><f>CONCAT("x","y")</f><v>xy</v></c><c r="B4" t="e"><v>#N/A</v></c><c r="C4" s="2"><v>46054.75</v></c><c r="D4" t="b"><v>0</v></c><c r="E4" s="3"/></row>' +
          '<row><c t="s"><v>3</v></c><c><v>12.5</v></c><c s="3"><v>7</v></c></row>' +
          '<row r="9"><c r="A9" s="1"/><c r="B9"/></row>',
      ),
      'xl/worksheets/sheet2.xml': sheetXml(
        '<row r="2"><c r="B2" t="inlineStr"><is><t>only</t></is></c></row>',
      ),
    })
    const sheets = readXlsxCells(path)
    expect([...(sheets?.keys() ?? [])]).toEqual(['r&d', 'activities'])
    expect(sheets?.get('r&d')).toEqual({ name: 'R&D', header: ['', 'only'], headerRow: 2, rows: [] })
    expect(sheets?.get('activities')).toEqual({
      name: 'Activities',
      header: ['name', 'notes ', 'when', 'flag'],
      headerRow: 1,
      rows: [
        // 46023 = 2026-01-01 in the 1900 date system; style 1 is a custom day-first date format.
        { row: 3, cells: ['Payroll & HR', 'a <b> é€"q"', '2026-01-01', 'true'] },
        // A formula's cached text; an error cell is empty; built-in format 14 is a date (time of day dropped).
        { row: 4, cells: ['xy', '', '2026-02-01', 'false'] },
        // No r attributes: the row after 4, and each cell in the next column. Style 3 (format 165, not
        // defined) is not a date.
        { row: 5, cells: ['', '12.5', '7'] },
      ],
    })
  })

  it('counts dates from 1904 when the workbook says so', () => {
    const path = workbook({
      'xl/workbook.xml': `<?xml version="1.0"?><workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/sharedStrings.xml': `<sst ${NS}><si><t>day</t></si></sst>`,
      'xl/styles.xml': `<styleSheet ${NS}><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" s="1"><v>44561</v></c></row>',
      ),
    })
    // 44561 in the 1904 system is 2026-01-01 (1462 days later than in the 1900 system).
    expect(readXlsxCells(path)?.get('s')?.rows).toEqual([{ row: 2, cells: ['2026-01-01'] }])
  })

  it('leaves to exceljs what it does not read: namespace prefixes, CDATA, a missing shared string, a file that is not a zip', async () => {
    const wbXml = `<?xml version="1.0"?><workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`
    const prefixed = workbook({
      'xl/workbook.xml': wbXml,
      'xl/worksheets/sheet1.xml': `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>name</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
    })
    expect(readXlsxCells(prefixed)).toBeUndefined()
    const cdata = workbook({
      'xl/workbook.xml': wbXml,
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c></row>',
      ),
    })
    expect(readXlsxCells(cdata)).toBeUndefined()
    const missing = workbook({
      'xl/workbook.xml': wbXml,
      'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><c r="A1" t="s"><v>5</v></c></row>'),
    })
    expect(readXlsxCells(missing)).toBeUndefined()
    // Not a zip: this reader throws, readWorkbook lets exceljs say what is wrong (the import names the file).
    const junk = join(tc.dir, 'junk.xlsx')
    writeFileSync(junk, 'not a workbook')
    expect(() => readXlsxCells(junk)).toThrow()
    await expect(readWorkbook(junk)).rejects.toThrow()
  })
})
