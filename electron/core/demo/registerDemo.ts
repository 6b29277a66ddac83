import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import type { Language } from '../../../shared/reference/regimes'
import { saveActivity } from '../services/register/activityService'
import { saveScreening } from '../services/register/dpiaService'
import { saveSystem } from '../services/register/systemService'
import { saveVendor } from '../services/register/vendorService'
import { registerDemoSeeder } from './demoSeeders'
import { localizeDemo } from './localizeDemo'

// The demo register (issue 4 item 10), from resources/demo/<sample>/register.json: the activities, vendors
// and systems the sample privacy notice describes, their texts in every language (localizeDemo.ts). Links
// are written in the file by the English name of the entry they point to and turned into ids here; every
// write goes through the services, so the demo is audited like real work. Values the notice does not give
// are marked "demo assumption" in the entries' notes.

const byName = z.object({ vendor: z.string().optional() }).passthrough()
const DemoRegisterSchema = z.object({
  source: z.string(),
  vendors: z.array(z.record(z.string(), z.unknown())),
  systems: z.array(byName),
  activities: z.array(
    z
      .object({
        name: z.string(),
        recipients: z.array(byName).default([]),
        transfers: z.array(byName).default([]),
        systems: z.array(z.string()).default([]),
        dpiaScreening: z.record(z.string(), z.unknown()).optional(),
      })
      .passthrough(),
  ),
})

/** The English name of each entry of a list in the file: what links to the entry. */
const EnglishNames = z.array(
  z.object({ name: z.unknown() }).transform((e) => String(localizeDemo(e.name, 'en'))),
)

export function seedDemoRegister(
  ws: Parameters<typeof saveVendor>[0],
  file: string,
  language: Language = 'en',
): void {
  const raw = JSON.parse(readFileSync(file, 'utf8'))
  const data = DemoRegisterSchema.parse(localizeDemo(raw, language))
  const linkNames = z.object({ vendors: EnglishNames, systems: EnglishNames }).parse(raw)
  const vendorIds = new Map<string, string>()
  data.vendors.forEach((v, i) => vendorIds.set(linkNames.vendors[i], saveVendor(ws, v).vendor.id))
  const vendorId = (name: string | undefined) => {
    if (name === undefined) return undefined
    const id = vendorIds.get(name)
    if (!id) throw new Error(`${file}: no demo vendor is called "${name}"`)
    return id
  }
  const systemIds = new Map<string, string>()
  data.systems.forEach(({ vendor, ...s }, i) => {
    const { system } = saveSystem(ws, { ...s, ...(vendor ? { vendorId: vendorId(vendor) } : {}) })
    systemIds.set(linkNames.systems[i], system.id)
  })
  for (const { recipients, transfers, systems, dpiaScreening, ...a } of data.activities) {
    const { activity } = saveActivity(ws, {
      ...a,
      recipients: recipients.map(({ vendor, ...r }) => ({ ...r, ...(vendor ? { vendorId: vendorId(vendor) } : {}) })),
      transfers: transfers.map(({ vendor, ...t }) => ({ ...t, ...(vendor ? { vendorId: vendorId(vendor) } : {}) })),
      systemIds: systems.map((name) => {
        const id = systemIds.get(name)
        if (!id) throw new Error(`${file}: no demo system is called "${name}"`)
        return id
      }),
    })
    if (dpiaScreening) saveScreening(ws, { ...dpiaScreening, activityId: activity.id })
  }
}

registerDemoSeeder({
  order: 10,
  name: 'register',
  seed({ ws, resourcesDir, sample, language }) {
    seedDemoRegister(ws, join(resourcesDir, 'demo', sample, 'register.json'), language)
  },
})
