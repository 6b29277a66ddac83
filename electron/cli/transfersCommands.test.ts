import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../core/testing/tempDir'
import { pwbRunner } from './testing/pwbRunner'

let tmp: ReturnType<typeof tempDir>
beforeAll(() => (tmp = tempDir()))
afterAll(() => tmp.cleanup())

const pwb = pwbRunner()

describe('pwb list / report for transfers', () => {
  it('lists TIA ids as JSON and writes the TIA and transfers PDFs', async () => {
    const f = join(tmp.dir, 'demo.pwb')
    expect((await pwb('demo', f)).code).toBe(0)
    const listed = await pwb('list', f, '--type', 'tia', '--json')
    expect(listed.code).toBe(0)
    const tias = JSON.parse(listed.out) as { id: string; importer: string; status: string; version: number }[]
    expect(tias).toEqual([
      expect.objectContaining({
        importer: 'Anthropic, PBC',
        status: 'final',
        version: 1,
        nextReviewOn: '2027-11-23',
      }),
    ])
    expect((await pwb('list', f, '--type', 'tia')).out).toMatch(
      new RegExp(`^${tias[0].id}  v1 Final\\s+Anthropic, PBC \\(US\\)  review by 2027-11-23$`),
    )

    const tiaPdf = join(tmp.dir, 'tia.pdf')
    expect(await pwb('report', f, '--type', 'tia', '--case', tias[0].id, '--out', tiaPdf)).toMatchObject({
      code: 0,
    })
    expect(statSync(tiaPdf).size).toBeGreaterThan(5000)
    const regPdf = join(tmp.dir, 'transfers.pdf')
    expect(await pwb('report', f, '--type', 'transfers', '--out', regPdf)).toMatchObject({ code: 0 })
    expect(existsSync(regPdf)).toBe(true)
  })

  it('says which list types exist, and names a TIA id that does not exist', async () => {
    const f = join(tmp.dir, 'demo.pwb')
    const bad = await pwb('list', f, '--type', 'nothing')
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/Unknown list type “nothing”\. Available: .*tia/)
    const missing = await pwb(
      'report',
      f,
      '--type',
      'tia',
      '--case',
      'no-such-id',
      '--out',
      join(tmp.dir, 'x.pdf'),
    )
    expect(missing.code).toBe(2)
    expect(missing.err).toMatch(/no TIA with id “no-such-id”/)
  })
})
