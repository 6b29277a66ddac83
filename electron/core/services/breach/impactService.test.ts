import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ManualClock } from '../../clock'
import type { Workspace } from '../../store/workspace'
import { tempDir } from '../../testing/tempDir'
import { createWorkspace } from '../workspaceService'
import { createBreach } from './breachService'
import { laptopBreach, NOW } from './breachTestKit'
import { breachImpact } from './impactService'
import { registerAvailable } from './registerLookup'

// Issue 6 item 6: from the linked activities, the people and data concerned, the processors involved, the
// countries, and so the regimes and authorities. The register (issue 4) is read through its own tables
// when the workspace has them; rows are written here with plain SQL, as that module's schema stands.
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
  it('gathers people, data, processors and countries from the linked activity, and suggests the regimes', () => {
    if (!registerAvailable(ws.db)) {
      // Without the register's tables the links stay ids (covered in breachService.test.ts).
      expect(breachImpact(ws, createBreach(ws, laptopBreach({ activityIds: ['a1'] })).id).activities).toEqual([{ id: 'a1' }])
      return
    }
    const at = '2026-01-01T00:00:00Z'
    ws.db.exec(`
      INSERT INTO register_vendor (id, name, country, role, dpa_signed, created_at, updated_at)
        VALUES ('v-mail', 'MailCo', 'IE', 'processor', 1, '${at}', '${at}');
      INSERT INTO register_vendor_location (vendor_id, position, country) VALUES ('v-mail', 0, 'GB');
      INSERT INTO register_activity (id, name, status, role, collected_from_subject, automated_exists, occasional, created_at, updated_at)
        VALUES ('a-crm', 'Customer relations', 'active', 'controller', 1, 0, 0, '${at}', '${at}');
      INSERT INTO activity_subject_category (activity_id, position, name) VALUES ('a-crm', 0, 'Customers');
      INSERT INTO activity_data_category (activity_id, position, name, special, criminal, retention_action)
        VALUES ('a-crm', 0, 'Health notes', 'health', 0, 'delete');
      INSERT INTO activity_recipient (activity_id, position, kind, vendor_id) VALUES ('a-crm', 0, 'vendor', 'v-mail');
    `)
    const b = createBreach(ws, laptopBreach({ activityIds: ['a-crm'], subjectCategories: [], dataCategories: [] }))
    const i = breachImpact(ws, b.id)
    expect(i.registerAvailable).toBe(true)
    expect(i.activities).toEqual([{ id: 'a-crm', name: 'Customer relations' }])
    expect(i.subjectCategories).toEqual(['Customers'])
    expect(i.dataCategories).toEqual([{ name: 'Health notes', special: true }])
    expect(i.specialCategories).toBe(true)
    expect(i.vendors).toEqual([{ id: 'v-mail', name: 'MailCo', role: 'processor', country: 'IE' }])
    expect(i.countries).toEqual(['GB', 'IE'])
    expect(i.suggestedRegimes).toEqual([{ regime: 'uk_gdpr', country: 'GB' }])
  })
})
