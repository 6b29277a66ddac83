import type PDFDocument from 'pdfkit'

// pdfmake sets the opacity and the fill colour before every run of text it draws (Renderer.renderLine:
// `opacity(1)`, `fill(color)`), and a stroke colour and opacity before every table rule; pdfkit writes
// them into the page each time ("/Gs1 gs /DeviceRGB cs 0.2 0.2 0.2 scn"), about 300,000 operators in a
// 1,000-activity register, to be compressed and written out. Writing again what the page's graphics state
// already holds changes nothing on the page. Here each document remembers, for its current page, the fill
// and stroke colours and opacities it last wrote, and does not write them again while they hold. A save
// (q) keeps them and the restore (Q) that matches it brings them back, as PDF does with the whole graphics
// state (pdfkit wraps every run of text in q … Q); another page starts with nothing known, and a colour
// that is not a plain one (a gradient, a pattern) is always written. The pages look the same: a test
// renders reports both ways and compares every page's pixels. The line width, cap, join and dash that
// pdfmake sets before every rule are kept the same way.

type Doc = InstanceType<typeof PDFDocument>

/** The parts of a page's graphics state these methods set, as last written (undefined: not known). */
interface State {
  /** Fill and stroke colour, as given ("#333", "black", "0,0,0"). */
  fill?: string
  stroke?: string
  /** Fill (ca) and stroke (CA) opacity. */
  fillOpacity?: number
  strokeOpacity?: number
  /** Line width, cap and join as given, and the dash ("none" after undash; unknown after a dash). */
  lineWidth?: number
  lineCap?: string
  lineJoin?: string
  dash?: 'none'
}

interface Written extends State {
  page: unknown
  /** What each q saved, for the matching Q. */
  saved: State[]
}

interface Methods {
  fillColor(this: Doc, color: unknown, opacity?: number): Doc
  strokeColor(this: Doc, color: unknown, opacity?: number): Doc
  opacity(this: Doc, opacity: number): Doc
  fillOpacity(this: Doc, opacity: number): Doc
  strokeOpacity(this: Doc, opacity: number): Doc
  save(this: Doc): Doc
  restore(this: Doc): Doc
  lineWidth(this: Doc, w: number): Doc
  lineCap(this: Doc, c: string | number): Doc
  lineJoin(this: Doc, j: string | number): Doc
  dash(this: Doc, length: unknown, options?: unknown): Doc
  undash(this: Doc): Doc
  _setColor(this: Doc, color: unknown, stroke: boolean): boolean
}

type Proto = Methods & { [PATCHED]?: true }
const PATCHED = Symbol.for('pwb.colorStateSpeedup')
const WRITTEN = Symbol.for('pwb.colorStateWritten')

/** pdfkit's own methods, as they were before install (for tests and uninstall). */
export const ORIGINALS: Partial<Methods> = {}

/** What this document wrote last on its current page (a new page starts with nothing known). */
function written(doc: Doc): Written {
  const d = doc as Doc & { [WRITTEN]?: Written; page?: unknown }
  let w = d[WRITTEN]
  if (!w || w.page !== d.page) d[WRITTEN] = w = { page: d.page, saved: [] }
  return w
}

/** A colour given as a string or as numbers, as a key; anything else (gradients, patterns) is never skipped. */
function colorKey(color: unknown): string | undefined {
  if (typeof color === 'string') return color
  if (Array.isArray(color) && color.every((c) => typeof c === 'number')) return color.join(',')
  return undefined
}

const known = (n: unknown): number | undefined => (typeof n === 'number' ? n : undefined)

/**
 * One part of the state: written with pdfkit's method unless the page already holds `value` (an undefined
 * value, one that cannot be compared, is always written and leaves the part unknown).
 */
function unlessHeld<K extends keyof State>(doc: Doc, key: K, value: State[K], write: () => void): Doc {
  if (value !== undefined && written(doc)[key] === value) return doc
  write()
  ;(written(doc) as State)[key] = value
  return doc
}

/** fillColor or strokeColor: the colour skipped when it is the one already written, the opacity likewise. */
function setColor(doc: Doc, color: unknown, opacity: number | undefined, stroke: boolean): Doc {
  const key = colorKey(color)
  if (key === undefined || key !== (stroke ? written(doc).stroke : written(doc).fill)) {
    // pdfkit's method: the colour through _setColor (which forgets it), the opacity through fill/strokeOpacity.
    if (stroke) ORIGINALS.strokeColor!.call(doc, color, opacity)
    else ORIGINALS.fillColor!.call(doc, color, opacity)
    if (stroke) written(doc).stroke = key
    else written(doc).fill = key
    return doc
  }
  // The same colour: only the opacity, as pdfkit would set it after the colour (itself skipped if the same).
  if (stroke) doc.strokeOpacity(opacity as number)
  else {
    doc.fillOpacity(opacity as number)
    // What pdfkit's own fillColor records besides writing (its text wrapper sets the colour again from it).
    ;(doc as Doc & { _fillColor?: unknown })._fillColor = [color, opacity]
  }
  return doc
}

