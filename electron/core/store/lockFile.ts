import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { CoreError } from '../errors'

export interface LockInfo {
  pid: number
  host: string
  since: string
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The holder as message values (the words around them are the caller's, in the user's language). */
export const holderParams = (info: LockInfo) => ({ pid: String(info.pid), host: info.host, since: info.since })

export interface Lock {
  release(): void
  /** A dead holder's lock was removed: its values, or 'unreadable' for a damaged lock file. */
  stale?: LockInfo | 'unreadable'
}

/**
 * A lock file beside the workspace, so a second opener (another window, the CLI, another machine on a
 * shared drive) gets a clear message instead of two writers. A lock left by a dead process on this
 * host is taken over, with a warning.
 */
export function acquireLock(path: string, now: Date): Lock {
  const lockPath = `${path}.lock`
  const me: LockInfo = { pid: process.pid, host: hostname(), since: now.toISOString() }
  let stale: LockInfo | 'unreadable' | undefined
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx')
      writeSync(fd, JSON.stringify(me))
      closeSync(fd)
      return {
        stale,
        release() {
          try {
            const cur = JSON.parse(readFileSync(lockPath, 'utf8')) as LockInfo
            if (cur.pid === me.pid && cur.host === me.host) unlinkSync(lockPath)
          } catch {
            // already gone: nothing to release
          }
        },
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      let info: LockInfo | undefined
      try {
        info = JSON.parse(readFileSync(lockPath, 'utf8')) as LockInfo
      } catch {
        info = undefined // unreadable or half-written lock: treat as stale
      }
      if (info && (info.host !== me.host || alive(info.pid)))
        throw new CoreError('LOCKED', 'errors.locked', { path, ...holderParams(info) })
      stale = info ?? 'unreadable'
      unlinkSync(lockPath)
    }
  }
  // Another opener took the lock between our removal of a stale one and our retry.
  throw new CoreError('LOCKED', 'errors.lockedRace', { path })
}
