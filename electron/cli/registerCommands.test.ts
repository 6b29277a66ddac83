import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../core/testing/tempDir'
import { pwbRunner } from './testing/pwbRunner'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => (tmp = tempDir()))
afterEach(() => tmp.cleanup())

const pwb = pwbRunner()

describe('pwb import / export / demo --sample / report --type ropa', () => {
  it('exports the demo register, dry-runs and imports it into a new workspace', async () => {
    const demo = join(tmp.dir, 'd.pwb')
    expect((await pwb('demo', demo)).code).toBe(0)
    const xlsx = join(tmp.dir, 'r.xlsx')
    expect(await pwb('export', demo, '--type', 'activities', '--out', xlsx)).toMatchObject({ code: 0, out: `Wrote ${xlsx} (7 activities, 7 vendors).` })
    const empty = join(tmp.dir, 'e.pwb')
    await pwb('init', empty, '--org', 'Empty Srl', '--country', 'IT', '--tz', 'Europe/Rome')
    const dry = await pwb('import', empty, '--type', 'activities', '--in', xlsx, '--dry-run')
    expect(dry.code).toBe(0)
    expect(dry.out).toMatch(/Dry run .*Nothing was written/)
    expect(dry.out).toMatch(/Activities: 7 created/)
    const real = await pwb('import', empty, '--type', 'activities', '--in', xlsx, '--json')
    expect(JSON.parse(real.out)).toMatchObject({ applied: true, activities: { created: 7 }, vendors: { created: 7 } })
    expect((await pwb('verify', empty)).code).toBe(0)
  })

  it('writes an empty template with --template, named in the workspace’s language', async () => {
    const f = join(tmp.dir, 'it.pwb')
    await pwb('init', f, '--org', 'Rossi Srl', '--country', 'IT', '--tz', 'Europe/Rome', '--lang', 'it')
    const out = join(tmp.dir, 'modello.csv')
    const r = await pwb('export', f, '--type', 'activities', '--template', '--out', out)
    expect(r).toMatchObject({ code: 0 })
    expect(r.out).toContain(`Scritto ${out}, ${join(tmp.dir, 'modello-fornitori.csv')}, ${join(tmp.dir, 'modello-sistemi.csv')}: un registro vuoto da compilare`)
    expect(readFileSync(out, 'utf8').split(';').slice(0, 4)).toEqual(['\uFEFFID', 'Nome', 'Descrizione', 'Stato'])
  })

  it('lists each bad row and column on stderr and exits 2', async () => {
    const f = join(tmp.dir, 'a.pwb')
    await pwb('init', f, '--org', 'Acme Srl', '--country', 'IT', '--tz', 'Europe/Rome')
    const bad = join(tmp.dir, 'bad.csv')
    writeFileSync(bad, 'name,purposes\n,Reply | friendship\n')
    const r = await pwb('import', f, '--type', 'activities', '--in', bad)
    expect(r.code).toBe(2)
    expect(r.err).toContain('Nothing was imported')
    expect(r.err).toContain('Activities, row 2, column name: This field is required.')
    expect(r.err).toContain('Activities, row 2, column purposes: line 1: “friendship” is not allowed here.')
    // A cell that imports as written but may not be what was meant: said after the counts.
    const listed = join(tmp.dir, 'listed.csv')
    writeFileSync(listed, 'name,data_subjects\nPaghe,"Dipendenti, collaboratori"\n')
    const ok = await pwb('import', f, '--type', 'activities', '--in', listed)
    expect(ok.code).toBe(0)
    expect(ok.out).toContain('Check this cell: it was read as written.\n  Activities, row 2, column data_subjects: Read as one item: “Dipendenti, collaboratori”.')
  })

  it('asks for --type, --in and --out in plain words', async () => {
    const f = join(tmp.dir, 'a.pwb')
    await pwb('init', f, '--org', 'Acme Srl', '--country', 'IT', '--tz', 'Europe/Rome')
    expect(await pwb('import', f, '--in', 'x.csv')).toMatchObject({ code: 2, err: 'pwb import needs --type activities|vendors.' })
    expect(await pwb('import', f, '--type', 'vendors')).toMatchObject({ code: 2, err: 'pwb import needs --in FILE.xlsx or FILE.csv.' })
    expect(await pwb('export', f, '--type', 'systems', '--out', 'x.csv')).toMatchObject({ code: 2, err: 'pwb export needs --type activities|vendors (got “systems”).' })
    expect(await pwb('export', f, '--type', 'vendors')).toMatchObject({ code: 2, err: 'pwb export needs --out FILE.xlsx or FILE.csv.' })
  })

  it('builds the Virtual Contact demo and writes its register PDF', async () => {
    const f = join(tmp.dir, 'vc.pwb')
    expect(await pwb('demo', f, '--sample', 'virtual-contact')).toMatchObject({ code: 0, out: expect.stringContaining('Virtual Contact s.r.l.') })
    const pdf = join(tmp.dir, 'vc.pdf')
    expect((await pwb('report', f, '--type', 'ropa', '--out', pdf)).code).toBe(0)
    expect(existsSync(pdf)).toBe(true)
  })
})

