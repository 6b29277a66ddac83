import { createDemoWorkspace } from '../demo/createDemoWorkspace'
import { createWorkspace, openExistingWorkspace } from '../services/workspaceService'
import type { Session } from '../session'
import type { Handlers } from './types'

const deps = (s: Session) => ({ clock: s.options.clock, actor: s.actor, idleCheckpointMs: s.options.idleCheckpointMs })

export const workspaceHandlers: Handlers = {
  'app.info': (_i, s) => ({
    version: s.options.appVersion ?? '0.0.0',
    host: s.options.host,
    defaultWorkspaceDir: s.options.defaultWorkspaceDir,
  }),
  'workspace.create': (input, s) => {
    const info = s.adopt(createWorkspace(input, deps(s)))
    s.emit('workspace.changed', { entity: 'workspace' })
    return info
  },
  'workspace.createDemo': async (input, s) => {
    const ws = await createDemoWorkspace(
      input.path,
      { ...deps(s), resourcesDir: s.options.resourcesDir },
      input.sample,
      input.language,
    )
    const info = s.adopt(ws)
    s.emit('workspace.changed', { entity: 'workspace' })
    return info
  },
  'workspace.open': (input, s) => {
    if (s.hasWorkspace && s.workspace.path === input.path) return s.info()
    const info = s.adopt(openExistingWorkspace(input.path, deps(s)))
    s.emit('workspace.changed', { entity: 'workspace' })
    return info
  },
  'workspace.close': (_i, s) => ({ closed: s.close() }),
  'workspace.current': (_i, s) => (s.hasWorkspace ? s.info() : null),
  'workspace.recent': (_i, s) => s.recent.list(),
}
