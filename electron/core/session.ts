import { userInfo } from 'node:os'
import type { WorkspaceInfo } from '../../shared/domain/workspace'
import type { EventName, EventPayload } from '../../shared/ipc/contract'
import type { CoreOptions } from './coreTypes'
import { CoreError } from './errors'
import { RecentWorkspaces } from './services/recentWorkspaces'
import { readProfile } from './services/profileService'
import type { Workspace } from './store/workspace'
import { translator } from '../../shared/i18n/translate'

/** State one core holds: the open workspace (one per window/host) and how to reach the host. */
export class Session {
  readonly options: CoreOptions
  readonly actor: string
  readonly recent: RecentWorkspaces
  private current: Workspace | undefined
  private readonly emitFn: <E extends EventName>(name: E, payload: EventPayload<E>) => void

  constructor(options: CoreOptions, emit: <E extends EventName>(name: E, payload: EventPayload<E>) => void) {
    this.options = options
    this.actor = options.actor ?? safeUser()
    this.recent = new RecentWorkspaces(options.recentFile)
    this.emitFn = emit
  }

  get workspace(): Workspace {
    if (!this.current?.isOpen) throw new CoreError('NO_WORKSPACE', 'errors.noWorkspace')
    return this.current
  }

  get hasWorkspace(): boolean {
    return !!this.current?.isOpen
  }

  /** Makes `ws` the open workspace, closing any other first. */
  adopt(ws: Workspace): WorkspaceInfo {
    if (this.current && this.current !== ws) this.close()
    this.current = ws
    const info = this.info()
    this.recent.remember({ path: ws.path, organisationName: info.organisationName, openedAt: ws.now().toISOString() })
    return info
  }

  info(): WorkspaceInfo {
    const ws = this.workspace
    const profile = readProfile(ws)
    // Worded in the file's language, as everything else the core says about it.
    const t = translator(profile.language)
    return {
      id: ws.id,
      path: ws.path,
      schemaVersion: ws.schemaVersion,
      createdAt: ws.createdAt,
      organisationName: profile.legalName,
      // Times in them (when a stale lock was taken) in the organisation's zone, as its deadlines.
      warnings: ws.warnings.map((w) => t(w.key, { ...w.params, formatParams: { since: { timeZone: profile.timeZone } } })),
    }
  }

  close(): boolean {
    const ws = this.current
    this.current = undefined
    if (!ws?.isOpen) return false
    ws.close()
    this.emit('workspace.closed', { path: ws.path })
    return true
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    this.emitFn(name, payload)
  }
}

function safeUser(): string {
  try {
    return userInfo().username
  } catch {
    return 'user'
  }
}
