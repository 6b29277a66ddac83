import { renameSync, rmSync, writeFileSync } from 'node:fs'

/**
 * Writes `data` to `path` so that a reader never sees half a file: first to `path.part`, then renamed over
 * `path`. A refusal names `path`, the file the user asked for, not the ".part" beside it, and leaves no
 * ".part" behind.
 */
export function writeFileAtomic(path: string, data: string | NodeJS.ArrayBufferView): void {
  const tmp = `${path}.part`
  try {
    writeFileSync(tmp, data)
    renameSync(tmp, path)
  } catch (e) {
    rmSync(tmp, { force: true })
    const err = e as NodeJS.ErrnoException & { dest?: string }
    if (err.path === tmp) {
      err.path = path
      delete err.dest
    }
    throw err
  }
}
