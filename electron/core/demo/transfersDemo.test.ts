import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILTIN_COUNTRY_PACK } from '../../../shared/reference/countryPack/builtinPack'
import { pdfPages } from '../reports/pdfText'
import { testCore, type TestCore } from '../testing/testCore'

// Issue 7 "must show": the demo's transfers register PDF lists every non-EEA recipient of the Vimage
// sample with its tool and the country data's "as of" date; the demo TIA's PDF holds all six steps.

let tc: TestCore
const asOf = `as of ${BUILTIN_COUNTRY_PACK.asOf}`

const call = <T>(channel: string, input?: unknown) => tc.call<T>(channel, input)
const text = (path: string) => pdfPages(readFileSync(path)).join('\n').replace(/\s+/g, ' ')

beforeAll(async () => {
  tc = testCore({ at: '2026-11-23T09:30:00Z' })
  await call('workspace.createDemo', { path: join(tc.dir, 'demo.pwb') })
})
afterAll(() => tc.dispose())

describe('transfers demo (Vimage sample)', () => {
  it('records the five sub-processors outside Italy with the tools the notice states', async () => {
    const list =
      await call<
        {
          importerName: string
          importerCountry: string
          tools: string[]
          onwardCountries: string[]
          tia?: { status: string }
        }[]
      >('transfers.list')
    expect(
      list.map((t) => [
        t.importerName,
        t.importerCountry,
        t.tools.join('+'),
        t.onwardCountries.join(','),
        t.tia?.status ?? '-',
      ]),
    ).toEqual([
      ['Anthropic, PBC', 'US', 'scc', '', 'final'],
      ['Calendly LLC', 'US', 'scc+dpf', '', '-'],
      ['Cloudflare, Inc.', 'US', 'scc+dpf', '', '-'],
      ['Google Ireland Limited', 'IE', '', 'US', '-'],
      ['OpenAI, LLC', 'US', 'scc+dpf', '', '-'],
    ])
    // OpenAI's DPF reliance has no recorded check: the checks say so.
    const findings = await call<{ importerName: string; code: string }[]>('transfers.findings')
    expect(findings.map((f) => `${f.importerName}:${f.code}`).sort()).toEqual([
      'OpenAI, LLC:dpfWithoutCheck',
      'OpenAI, LLC:sccWithoutTia',
    ])
  })

  it('prints the transfers register with every non-EEA recipient, its tool and the as-of date', async () => {
    const out = join(tc.dir, 'transfers.pdf')
    await call('report.create', { type: 'transfers', out, lang: 'en' })
    const t = text(out)
    for (const name of [
      'Cloudflare, Inc.',
      'Calendly LLC',
      'Anthropic, PBC',
      'OpenAI, LLC',
      'Google Ireland Limited',
      'Google LLC',
    ])
      expect(t).toContain(name)
    expect(t).toMatch(/SCC \(module 2\)/)
    expect(t).toContain('DPF')
    expect(t).toContain(asOf)
    expect(t).toContain('Register of international transfers')
  })

  it('prints the signed Anthropic TIA with all six steps, its sources’ dates and the signature block', async () => {
    const [tia] = await call<{ id: string; status: string }[]>('transfers.tia.list')
    expect(tia.status).toBe('final')
    const out = join(tc.dir, 'tia.pdf')
    await call('report.create', { type: 'tia', caseId: tia.id, out, lang: 'en' })
    const t = text(out)
    for (const step of [
      'Step 1 — Know the transfer',
      'Step 2 — The transfer tool',
      'Step 3 — Law and practice of the destination',
      'Step 4 — Supplementary measures',
      'Step 5 — Procedural steps',
      'Step 6 — Re-evaluation',
    ])
      expect(t).toContain(step)
    expect(t).toContain(asOf)
    expect(t).toContain('Proceed only with the listed supplementary measures')
    expect(t).toContain('supporting evidence only')
    expect(t).toMatch(/Approved by Vimage management/)
    expect(t).toMatch(/Next review 2027-11-23/)
  })

  it('prints the Italian TIA too', async () => {
    const out = join(tc.dir, 'tia-it.pdf')
    await call('report.create', { type: 'tia', out, lang: 'it' })
    expect(text(out)).toContain('Passo 3 — Legge e prassi del paese di destinazione')
  })
})