const patched: Methods = {
  fillColor(color, opacity) {
    return setColor(this, color, opacity, false)
  },
  strokeColor(color, opacity) {
    return setColor(this, color, opacity, true)
  },
  opacity(opacity) {
    const w = written(this)
    if (known(opacity) !== undefined && opacity === w.fillOpacity && opacity === w.strokeOpacity) return this
    ORIGINALS.opacity!.call(this, opacity)
    const after = written(this)
    if (opacity != null) after.fillOpacity = after.strokeOpacity = known(opacity)
    return this
  },
  fillOpacity(opacity) {
    // No opacity given: pdfkit writes nothing, and what the page holds is still known.
    if (opacity == null) return ORIGINALS.fillOpacity!.call(this, opacity)
    return unlessHeld(this, 'fillOpacity', known(opacity), () => ORIGINALS.fillOpacity!.call(this, opacity))
  },
  strokeOpacity(opacity) {
    if (opacity == null) return ORIGINALS.strokeOpacity!.call(this, opacity)
    return unlessHeld(this, 'strokeOpacity', known(opacity), () =>
      ORIGINALS.strokeOpacity!.call(this, opacity),
    )
  },
  save() {
    const { page: _p, saved, ...state } = written(this)
    saved.push(state)
    return ORIGINALS.save!.call(this)
  },
  restore() {
    // Q brings back the state of the matching q (not known if that q was not seen: nothing is skipped then).
    const w = written(this)
    const back = w.saved.pop() ?? {}
    for (const k of STATE_KEYS) (w as unknown as Record<string, unknown>)[k] = back[k]
    return ORIGINALS.restore!.call(this)
  },
  lineWidth(width) {
    return unlessHeld(this, 'lineWidth', known(width), () => ORIGINALS.lineWidth!.call(this, width))
  },
  lineCap(c) {
    return unlessHeld(this, 'lineCap', String(c), () => ORIGINALS.lineCap!.call(this, c))
  },
  lineJoin(j) {
    return unlessHeld(this, 'lineJoin', String(j), () => ORIGINALS.lineJoin!.call(this, j))
  },
  dash(length, options) {
    written(this).dash = undefined
    return ORIGINALS.dash!.call(this, length, options)
  },
  undash() {
    return unlessHeld(this, 'dash', 'none', () => ORIGINALS.undash!.call(this))
  },
  _setColor(color, stroke) {
    // Any colour set: forgotten until the caller says which (gradients and patterns never are).
    const w = written(this)
    if (stroke) w.stroke = undefined
    else w.fill = undefined
    return ORIGINALS._setColor!.call(this, color, stroke)
  },
}

/** Every part of the state a q saves and its Q brings back. */
const STATE_KEYS: (keyof State)[] = [
  'fill',
  'stroke',
  'fillOpacity',
  'strokeOpacity',
  'lineWidth',
  'lineCap',
  'lineJoin',
  'dash',
]

const NAMES = Object.keys(patched) as (keyof Methods)[]

/** Installs the methods on pdfkit's document class; a pdfkit of another shape is left as it is. */
export function installColorStateSpeedup(Pdf: typeof PDFDocument): boolean {
  const proto = Pdf.prototype as unknown as Proto
  if (proto[PATCHED]) return true
  if (
    !NAMES.every((n) => typeof proto[n] === 'function') ||
    proto.fillColor.length !== 2 ||
    proto.strokeColor.length !== 2
  )
    return false
  for (const n of NAMES) {
    ;(ORIGINALS as Record<string, unknown>)[n] = proto[n]
    ;(proto as unknown as Record<string, unknown>)[n] = patched[n]
  }
  proto[PATCHED] = true
  return true
}

/** Puts pdfkit's own methods back (tests compare the two). */
export function uninstallColorStateSpeedup(Pdf: typeof PDFDocument): void {
  const proto = Pdf.prototype as unknown as Proto
  if (!proto[PATCHED]) return
  for (const n of NAMES) (proto as unknown as Record<string, unknown>)[n] = ORIGINALS[n]
  delete proto[PATCHED]
}
