import type { Session } from '../session'
import {
  countryInfo,
  deleteOverride,
  exportOverrides,
  importOverrides,
  importPack,
  listCountries,
  packStatus,
  saveOverride,
} from '../services/transfers/countryPackService'
import '../services/transfers/tiaDeadlines'
import {
  deleteTiaDraft,
  finaliseTia,
  getTia,
  listTias,
  newTiaVersion,
  saveTia,
  startTia,
} from '../services/transfers/tiaService'
import {
  createFromVendors,
  deleteTransfer,
  getTransfer,
  listTransfers,
  saveTransfer,
  transferCandidates,
  transferFindings,
  transferOverview,
} from '../services/transfers/transferService'
import type { Handlers } from './types'

// Handlers of the transfers module (issue 7), one per channel in shared/ipc/channels/transfers.ts.
const changed = <T extends { id: string }>(s: Session, entity: string, r: T): T => {
  s.emit('workspace.changed', { entity, entityId: r.id })
  return r
}

export const transfersHandlers: Handlers = {
  'transfers.list': (_i, s) => listTransfers(s.workspace),
  'transfers.get': (i, s) => getTransfer(s.workspace, i.id),
  'transfers.save': (i, s) => changed(s, 'transfer', saveTransfer(s.workspace, i)),
  'transfers.delete': (i, s) => {
    deleteTransfer(s.workspace, i.id)
    s.emit('workspace.changed', { entity: 'transfer', entityId: i.id })
    return { deleted: true }
  },
  'transfers.findings': (_i, s) => transferFindings(s.workspace),
  'transfers.overview': (_i, s) => transferOverview(s.workspace),
  'transfers.candidates': (_i, s) => transferCandidates(s.workspace),
  'transfers.createFromVendors': (i, s) => {
    const made = createFromVendors(s.workspace, i.vendorIds)
    if (made.length) s.emit('workspace.changed', { entity: 'transfer' })
    return made
  },
  'transfers.tia.list': (i, s) => listTias(s.workspace, i.transferId),
  'transfers.tia.get': (i, s) => getTia(s.workspace, i.id),
  'transfers.tia.start': (i, s) => changed(s, 'tia', startTia(s.workspace, i.transferId)),
  'transfers.tia.save': (i, s) => changed(s, 'tia', saveTia(s.workspace, i)),
  'transfers.tia.newVersion': (i, s) => changed(s, 'tia', newTiaVersion(s.workspace, i.id)),
  'transfers.tia.finalise': (i, s) => changed(s, 'tia', finaliseTia(s.workspace, i)),
  'transfers.tia.deleteDraft': (i, s) => {
    deleteTiaDraft(s.workspace, i.id)
    s.emit('workspace.changed', { entity: 'tia', entityId: i.id })
    return { deleted: true }
  },
  'transfers.pack.status': (_i, s) => packStatus(s.workspace),
  'transfers.pack.import': (i, s) => {
    const r = importPack(s.workspace, i.text)
    s.emit('workspace.changed', { entity: 'country_pack' })
    return r
  },
  'transfers.countries.list': (_i, s) => listCountries(s.workspace),
  'transfers.countries.get': (i, s) => countryInfo(s.workspace, i.country),
  'transfers.countries.saveOverride': (i, s) => {
    const r = saveOverride(s.workspace, i)
    s.emit('workspace.changed', { entity: 'country_override', entityId: r.country })
    return r
  },
  'transfers.countries.deleteOverride': (i, s) => {
    const deleted = deleteOverride(s.workspace, i.country)
    if (deleted) s.emit('workspace.changed', { entity: 'country_override', entityId: i.country })
    return { deleted }
  },
  'transfers.countries.exportOverrides': (i, s) => exportOverrides(s.workspace, i.out),
  'transfers.countries.importOverrides': (i, s) => {
    const r = importOverrides(s.workspace, i.text)
    s.emit('workspace.changed', { entity: 'country_override' })
    return r
  },
}
