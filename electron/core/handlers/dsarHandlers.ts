import { join } from 'node:path'
import { DsarSuggestInputSchema } from '../../../shared/domain/dsar/inputs'
import { suggestRegime } from '../../../shared/rules/dsar/suggestRegime'
import { localIsoMinutes } from '../../../shared/rules/calendar'
import { readProfile } from '../services/profileService'
import { addAttachment, exportAttachment } from '../services/dsar/attachmentService'
import {
  extendCase,
  getCaseView,
  listRows,
  saveArt125,
  saveCase,
  saveIdentity,
  transitionCase,
} from '../services/dsar/caseService'
import { addEvent, deleteEvent, deleteSearch, saveDecision, saveSearch } from '../services/dsar/caseRecords'
import { createLetter } from '../services/dsar/letterService'
import { purgeCase } from '../services/dsar/purgeService'
import { readSettings, saveSettings } from '../services/dsar/settingsService'
import { searchSources } from '../repositories/dsar/registerSources'
import '../services/dsar/dsarDeadlines'
import type { Session } from '../session'
import type { Handlers } from './types'

// Handlers of the dsar module (issue 5), one per channel in shared/ipc/channels/dsar.ts. Importing
// dsarDeadlines registers the module's deadline provider.

/** After a write: the renderer refetches, the dashboard and reminders see the new dates. */
function changed<T extends { case: { id: string } }>(s: Session, v: T): T {
  s.emit('workspace.changed', { entity: 'dsar', entityId: v.case.id })
  return v
}

export const dsarHandlers: Handlers = {
  'dsar.list': (_i, s) => listRows(s.workspace),
  'dsar.get': (i, s) => getCaseView(s.workspace, i.id),
  'dsar.save': (i, s) => changed(s, saveCase(s.workspace, i)),
  'dsar.suggest': (i, s) => {
    const p = readProfile(s.workspace)
    const { requesterCountry } = DsarSuggestInputSchema.parse(i)
    const local = localIsoMinutes(s.workspace.now(), p.timeZone) // 'YYYY-MM-DDTHH:MM±hh:mm'
    return {
      ...suggestRegime(p.regimes, p.country, requesterCountry),
      today: local.slice(0, 10),
      time: local.slice(11, 16),
    }
  },
  'dsar.transition': (i, s) => changed(s, transitionCase(s.workspace, i)),
  'dsar.extend': (i, s) => changed(s, extendCase(s.workspace, i)),
  'dsar.identity': (i, s) => changed(s, saveIdentity(s.workspace, i)),
  'dsar.art125': (i, s) => changed(s, saveArt125(s.workspace, i)),
  'dsar.eventAdd': (i, s) => changed(s, addEvent(s.workspace, i)),
  'dsar.eventDelete': (i, s) => changed(s, deleteEvent(s.workspace, i)),
  'dsar.decisionSave': (i, s) => changed(s, saveDecision(s.workspace, i)),
  'dsar.searchSources': (_i, s) => s.workspace.read(searchSources),
  'dsar.searchSave': (i, s) => changed(s, saveSearch(s.workspace, i)),
  'dsar.searchDelete': (i, s) => changed(s, deleteSearch(s.workspace, i)),
  'dsar.attachmentAdd': (i, s) => changed(s, addAttachment(s.workspace, i)),
  'dsar.attachmentExport': (i, s) => exportAttachment(s.workspace, i),
  'dsar.letterCreate': async (i, s) => {
    const out = await createLetter(s.workspace, i, {
      resourcesDir: s.options.resourcesDir,
      fontsDir: join(s.options.resourcesDir, 'fonts'),
    })
    changed(s, out.view)
    return out
  },
  'dsar.settingsGet': (_i, s) => s.workspace.read(readSettings),
  'dsar.settingsSave': (i, s) => {
    const out = saveSettings(s.workspace, i)
    s.emit('workspace.changed', { entity: 'dsar_settings' })
    return out
  },
  'dsar.purge': (i, s) => changed(s, purgeCase(s.workspace, i, s.actor)),
}
