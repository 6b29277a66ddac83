import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import type PDFDocument from 'pdfkit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WORKSPACE_REPORTS } from '../../../shared/ipc/contract'
import { testCore, type TestCore } from '../testing/testCore'
import { installColorStateSpeedup, uninstallColorStateSpeedup } from './colorStateSpeedup'
import { loadPdfLibraries } from './pdfEngine'

// Colours and opacities written once per page state (colorStateSpeedup.ts) must leave every page looking
// exactly as before: every workspace report of the demo, rendered both ways, compared pixel for pixel.

let Pdf: typeof PDFDocument
beforeAll(async () => {
  Pdf = (await loadPdfLibraries()).PDFDocument // installs it, as every report does
})

/** The page content streams of a PDF, inflated. */
function contents(pdf: Buffer): string[] {
  const text = pdf.toString('latin1')
  const out: string[] = []
  const start = /stream\r?\n/g
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const from = m.index + m[0].length
    const to = text.indexOf('endstream', from)
    if (to < 0) break
    try {
      const body = inflateSync(pdf.subarray(from, to)).toString('latin1')
      if (body.includes(' Tf') || body.includes(' re')) out.push(body)
    } catch {
      // not a deflated stream (an image, a font): not page content
    }
    start.lastIndex = to
  }
  return out
}
const count = (pdf: Buffer, op: RegExp) => contents(pdf).reduce((n, c) => n + (c.match(op)?.length ?? 0), 0)

describe('operators pdfkit writes, with the speedup', () => {
  /** The page's content as written: a document of one or two pages, uncompressed. */
  async function draw(steps: (doc: InstanceType<typeof PDFDocument>) => void): Promise<string> {
    const doc = new Pdf({ compress: false, autoFirstPage: true })
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    const ended = new Promise((resolve) => doc.on('end', resolve))
    steps(doc)
    doc.end()
    await ended
    const text = Buffer.concat(chunks).toString('latin1')
    return [...text.matchAll(/stream\n([\s\S]*?)endstream/g)].map((m) => m[1]).join('\n--page--\n')
  }

  it('writes a colour or an opacity again only when the page could hold another', async () => {
    const out = await draw((doc) => {
      doc.opacity(1).fillColor('#333333').opacity(1).fillColor('#333333') // the second pair: nothing
      doc.save().fillColor('red').restore() // Q brings #333333 back
      doc.fillColor('#333333') // nothing
      doc.fillColor('#333333', 0.5) // the same colour, another opacity: the opacity only
      doc.strokeColor('blue', 1) // blue; CA is already 1 (opacity(1) set both)
      doc.strokeColor('blue').strokeColor('blue', 0.7).strokeColor('blue', 0.7) // then CA 0.7 once
      doc.addPage()
      doc.fillColor('#333333') // a new page: written again
    })
    const [first, second] = out.split('--page--')
    expect(first.match(/ scn\b/g)).toHaveLength(2) // #333333, then red inside q … Q
    expect(first.match(/ SCN\b/g)).toHaveLength(1)
    expect(first.match(/ gs\b/g)).toHaveLength(3) // opacity 1, fill opacity 0.5, stroke opacity 0.7
    expect(second.match(/ scn\b/g)).toHaveLength(1)
  })

  it('writes the line width, cap, join and dash again only when they could differ', async () => {
    const out = await draw((doc) => {
      const rule = () => doc.lineWidth(1).undash().lineJoin('miter').lineCap('butt')
      rule()
      rule() // nothing
      doc.save().lineWidth(2).dash(3, { space: 2 }).restore() // Q brings width 1 and no dash back
      rule() // nothing
      doc.dash(3, { space: 2 })
      rule() // the undash only
    })
    expect(out.match(/ w\n/g)).toHaveLength(2) // 1, then 2 inside q … Q
    expect(out.match(/ J\n/g)).toHaveLength(1)
    expect(out.match(/ j\n/g)).toHaveLength(1)
    expect(out.match(/\[\] 0 d/g)).toHaveLength(2)
    expect(out.match(/\[3 2\] 0 d/g)).toHaveLength(2)
  })

  it('writes everything with pdfkit’s own methods (the counts above mean something)', async () => {
    uninstallColorStateSpeedup(Pdf)
    try {
      const out = await draw((doc) => {
        doc.opacity(1).fillColor('#333333').opacity(1).fillColor('#333333')
        doc.lineWidth(1).lineWidth(1).undash().undash()
      })
      expect(out.match(/ scn\b/g)).toHaveLength(2)
      expect(out.match(/ gs\b/g)).toHaveLength(2)
      expect(out.match(/ w\n/g)).toHaveLength(2)
      expect(out.match(/\[\] 0 d/g)).toHaveLength(2)
    } finally {
      expect(installColorStateSpeedup(Pdf)).toBe(true)
    }
  })

  it('leaves a pdfkit of another shape alone', () => {
    expect(installColorStateSpeedup(class {} as unknown as typeof PDFDocument)).toBe(false)
  })
})

describe('every workspace report of the demo, rendered both ways', () => {
  let tc: TestCore
  beforeAll(async () => {
    tc = testCore({ at: '2026-11-23T15:05:00Z', appVersion: '0.1.0' })
    await tc.call('workspace.createDemo', { path: join(tc.dir, 'demo.pwb') })
  })
  afterAll(() => tc.dispose())

  /** Each page as PNG bytes (poppler, 30 dpi). */
  function pages(pdf: string): Buffer[] {
    const prefix = pdf.replace(/\.pdf$/, '')
    execFileSync('pdftoppm', ['-png', '-r', '30', pdf, prefix])
    const base = prefix.split('/').at(-1)!
    return readdirSync(tc.dir)
      .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
      .sort()
      .map((f) => readFileSync(join(tc.dir, f)))
  }

  it.each(WORKSPACE_REPORTS)('%s: the same pages, pixel for pixel, with far fewer operators', async (type) => {
    const render = async (name: string) => {
      const out = join(tc.dir, `${type}-${name}.pdf`)
      await tc.call('report.create', { type, lang: 'en', out })
      return out
    }
    const fast = await render('fast')
    uninstallColorStateSpeedup(Pdf)
    const original = await render('original').finally(() => installColorStateSpeedup(Pdf))
    const a = pages(fast)
    const b = pages(original)
    expect(a.length).toBeGreaterThan(0)
    expect(a.length).toBe(b.length)
    a.forEach((png, i) => expect(png.equals(b[i]), `page ${i + 1}`).toBe(true))
    const ops = /( scn| gs| w| J| j| d)\b/g
    expect(count(readFileSync(fast), ops)).toBeLessThan(count(readFileSync(original), ops) * 0.8)
  })
})
