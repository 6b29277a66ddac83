import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { toApiError } from './createCore'
import { writeFileAtomic } from './files/writeFileAtomic'
import { tempDir } from './testing/tempDir'

// A file the system refuses to read or write is reported with the file the user chose and, for the
// common causes, the reason in plain words and what to do, in the user's language.

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

/** What the system throws for `act`, as the contract reports it. */
function refusal(act: () => void, lang = 'en') {
  try {
    act()
  } catch (e) {
    return toApiError(e, lang)
  }
  throw new Error('the system did not refuse')
}

describe('file errors in plain words', () => {
  it('an atomic write refused because a folder has the name: names the file asked for, leaves no ".part"', () => {
    const out = join(tmp.dir, 'register.pdf')
    mkdirSync(out)
    const e = refusal(() => writeFileAtomic(out, 'x'))
    expect(e.code).toBe('IO')
    expect(e.message).toBe(
      `The file “${out}” could not be read or written: a folder has that name. Choose another file name.`,
    )
    expect(existsSync(`${out}.part`)).toBe(false)
  })

  it('an atomic write into a missing folder names the file, not its ".part"', () => {
    const out = join(tmp.dir, 'gone', 'register.xlsx')
    expect(refusal(() => writeFileAtomic(out, 'x')).message).toBe(
      `The file “${out}” could not be read or written: it, or the folder it is in, does not exist. Check the path.`,
    )
  })

  it('a missing folder, in Italian and French', () => {
    const out = join(tmp.dir, 'nowhere', 'x.pdf')
    expect(refusal(() => writeFileSync(out, 'x'), 'it').message).toBe(
      `Impossibile leggere o scrivere “${out}”: il file, o la cartella che lo contiene, non esiste. Controllare il percorso.`,
    )
    expect(refusal(() => writeFileSync(out, 'x'), 'fr').message).toContain(
      'n’existe pas. Vérifiez le chemin.',
    )
  })

  it('a refused permission also names the usual cause on Windows: the file is open in another program', () => {
    const e = toApiError(
      Object.assign(new Error("EPERM: operation not permitted, rename 'r.pdf.part' -> 'r.pdf'"), {
        code: 'EPERM',
        path: 'C:\\Reports\\r.pdf',
      }),
    )
    expect(e.message).toBe(
      'The file “C:\\Reports\\r.pdf” could not be read or written: permission was refused, or another program has it open. Close it there, or choose a folder you may write to.',
    )
  })

  it('a cause it has no words for keeps the system’s own text', () => {
    const e = toApiError(
      Object.assign(new Error('ELOOP: too many symbolic links'), { code: 'ELOOP', path: '/a/b' }),
    )
    expect(e.message).toBe('The file “/a/b” could not be read or written: ELOOP: too many symbolic links.')
  })
})
