import { mkdirSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { z } from 'zod'
import { RecentWorkspaceSchema, type RecentWorkspace } from '../../../shared/domain/workspace'
import { writeFileAtomic } from '../files/writeFileAtomic'

const MAX = 12

/** The per-user list of recently opened workspaces (a small JSON file, written atomically). */
export class RecentWorkspaces {
  private readonly file: string | undefined
  constructor(file: string | undefined) {
    this.file = file
  }

  list(): RecentWorkspace[] {
    if (!this.file) return []
    try {
      return z.array(RecentWorkspaceSchema).parse(JSON.parse(readFileSync(this.file, 'utf8')))
    } catch {
      return [] // missing or unreadable: a preference, never worth an error
    }
  }

  remember(entry: RecentWorkspace): void {
    if (!this.file) return
    const next = [entry, ...this.list().filter((r) => r.path !== entry.path)].slice(0, MAX)
    mkdirSync(dirname(this.file), { recursive: true })
    writeFileAtomic(this.file, JSON.stringify(next, null, 2))
  }
}
