import { activityExemption } from '../../../shared/rules/register/art30Exemption'
import { nationalDpiaList } from '../../../shared/reference/dpiaLists'
import { readProfile } from '../services/profileService'
import { deleteActivity, getActivity, saveActivity } from '../services/register/activityService'
import { listActivitySummaries, registerFindings } from '../services/register/completenessService'
import { getScreening, saveScreening } from '../services/register/dpiaService'
import { exportRegister } from '../services/register/exportService'
import { importRegister } from '../services/register/importService'
import '../services/register/reviewDeadlines'
import { allSystems, deleteSystem, saveSystem } from '../services/register/systemService'
import { applyTemplate, listTemplates } from '../services/register/templateService'
import { deleteVendor, getVendor, listVendorSummaries, saveVendor } from '../services/register/vendorService'
import type { Session } from '../session'
import type { Handlers } from './types'

// Handlers of the register module (issue 4), one per channel in shared/ipc/channels/register.ts.

const changed = (s: Session, entity: string, entityId?: string) =>
  s.emit('workspace.changed', { entity, ...(entityId ? { entityId } : {}) })

export const registerHandlers: Handlers = {
  'register.listActivities': (_i, s) => listActivitySummaries(s.workspace),
  'register.getActivity': (input, s) => {
    const ws = s.workspace
    const { activity, dependents } = getActivity(ws, input.id)
    const screening = getScreening(ws, input.id)
    return {
      activity,
      dependents,
      findings: registerFindings(ws, input.id),
      screening,
      // Unknown head count keeps the duty (Art. 30(5)); the profile records it when the user knows it.
      exemption: activityExemption(activity, readProfile(s.workspace).employees, screening?.result),
    }
  },
  'register.saveActivity': (input, s) => {
    const { activity, changed: c } = saveActivity(s.workspace, input)
    if (c) changed(s, 'activity', activity.id)
    return activity
  },
  'register.deleteActivity': (input, s) => {
    deleteActivity(s.workspace, input.id)
    changed(s, 'activity', input.id)
    return { deleted: true as const }
  },
  'register.listVendors': (_i, s) => listVendorSummaries(s.workspace),
  'register.getVendor': (input, s) => getVendor(s.workspace, input.id),
  'register.saveVendor': (input, s) => {
    const { vendor, changed: c } = saveVendor(s.workspace, input)
    if (c) changed(s, 'vendor', vendor.id)
    return vendor
  },
  'register.deleteVendor': (input, s) => {
    deleteVendor(s.workspace, input.id)
    changed(s, 'vendor', input.id)
    return { deleted: true as const }
  },
  'register.listSystems': (_i, s) => allSystems(s.workspace),
  'register.saveSystem': (input, s) => {
    const { system, changed: c } = saveSystem(s.workspace, input)
    if (c) changed(s, 'system', system.id)
    return system
  },
  'register.deleteSystem': (input, s) => {
    deleteSystem(s.workspace, input.id)
    changed(s, 'system', input.id)
    return { deleted: true as const }
  },
  'register.listTemplates': (input, s) =>
    listTemplates(s.options.resourcesDir, input.lang ?? (s.hasWorkspace ? readProfile(s.workspace).language : 'en')),
  'register.applyTemplate': (input, s) => {
    const activity = applyTemplate(s.workspace, s.options.resourcesDir, input)
    changed(s, 'activity', activity.id)
    return activity
  },
  'register.findings': (input, s) => registerFindings(s.workspace, input.activityId),
  'register.dpiaQuestions': (_i, s) => {
    const authority = readProfile(s.workspace).leadAuthority ?? null
    const list = nationalDpiaList(authority ?? undefined)
    return {
      authority,
      nationalList: list ? { ...list, items: list.items.map((i) => ({ id: i.id, wp248: [...i.wp248], text: { ...i.text } })) } : null,
    }
  },
  'register.saveDpiaScreening': (input, s) => {
    const screening = saveScreening(s.workspace, input)
    changed(s, 'dpia_screening', input.activityId)
    return screening
  },
  'register.import': async (input, s) => {
    const result = await importRegister(s.workspace, input, { worker: s.options.importWorker, workerMinBytes: s.options.importWorkerMinBytes })
    if (result.applied) changed(s, 'register')
    return result
  },
  'register.export': (input, s) => exportRegister(s.workspace, input),
}
