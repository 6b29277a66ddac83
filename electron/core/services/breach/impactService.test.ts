import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ManualClock } from '../../clock'
import type { Workspace } from '../../store/workspace'
import { tempDir } from '../../testing/tempDir'
import { createWorkspace } from '../workspaceService'
import { createBreach } from './breachService'
import { laptopBreach, NOW } from './breachTestKit'
import { breachImpact } from './impactService'
import { saveActivity } from '../register/activityService'
import { saveVendor } from '../register/vendorService'

// Issue 6 item 6: from the linked activities, the people and data concerned, the processors involved, the
// countries, and so the regimes and authorities, read from the register (issue 4) through its services.
let tmp: ReturnType<typeof tempDir>
let ws: Workspace
beforeEach(() => {
  tmp = tempDir()
  ws = createWorkspace(
    { path: join(tmp.dir, 'i.pwb'), legalName: 'Vimage S.r.l.', country: 'IT', timeZone: 'Europe/Rome' },
    { clock: new ManualClock(NOW), actor: 't' },
  )
})
afterEach(() => {
  ws.close()
  tmp.cleanup()
})

describe('impact query over the register', () => {
  it('says the register is still empty, and the facts then come from the breach record alone', () => {
    const i = breachImpact(ws, createBreach(ws, laptopBreach({ subjectCountries: ['IT'] })).id)
    expect(i.registerAvailable).toBe(false)
    expect(i.activities).toEqual([])
    expect(i.countries).toEqual(['IT'])
  })

  it('gathers people, data, processors and countries from the linked activity, and suggests the regimes', () => {
    const mail = saveVendor(ws, { name: 'MailCo', country: 'IE', role: 'processor', dataLocations: ['GB'], dpa: { signed: true } }).vendor
    const crm = saveActivity(ws, {
      name: 'Customer relations',
      dataSubjectCategories: ['Customers'],
      dataCategories: [{ name: 'Health notes', special: 'health', retention: { criteria: 'Until the contract ends' } }],
      recipients: [{ kind: 'vendor', vendorId: mail.id }],
    }).activity
    const b = createBreach(ws, laptopBreach({ activityIds: [crm.id], subjectCategories: [], dataCategories: [] }))
    const i = breachImpact(ws, b.id)
    expect(i.registerAvailable).toBe(true)
    expect(i.activities).toEqual([{ id: crm.id, name: 'Customer relations' }])
    expect(i.subjectCategories).toEqual(['Customers'])
    expect(i.dataCategories).toEqual([{ name: 'Health notes', special: true }])
    expect(i.specialCategories).toBe(true)
    expect(i.vendors).toEqual([{ id: mail.id, name: 'MailCo', role: 'processor', country: 'IE' }])
    expect(i.countries).toEqual(['GB', 'IE'])
    expect(i.suggestedRegimes).toEqual([{ regime: 'uk_gdpr', country: 'GB' }])
  })
})
