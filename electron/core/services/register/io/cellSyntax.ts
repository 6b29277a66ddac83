// The syntax of list cells in register spreadsheets (docs/register-import-format.md):
// one item per line; an item's parts separated by " | "; optional parts as key=value.
// Inside a part, "\" escapes: "\\" backslash, "\n" a line break, "\|" a pipe.

export const YES = 'yes'
export const NO = 'no'

export function escapePart(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n').replace(/\|/g, '\\|')
}

function unescapePart(s: string): string {
  return s.replace(/\\(\\|n|\|)/g, (_m, c: string) => (c === 'n' ? '\n' : c))
}

/** Lines of a list cell (blank lines ignored), each with its 1-based line number. */
export function cellLines(cell: string): { line: number; text: string }[] {
  return cell
    .split(/\r?\n/)
    .map((text, i) => ({ line: i + 1, text: text.trim() }))
    .filter((l) => l.text.length > 0)
}

/** Splits one line at unescaped pipes and unescapes each part. */
export function splitParts(line: string): string[] {
  // Most lines have nothing escaped (an import reads hundreds of thousands).
  if (!line.includes('\\')) return line.split('|').map((p) => p.trim())
  const parts: string[] = []
  let cur = ''
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (c === '\\' && i + 1 < line.length) {
      cur += c + line[i + 1]
      i++
    } else if (c === '|') {
      parts.push(cur)
      cur = ''
    } else cur += c
  }
  parts.push(cur)
  return parts.map((p) => unescapePart(p.trim()))
}

/** Joins parts into one line; empty optional parts are dropped by the caller. */
export const joinParts = (parts: string[]): string => parts.map(escapePart).join(' | ')

/** key=value parts after the positional ones; the key is matched case-insensitively. */
export function keyValues(parts: string[]): { pairs: Map<string, string>; bad: string[] } {
  const pairs = new Map<string, string>()
  const bad: string[] = []
  for (const p of parts) {
    const eq = p.indexOf('=')
    if (eq <= 0) bad.push(p)
    else pairs.set(p.slice(0, eq).trim().toLowerCase(), p.slice(eq + 1).trim())
  }
  return { pairs, bad }
}

export const kv = (key: string, value: string | undefined): string[] => (value === undefined || value === '' ? [] : [`${key}=${value}`])

export function parseYesNo(v: string): boolean | undefined | 'bad' {
  const s = v.trim().toLowerCase()
  if (s === '') return undefined
  // English, Italian and French words for the two, as people type them in a spreadsheet.
  if (['yes', 'y', 'true', '1', 'sì', 'si', 'oui', 'vrai'].includes(s)) return true
  if (['no', 'n', 'false', '0', 'non', 'faux'].includes(s)) return false
  return 'bad'
}
