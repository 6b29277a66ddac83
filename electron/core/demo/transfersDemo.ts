import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { AnswerSchema, TiaContentSchema } from '../../../shared/domain/transfers/tia'
import { finaliseTia, saveTia, startTia } from '../services/transfers/tiaService'
import { saveTransfer } from '../services/transfers/transferService'
import { registerDemoSeeder, type DemoContext } from './demoSeeders'
import { localizeDemo } from './localizeDemo'
import { missing, registerNames } from './registerNames'

// The demo transfers (issue 7 item 7), from resources/demo/<sample>/transfers.json: the transfers of the
// sample notice's sub-processor table, with the tools it states, linked to the register's vendors and
// activities by their English names (the register's seeder runs first; registerNames.ts), and one
// completed, signed TIA, its texts in the demo's language. Every write goes through the services, so the
// demo is audited like real work.

const DemoTransfersSchema = z.object({
  source: z.string(),
  transfers: z.array(z.object({ importer: z.string(), activity: z.string().optional() }).passthrough()),
  tia: z
    .object({
      importer: z.string(),
      signedBy: z.string(),
      signedRole: z.string().optional(),
      answers: z
        .object({
          step3: z
            .object({ laws: z.record(z.string(), AnswerSchema).default({}) })
            .passthrough()
            .default({ laws: {} }),
        })
        .passthrough(),
    })
    .optional(),
})

export function seedDemoTransfers(ctx: DemoContext, file: string): void {
  const { ws } = ctx
  const data = DemoTransfersSchema.parse(localizeDemo(JSON.parse(readFileSync(file, 'utf8')), ctx.language))
  const { vendorId, activityId } = registerNames(ctx)
  const transferIds = new Map<string, string>()
  for (const { importer, activity, ...rest } of data.transfers) {
    const importerVendorId = vendorId(importer)
    if (!importerVendorId) throw missing(file, `vendor "${importer}"`)
    const act = activity ? activityId(activity) : undefined
    if (activity && !act) throw missing(file, `activity "${activity}"`)
    const saved = saveTransfer(ws, { ...rest, importerVendorId, ...(act ? { activityId: act } : {}) })
    transferIds.set(importer, saved.id)
  }
  if (!data.tia) return
  const transferId = transferIds.get(data.tia.importer)
  if (!transferId) throw missing(file, `transfer to "${data.tia.importer}"`)
  const draft = startTia(ws, transferId)
  const { step3: answers3, ...answers } = data.tia.answers as Record<string, Record<string, unknown>> & {
    step3: { laws: Record<string, string> }
  }
  const { laws: lawAnswers, ...step3 } = answers3
  const c = draft.content
  const content = TiaContentSchema.parse({
    ...c,
    ...Object.fromEntries(
      Object.entries(answers).map(([k, v]) => [k, { ...(c as Record<string, object>)[k], ...v }]),
    ),
    step3: {
      ...c.step3,
      ...step3,
      laws: c.step3.laws.map((l) => (l.key && lawAnswers[l.key] ? { ...l, applies: lawAnswers[l.key] } : l)),
    },
  })
  saveTia(ws, { id: draft.id, content })
  finaliseTia(ws, { id: draft.id, signedBy: data.tia.signedBy, signedRole: data.tia.signedRole })
}

registerDemoSeeder({
  order: 40,
  name: 'transfers',
  seed(ctx) {
    const file = join(ctx.resourcesDir, 'demo', ctx.sample, 'transfers.json')
    // Samples without transfer data (their notice names no tool) get none.
    if (existsSync(file)) seedDemoTransfers(ctx, file)
  },
})
