import type { Session } from '../session'
import { readProfile } from '../services/profileService'
import '../services/breach/breachDeadlines'
import {
  addAction,
  createBreach,
  logNotification,
  previewProposal,
  recordAssessment,
  recordDecision,
  recordDelayReason,
  setBreachStatus,
  setChecklistItem,
  updateBreach,
} from '../services/breach/breachService'
import { breachDetail, breachList } from '../services/breach/breachView'
import { breachImpact } from '../services/breach/impactService'
import { runningClocks } from '../services/breach/runningClocks'
import type { Handlers } from './types'

// Handlers of the breach module (issue 6), one per channel in shared/ipc/channels/breach.ts.
// Every write returns the fresh detail (clocks and statuses recomputed by the core) and tells the
// renderer the workspace changed.

function detail(s: Session, id: string) {
  const ws = s.workspace
  const profile = readProfile(ws)
  return ws.read((db) => breachDetail(db, profile, ws.now(), id))
}

function changed(s: Session, id: string) {
  s.emit('workspace.changed', { entity: 'breach', entityId: id })
  return detail(s, id)
}

export const breachHandlers: Handlers = {
  'breach.list': (_i, s) => {
    const ws = s.workspace
    const profile = readProfile(ws)
    const now = ws.now()
    return { items: ws.read((db) => breachList(db, profile, now)), now: now.toISOString(), timeZone: profile.timeZone }
  },
  'breach.get': (i, s) => detail(s, i.id),
  'breach.create': (i, s) => changed(s, createBreach(s.workspace, i).id),
  'breach.update': (i, s) => changed(s, updateBreach(s.workspace, i).id),
  'breach.setStatus': (i, s) => changed(s, setBreachStatus(s.workspace, i).id),
  'breach.addAction': (i, s) => {
    addAction(s.workspace, i)
    return changed(s, i.breachId)
  },
  'breach.previewProposal': (i) => previewProposal(i),
  'breach.assess': (i, s) => {
    recordAssessment(s.workspace, i)
    return changed(s, i.breachId)
  },
  'breach.decide': (i, s) => {
    recordDecision(s.workspace, i)
    return changed(s, i.breachId)
  },
  'breach.logNotification': (i, s) => {
    logNotification(s.workspace, s.actor, i)
    return changed(s, i.breachId)
  },
  'breach.recordDelayReason': (i, s) => {
    recordDelayReason(s.workspace, s.actor, i)
    return changed(s, i.breachId)
  },
  'breach.checklist': (i, s) => {
    setChecklistItem(s.workspace, s.actor, i)
    return changed(s, i.breachId)
  },
  'breach.impact': (i, s) => breachImpact(s.workspace, i.id),
  'breach.runningClocks': (_i, s) => runningClocks(s.workspace),
}
