import { collectDeadlines } from '../deadlines/registry'
import { readProfile } from '../services/profileService'
import type { Handlers } from './types'

export const deadlineHandlers: Handlers = {
  'deadlines.list': (input, s) => {
    const ws = s.workspace
    const p = readProfile(ws)
    const now = ws.now()
    const all = ws.read((db) => collectDeadlines({ db, now, timeZone: p.timeZone, country: p.country }))
    if (!input.withinDays) return all
    const horizon = new Date(now.getTime() + input.withinDays * 86_400_000).toISOString()
    // Overdue and still-open clocks always show; closed ones only inside the window.
    return all.filter((d) => d.dueAt <= horizon || d.status === 'missed')
  },
}
