import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../../testing/tempDir'
import { readWorkbook, readWorkbookInMemory, writeWorkbook } from './registerFiles'

// exceljs's streaming reader can fail on a race (issue #3064); readWorkbook then reads the file with the
// in-memory reader. Both must give the same sheets, rows and row numbers.

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
    const streamed = await readWorkbook(path)
    const inMemory = await readWorkbookInMemory(path)
    expect(streamed.get('activities')).toEqual({
      name: 'Activities',
      header: ['id', 'name', 'notes', 'purposes'],
      rows: [
        { row: 2, cells: ['a1', 'Payroll', '', 'Pay staff\nTax returns'] },
        { row: 3, cells: ['', 'Newsletter'] },
      ],
    })
    expect(streamed.get('vendors')?.rows).toEqual([{ row: 2, cells: ['Aruba S.p.A.', 'IT'] }])
    expect(inMemory).toEqual(streamed)
  })
})
