import { rmSync } from 'node:fs'
import { initialProfile } from '../../../shared/domain/organisation'
import { CreateWorkspaceInputSchema, type CreateWorkspaceInput } from '../../../shared/domain/workspace'
import type { Clock } from '../clock'
import { openWorkspace } from '../store/openWorkspace'
import type { Workspace } from '../store/workspace'
import { saveProfile } from './profileService'

export interface WorkspaceDeps {
  clock: Clock
  actor: string
  idleCheckpointMs?: number
}

/** Creates the file and its first profile; a failure leaves no half-made file behind. */
export function createWorkspace(raw: CreateWorkspaceInput, deps: WorkspaceDeps): Workspace {
  const input = CreateWorkspaceInputSchema.parse(raw)
  const ws = openWorkspace(input.path, { ...deps, create: true })
  try {
    saveProfile(ws, initialProfile({ legalName: input.legalName, country: input.country, timeZone: input.timeZone, language: input.language }))
    ws.checkpoint()
    return ws
  } catch (e) {
    ws.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${ws.path}${suffix}`, { force: true })
    throw e
  }
}

export function openExistingWorkspace(path: string, deps: WorkspaceDeps): Workspace {
  return openWorkspace(path, { ...deps, create: false })
}
