import { writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ManualClock } from './clock'
import { createCore } from './createCore'
import type { Core } from './coreTypes'
import { tempDir } from './testing/tempDir'
import { LATEST_SCHEMA } from './store/migrations/index'

let tmp: ReturnType<typeof tempDir>
let core: Core
const events: [string, unknown][] = []
beforeEach(() => {
  tmp = tempDir()
  events.length = 0
  core = createCore({
    clock: new ManualClock('2026-11-23T10:00:00Z'),
    host: 'test',
    actor: 'tester',
    resourcesDir: resolve('resources'),
    defaultWorkspaceDir: tmp.dir,
    recentFile: join(tmp.dir, 'recent.json'),
  })
  core.onEvent((name, payload) => events.push([name, payload]))
})
afterEach(async () => {
  await core.dispose()
  tmp.cleanup()
})

const create = () =>
  core.invoke('workspace.create', {
    path: join(tmp.dir, 'a.pwb'),
    legalName: 'Acme Srl',
    country: 'IT',
    timeZone: 'Europe/Rome',
  })

describe('core dispatcher (the contract is the wall)', () => {
  it('answers an unknown channel with UNKNOWN_CHANNEL instead of throwing', async () => {
    expect(await core.invoke('fs.readEverything', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    })
    expect(await core.invoke('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    })
  })

  it('rejects a malformed payload before any handler runs, naming the fields', async () => {
    const r = await core.invoke('workspace.create', {
      path: 7,
      legalName: '',
      country: 'Italy',
      timeZone: 'Nowhere',
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    if (r.ok) return
    expect(Object.keys(r.error.fields ?? {}).sort()).toEqual(['country', 'legalName', 'path', 'timeZone'])
    expect(r.error.message).toMatch(/country \(Enter a two-letter country code/)
  })

  it('passes the file dialogs of import/export to the host, and answers null (cancelled) without one', async () => {
    expect(await core.invoke('dialog.chooseImportFile', { kinds: ['xlsx', 'csv'] })).toEqual({
      ok: true,
      data: { path: null },
    })
    expect(await core.invoke('dialog.chooseExportPath', { suggestedName: 'Register', kind: 'csv' })).toEqual({
      ok: true,
      data: { path: null },
    })
    const asked: unknown[] = []
    const hosted = createCore({
      clock: new ManualClock('2026-11-23T10:00:00Z'),
      host: 'test',
      resourcesDir: resolve('resources'),
      defaultWorkspaceDir: tmp.dir,
      hostHandlers: {
        'dialog.chooseImportFile': async (input) => (asked.push(input), { path: '/in/register.xlsx' }),
        'dialog.chooseExportPath': async (input) => (asked.push(input), { path: '/out/Register.csv' }),
      },
    })
    try {
      expect(await hosted.invoke('dialog.chooseImportFile', { kinds: ['xlsx'] })).toEqual({
        ok: true,
        data: { path: '/in/register.xlsx' },
      })
      expect(
        await hosted.invoke('dialog.chooseExportPath', { suggestedName: 'Register', kind: 'csv' }),
      ).toEqual({ ok: true, data: { path: '/out/Register.csv' } })
      expect(asked).toEqual([{ kinds: ['xlsx'] }, { suggestedName: 'Register', kind: 'csv' }])
      // The contract refuses what no dialog could filter on, before the host is asked.
      expect(await hosted.invoke('dialog.chooseImportFile', { kinds: [] })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      })
      expect(
        await hosted.invoke('dialog.chooseExportPath', { suggestedName: 'x', kind: 'pdf' }),
      ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      expect(asked).toHaveLength(2)
    } finally {
      await hosted.dispose()
    }
  })

  it('words what it found on opening in the language of the file, and a refusal to open in the host language', async () => {
    const path = join(tmp.dir, 'it.pwb')
    await core.invoke('workspace.create', {
      path,
      legalName: 'Rossi Srl',
      country: 'IT',
      timeZone: 'Europe/Rome',
      language: 'it',
    })
    await core.invoke('workspace.close', {})
    // A lock left by a process that no longer runs on this host: taken over, with a warning.
    writeFileSync(
      `${path}.lock`,
      JSON.stringify({ pid: 2 ** 22 + 777, host: hostname(), since: '2026-11-20T08:00:00.000Z' }),
    )
    const opened = await core.invoke('workspace.open', { path })
    expect(opened).toMatchObject({
      ok: true,
      data: {
        warnings: [
          `È stato rimosso un blocco lasciato da un programma non più in esecuzione (processo ${2 ** 22 + 777} su ${hostname()}, dal 20 nov 2026, 09:00 (UTC+01:00)).`,
        ],
      },
    })
    // The same file held by a live process (this one): refused in the open file's language.
    const other = createCore({
      clock: new ManualClock('2026-11-23T10:00:00Z'),
      host: 'test',
      resourcesDir: resolve('resources'),
      defaultWorkspaceDir: tmp.dir,
      language: 'fr',
    })
    try {
      const refused = await other.invoke('workspace.open', { path })
      expect(refused).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
      if (refused.ok) return
      expect(refused.error.message).toContain(
        `est ouvert ailleurs (processus ${process.pid} sur ${hostname()}, depuis `,
      )
      // When the holder took it: a time as people read it (this computer's zone), not an ISO instant.
      expect(refused.error.message).toMatch(/depuis 23 nov\. 2026, \d\d:\d\d \(UTC[+-]\d\d:\d\d\)\)/)
    } finally {
      await other.dispose()
    }
  })

  it('says no workspace is open', async () => {
    expect(await core.invoke('profile.get', {})).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } })
  })

  it('create -> save profile -> close -> reopen keeps everything, and remembers the recent file', async () => {
    expect(await create()).toMatchObject({
      ok: true,
      data: { organisationName: 'Acme Srl', schemaVersion: LATEST_SCHEMA },
    })
    const got = await core.invoke('profile.get', {})
    if (!got.ok) throw new Error(got.error.message)
    const saved = await core.invoke('profile.save', {
      ...(got.data as object),
      contactEmail: 'privacy@acme.it',
    })
    expect(saved.ok).toBe(true)
    expect(events.map((e) => e[0])).toContain('workspace.changed')
    expect(await core.invoke('workspace.close', {})).toEqual({ ok: true, data: { closed: true } })
    expect(await core.invoke('workspace.current', {})).toEqual({ ok: true, data: null })
    const recent = await core.invoke('workspace.recent', {})
    expect(recent).toMatchObject({
      ok: true,
      data: [{ path: join(tmp.dir, 'a.pwb'), organisationName: 'Acme Srl' }],
    })
    await core.invoke('workspace.open', { path: join(tmp.dir, 'a.pwb') })
    expect(await core.invoke('profile.get', {})).toMatchObject({
      ok: true,
      data: { contactEmail: 'privacy@acme.it' },
    })
    const audit = await core.invoke('audit.list', {})
    expect(audit).toMatchObject({ ok: true, data: { total: 2 } })
  })

  it('a bad profile is refused with field keys and nothing is saved', async () => {
    await create()
    const got = await core.invoke('profile.get', {})
    if (!got.ok) throw new Error(got.error.message)
    const r = await core.invoke('profile.save', { ...(got.data as object), dpo: { appointed: true } })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'dpo.email': 'validation.dpoEmailRequired' } },
    })
    expect(await core.invoke('audit.list', {})).toMatchObject({ ok: true, data: { total: 1 } })
  })
})

describe('employees (Art. 30(5))', () => {
  it('stores a head count and refuses a negative or fractional one naming the field', async () => {
    await create()
    const got = await core.invoke('profile.get', {})
    if (!got.ok) throw new Error(got.error.message)
    expect(await core.invoke('profile.save', { ...(got.data as object), employees: 12 })).toMatchObject({
      ok: true,
      data: { employees: 12 },
    })
    expect(await core.invoke('profile.save', { ...(got.data as object), employees: -1 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { employees: 'validation.employees' } },
    })
    expect(await core.invoke('profile.save', { ...(got.data as object), employees: 2.5 })).toMatchObject({
      ok: false,
    })
  })
})