describe('pwb list --type activities|vendors|findings', () => {
  it('lists the demo register, its vendors and its completeness findings in words', async () => {
    const demo = join(tmp.dir, 'd.pwb')
    expect((await pwb('demo', demo)).code).toBe(0)
    const activities = JSON.parse((await pwb('list', demo, '--type', 'activities', '--json')).out) as { id: string; name: string; bases: string[] }[]
    expect(activities).toHaveLength(7)
    const chatbot = activities.find((a) => a.name === 'AI chatbot (Vimage AI)')
    expect(chatbot?.bases).toEqual(['consent'])
    expect((await pwb('list', demo, '--type', 'activities')).out).toContain(`${chatbot?.id}  Active   AI chatbot (Vimage AI)  [Consent]  review by 2027-06-11`)

    const vendors = JSON.parse((await pwb('list', demo, '--type', 'vendors', '--json')).out) as { name: string; country: string; activityCount: number }[]
    expect(vendors.find((v) => v.name === 'Anthropic, PBC')).toMatchObject({ country: 'US', activityCount: 1 })
    expect((await pwb('list', demo, '--type', 'vendors')).out).toMatch(/ US {2}Processor +Anthropic, PBC {2}DPA signed {2}1 activity$/m)

    const findings = await pwb('list', demo, '--type', 'findings', '--json')
    const rows = JSON.parse(findings.out) as { code: string; problem: string; fix: string; article: string; source: string; activityName: string; field: string }[]
    expect(rows.length).toBeGreaterThan(0)
    // Texts, not keys: every finding says the problem and what to do.
    for (const r of rows) {
      expect(r.problem).not.toContain('findings.')
      expect(r.fix.length).toBeGreaterThan(10)
    }
    const lines = (await pwb('list', demo, '--type', 'findings')).out.split('\n')
    expect(lines).toHaveLength(rows.length)
    for (const [i, l] of lines.entries()) {
      expect(l).toMatch(/^(REQUIRED {3}|recommended) {2}.+: .+ \(Art\. .+\)\. .+$/)
      // The citation closes the problem's sentence, then what to do.
      expect(l).toContain(`${rows[i].activityName}: ${rows[i].problem.replace(/\.$/, '')} (${rows[i].source}). ${rows[i].fix}`)
      expect(l).not.toContain(`(${rows[i].field})`)
    }
  })

  it('says so when the register is empty and complete', async () => {
    const empty = join(tmp.dir, 'e.pwb')
    await pwb('init', empty, '--org', 'Empty Srl', '--country', 'IT', '--tz', 'Europe/Rome')
    expect((await pwb('list', empty, '--type', 'activities')).out).toBe('No processing activities.')
    expect((await pwb('list', empty, '--type', 'vendors')).out).toBe('No vendors.')
    expect((await pwb('list', empty, '--type', 'findings')).out).toBe('Complete: no required or recommended item is missing.')
  })
})
