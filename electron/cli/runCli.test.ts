import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { pdfPages } from '../core/reports/pdfText'
import { tempDir } from '../core/testing/tempDir'
import { pwbRunner, pwbTestEnv } from './testing/pwbRunner'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => (tmp = tempDir()))
afterEach(() => tmp.cleanup())

const pwb = pwbRunner()

describe('pwb', () => {
  it('prints help and version', async () => {
    expect((await pwb('--help')).out).toMatch(/pwb init FILE --org NAME --country CC --tz ZONE/)
    expect((await pwb('--version')).out).toBe('9.9.9')
  })

  it('init, profile --set, profile --json, audit, verify', async () => {
    const f = join(tmp.dir, 'a.pwb')
    const init = await pwb('init', f, '--org', 'Acme Srl', '--country', 'IT', '--tz', 'Europe/Rome')
    expect(init).toMatchObject({ code: 0 })
    expect(init.out).toMatch(/Created .*a\.pwb for Acme Srl/)
    const set = await pwb('profile', f, '--set', 'contactEmail=privacy@acme.it', '--set', 'roles=controller,processor')
    expect(set.code).toBe(0)
    expect(set.out).toMatch(/Contact e-mail\s+privacy@acme\.it/)
    const json = JSON.parse((await pwb('profile', f, '--json')).out)
    expect(json).toMatchObject({ legalName: 'Acme Srl', country: 'IT', timeZone: 'Europe/Rome', roles: ['controller', 'processor'], leadAuthority: 'IT' })
    const audit = await pwb('audit', f)
    expect(audit.out).toMatch(/^2 entries/)
    expect(audit.out).toMatch(/cli-test\s+update organisation\/1/)
    const verify = await pwb('verify', f)
    expect(verify.code).toBe(0)
    expect(verify.out).toMatch(/intact: 2 entries, integrity check ok/)
  })

  it('says on stderr what the core noticed on opening (a lock left by a dead process), and goes on', async () => {
    const f = join(tmp.dir, 'a.pwb')
    await pwb('init', f, '--org', 'Acme Srl', '--country', 'IT', '--tz', 'Europe/Rome')
    writeFileSync(`${f}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), since: 'x' }))
    const r = await pwb('verify', f)
    expect(r.code).toBe(0)
    expect(r.err).toMatch(/no longer running/)
    expect(r.out).toMatch(/intact/)
  })

  it('rejects a bad profile value naming the field, and changes nothing', async () => {
    const f = join(tmp.dir, 'a.pwb')
    await pwb('init', f, '--org', 'Acme Srl', '--country', 'IT', '--tz', 'Europe/Rome')
    const before = (await pwb('audit', f)).out
    const bad = await pwb('profile', f, '--set', 'contactEmail=not-an-email')
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/contactEmail \(Enter an e-mail address/)
    expect((await pwb('audit', f)).out).toBe(before)
  })

  it('init with a bad time zone names it and creates no file', async () => {
    const f = join(tmp.dir, 'b.pwb')
    const r = await pwb('init', f, '--org', 'X', '--country', 'IT', '--tz', 'Mars/Olympus')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/timeZone \(Choose a time zone/)
    expect(() => readFileSync(f)).toThrow()
  })

  it('verify exits 1 naming the tampered row; a foreign file exits 2 and is untouched', async () => {
    const f = join(tmp.dir, 'a.pwb')
    await pwb('init', f, '--org', 'Acme Srl', '--country', 'IT', '--tz', 'Europe/Rome')
    await pwb('profile', f, '--set', 'tradingName=Acme')
    const db = new Database(f)
    db.exec('drop trigger audit_log_only_redaction')
    db.exec(`update audit_log set payload = 'X' || substr(payload, 2) where id = 2`)
    db.close()
    const v = await pwb('verify', f)
    expect(v.code).toBe(1)
    expect(v.err).toMatch(/broken at entry 2\b/)
    const x = join(tmp.dir, 'x.pwb')
    writeFileSync(x, 'hello\n')
    const h = createHash('sha256').update(readFileSync(x)).digest('hex')
    const fv = await pwb('verify', x)
    expect(fv.code).toBe(2)
    expect(fv.err).toMatch(/not a Privacy Workbench workspace/)
    expect(createHash('sha256').update(readFileSync(x)).digest('hex')).toBe(h)
  })

  it('demo creates the Vimage workspace in English', async () => {
    const f = join(tmp.dir, 'demo.pwb')
    expect((await pwb('demo', f)).code).toBe(0)
    const p = JSON.parse((await pwb('profile', f, '--json')).out)
    expect(p).toMatchObject({ legalName: 'Vimage S.r.l.', vatNumber: 'IT03654120272', language: 'en', dpo: { appointed: false } })
  })

  it('demo --lang builds the demo in that language; an unknown one is a usage error naming --lang, and no file', async () => {
    const f = join(tmp.dir, 'demo-it.pwb')
    expect((await pwb('demo', f, '--lang', 'it')).code).toBe(0)
    expect((await pwb('list', f, '--type', 'activities')).out).toContain('Modulo di contatto e risposte')
    const bad = join(tmp.dir, 'demo-xx.pwb')
    const r = await pwb('demo', bad, '--lang', 'xx')
    expect(r).toMatchObject({ code: 2, err: expect.stringMatching(/--lang must be one of en, it, fr \(got “xx”\)/) })
    expect(() => readFileSync(bad)).toThrow()
    expect((await pwb('--help')).out).toContain('pwb demo FILE [--sample vimage|virtual-contact] [--lang en|it|fr]')
  })

  it('unknown commands and missing arguments are usage errors', async () => {
    expect(await pwb('frobnicate', 'x')).toMatchObject({ code: 2, err: expect.stringMatching(/Unknown command/) })
    expect(await pwb('init', join(tmp.dir, 'c.pwb'))).toMatchObject({ code: 2, err: expect.stringMatching(/--org, --country, --tz/) })
  })
})

describe('pwb deadline', () => {
  it('dispatches to the breach calculator without a workspace', async () => {
    const r = await pwb('deadline', 'breach', '--regime', 'gdpr', '--aware', '2026-03-27T11:00:00Z', '--tz', 'Europe/Rome', '--json')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ deadline: '2026-03-30T11:00:00Z', deadlineLocal: '2026-03-30T13:00+02:00' })
  })
  it('dispatches to the DSAR calculator: 31 Jan 2026 -> Sat 28 Feb -> Mon 2 Mar (GDPR Art. 12(3); Reg. 1182/71 Art. 3(2)(c), 3(4))', async () => {
    const r = await pwb('deadline', 'dsar', '--regime', 'gdpr', '--country', 'IT', '--received', '2026-01-31', '--json')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ target: '2026-02-28', due: '2026-03-02' })
  })
  it('names the calculators when the kind is missing', async () => {
    expect(await pwb('deadline')).toMatchObject({ code: 2, err: expect.stringMatching(/breach/) })
  })
})

describe('pwb list and per-case reports on the demo', () => {
  it('lists DSAR cases and breaches with their ids, and a per-case report needs --case', async () => {
    const f = join(tmp.dir, 'demo.pwb')
    await pwb('demo', f)
    const dsar = await pwb('list', f, '--type', 'dsar')
    expect(dsar.out).toMatch(/^DSAR-2026-\d{3} /m)
    const breaches = JSON.parse((await pwb('list', f, '--type', 'breach', '--json')).out) as { ref: string; title: string }[]
    expect(breaches.map((b) => b.ref)).toContain('BR-2026-003')
    expect(breaches.map((b) => b.title).join()).not.toMatch(/drill/i)
    expect(await pwb('report', f, '--type', 'tia', '--out', join(tmp.dir, 't.pdf'))).toMatchObject({ code: 2, err: expect.stringMatching(/needs --case ID/) })
    const byRef = await pwb('report', f, '--type', 'breach-case', '--case', 'BR-2026-003', '--out', join(tmp.dir, 'b.pdf'))
    expect(byRef).toMatchObject({ code: 0, out: expect.stringMatching(/b\.pdf/) })
  })
})

describe('pwb report --type all', () => {
  it('writes the five registers of the workspace into one folder, named by type and the organisation’s date', async () => {
    // 23:30 UTC is already 24 November in Rome: the file names carry the organisation's day.
    const late = pwbRunner(pwbTestEnv('2026-11-23T23:30:00Z'))
    const f = join(tmp.dir, 'demo.pwb')
    await late('demo', f)
    const folder = join(tmp.dir, 'out')
    expect(await late('report', f, '--type', 'all', '--out', join(tmp.dir, 'x.pdf'))).toMatchObject({ code: 2, err: expect.stringMatching(/must be a folder/) })
    const r = await late('report', f, '--type', 'all', '--out', folder, '--lang', 'it', '--json')
    expect(r.code).toBe(0)
    const written = JSON.parse(r.out) as { type: string; path: string; bytes: number }[]
    expect(written.map((w) => w.type)).toEqual(['summary', 'ropa', 'dsar', 'breach', 'transfers'])
    expect(readdirSync(folder).sort()).toEqual(written.map((w) => `demo-${w.type}-2026-11-24.pdf`).sort())
    for (const w of written) expect(statSync(w.path).size).toBe(w.bytes)
    // In the language asked for: the register's title in Italian.
    expect(pdfPages(readFileSync(written[1].path))[0].replace(/\s+/g, ' ')).toContain('Registro delle attività di trattamento')
  })
})
