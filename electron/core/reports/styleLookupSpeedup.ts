// pdfmake 0.3 looks up about 25 style properties for every word it measures (TextInlines.buildInlines).
// Each lookup of a property the word does not carry pushes the word's styles on the style stack inside a
// closure (StyleContextStack.auto), walks the stack, and allocates a Set for every named style it
// consults (against `extends` cycles): a tenth of a 1,000-activity register's time, much of it garbage.
// The lookups below give the same answer in the same order (item, the item's named styles from the last,
// the stack from the top, the default style, the default) without the push, the closure, or a Set unless
// a style extends another. The originals are kept (ORIGINALS) for the tests that compare the two.

type Style = Record<string, unknown> & { extends?: string | string[] }
type Item = Record<string, unknown> | string

export interface StyleStackLike {
  styleDictionary: Record<string, Style> | null
  defaultStyle: Record<string, unknown> | null
  styleOverrides: (string | Record<string, unknown>)[]
  getProperty(property: string): unknown
}

export interface StyleStackClass {
  prototype: StyleStackLike
  getStyleProperty(
    item: Item,
    stack: StyleStackLike | null | undefined,
    property: string,
    defaultValue: unknown,
  ): unknown
}

const PATCHED = Symbol.for('pwb.styleLookupSpeedup')

/**
 * The class in `import('pdfmake/js/StyleContextStack.js')`: a CommonJS module whose exports hold it as
 * `default`, which Node puts under the namespace's `default` and some loaders (vitest) unwrap once more.
 */
export function styleStackClassOf(namespace: { default: unknown }): StyleStackClass | undefined {
  const outer = namespace.default as { default?: unknown } | undefined
  const cls = typeof outer === 'function' ? outer : outer?.default
  return typeof cls === 'function' ? (cls as unknown as StyleStackClass) : undefined
}

/** pdfmake's own functions, as they were before install (for tests). */
export const ORIGINALS: {
  getProperty?: StyleStackLike['getProperty']
  getStyleProperty?: StyleStackClass['getStyleProperty']
} = {}

const isValue = (v: unknown) => v !== undefined && v !== null

/** A named style's value for the property, following `extends` (the last parent first), as pdfmake does. */
function fromNamedStyle(
  dictionary: Record<string, Style> | null,
  name: string,
  property: string,
  visited?: Set<string>,
): unknown {
  if (visited?.has(name)) return undefined
  const style = dictionary?.[name]
  if (!style) return undefined
  const value = style[property]
  if (isValue(value)) return value
  if (!style.extends) return undefined
  const seen = visited ?? new Set<string>()
  seen.add(name)
  const parents = Array.isArray(style.extends) ? style.extends : [style.extends]
  for (let i = parents.length - 1; i >= 0; i--) {
    const v = fromNamedStyle(dictionary, parents[i], property, seen)
    if (isValue(v)) return v
  }
  return undefined
}

function getProperty(this: StyleStackLike, property: string): unknown {
  const overrides = this.styleOverrides
  if (overrides) {
    for (let i = overrides.length - 1; i >= 0; i--) {
      const o = overrides[i]
      const v = typeof o === 'string' ? fromNamedStyle(this.styleDictionary, o, property) : o[property]
      if (isValue(v)) return v
    }
  }
  return this.defaultStyle && this.defaultStyle[property]
}

function getStyleProperty(
  item: Item,
  stack: StyleStackLike | null | undefined,
  property: string,
  defaultValue: unknown,
): unknown {
  // Read as pdfmake reads it, strings included ('word'.italics is String.prototype.italics, a value).
  const fields = item as Record<string, unknown>
  const own = fields[property]
  if (isValue(own)) return own
  if (!stack) return defaultValue
  // What auto(item) would have pushed above the stack: the item's named styles, then the item itself
  // (which has no value for the property: checked above). A string or a section pushes nothing.
  if (typeof item !== 'string' && fields.section === undefined && fields.style) {
    const names = Array.isArray(fields.style) ? (fields.style as string[]) : [fields.style as string]
    for (let i = names.length - 1; i >= 0; i--) {
      const v = fromNamedStyle(stack.styleDictionary, names[i], property)
      if (isValue(v)) return v
    }
  }
  const value = stack.getProperty(property)
  return isValue(value) ? value : defaultValue
}

/** Installs the faster lookups on pdfmake's StyleContextStack class; false (left as it is) if its shape is not the expected one. */
export function installStyleLookupSpeedup(cls: StyleStackClass & { [PATCHED]?: true }): boolean {
  if (cls[PATCHED]) return true
  if (typeof cls.getStyleProperty !== 'function' || cls.getStyleProperty.length !== 4) return false
  if (typeof cls.prototype.getProperty !== 'function' || cls.prototype.getProperty.length !== 1) return false
  ORIGINALS.getProperty = cls.prototype.getProperty
  ORIGINALS.getStyleProperty = cls.getStyleProperty
  cls.prototype.getProperty = getProperty
  cls.getStyleProperty = getStyleProperty
  cls[PATCHED] = true
  return true
}

/** Puts pdfmake's own lookups back (tests compare a document made both ways). */
export function uninstallStyleLookupSpeedup(cls: StyleStackClass & { [PATCHED]?: true }): void {
  if (!cls[PATCHED] || !ORIGINALS.getProperty || !ORIGINALS.getStyleProperty) return
  cls.prototype.getProperty = ORIGINALS.getProperty
  cls.getStyleProperty = ORIGINALS.getStyleProperty
  delete cls[PATCHED]
}
