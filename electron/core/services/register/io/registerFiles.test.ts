import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../../testing/tempDir'
import { writeFileSync } from 'node:fs'
import { csvText, readCsv, readWorkbook, readWorkbookInMemory, writeCsv, writeWorkbook } from './registerFiles'

// readWorkbook reads plain workbooks with its own cell reader (xlsxCells.ts), others with exceljs in
// memory. Both must give the same sheets, rows and row numbers.

let tmp: ReturnType<typeof tempDir>
beforeEach(() => (tmp = tempDir()))
afterEach(() => tmp.cleanup())

describe('register workbooks', () => {
  it('reads back what was written, empty fields as empty text, with either reader', async () => {
    const path = join(tmp.dir, 'r.xlsx')
    await writeWorkbook(
      path,
      [
        {
          name: 'Activities',
          columns: ['id', 'name', 'notes', 'purposes'],
          rows: [
            { id: 'a1', name: 'Payroll', notes: '', purposes: 'Pay staff\nTax returns' },
            { id: '', name: 'Newsletter', purposes: '' },
          ],
          listColumns: ['purposes'],
        },
        { name: 'Vendors', columns: ['name', 'country'], rows: [{ name: 'Aruba S.p.A.', country: 'IT' }] },
      ],
      new Date('2026-11-23T10:00:00Z'),
    )
    const read = await readWorkbook(path)
    const inMemory = await readWorkbookInMemory(path)
    expect(read.get('activities')).toEqual({
      name: 'Activities',
      header: ['id', 'name', 'notes', 'purposes'],
      headerRow: 1,
      rows: [
        { row: 2, cells: ['a1', 'Payroll', '', 'Pay staff\nTax returns'] },
        { row: 3, cells: ['', 'Newsletter'] },
      ],
    })
    expect(read.get('vendors')?.rows).toEqual([{ row: 2, cells: ['Aruba S.p.A.', 'IT'] }])
    expect(inMemory).toEqual(read)
  })

  it('reads a CSV as UTF-8 (what it writes), UTF-16, or Windows-1252 as Excel saves plain "CSV" in Italy and France', () => {
    const text = 'name;notes\r\nAttività di marketing;Données — 5 €\r\n'
    const utf8 = Buffer.from(text, 'utf8')
    expect(csvText(utf8)).toBe(text)
    expect(csvText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toBe(text)
    expect(csvText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text)
    // Windows-1252: à = E0, é = E9, — = 97, € = 80 (bytes that are not valid UTF-8).
    const cp1252 = Buffer.from([...Buffer.from('name;notes\r\nAttivit', 'latin1'), 0xe0, ...Buffer.from(' di marketing;Donn', 'latin1'), 0xe9, ...Buffer.from('es ', 'latin1'), 0x97, ...Buffer.from(' 5 ', 'latin1'), 0x80, 0x0d, 0x0a])
    expect(csvText(cp1252)).toBe(text)
    const path = join(tmp.dir, 'excel.csv')
    writeFileSync(path, cp1252)
    expect(readCsv(path, 'Activities').rows[0].cells).toEqual(['Attività di marketing', 'Données — 5 €'])
    // And what we write reads back unchanged.
    writeCsv(path, ['name', 'notes'], [{ name: 'Attività di marketing', notes: 'Données — 5 €' }])
    expect(readCsv(path, 'Activities').rows[0].cells).toEqual(['Attività di marketing', 'Données — 5 €'])
  })
})
