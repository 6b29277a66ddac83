import { z } from 'zod'
import { ActivityInputSchema, ActivitySchema, ActivitySummarySchema } from '../../domain/register/activity'
import { ActivityDependentsSchema, LinkingBreachSchema } from '../../domain/register/dependents'
import { DpiaScreeningInputSchema, DpiaScreeningSchema } from '../../domain/register/dpia'
import { EntityIdSchema } from '../../domain/register/fields'
import { FindingSchema } from '../../domain/register/finding'
import { ExportInputSchema, ExportResultSchema, ImportInputSchema, ImportResultSchema } from '../../domain/register/importExport'
import { SystemInputSchema, SystemSchema } from '../../domain/register/system'
import { TemplateSummarySchema } from '../../domain/register/template'
import { VendorInputSchema, VendorSchema, VendorSummarySchema } from '../../domain/register/vendor'
import { LANGUAGES } from '../../reference/regimes'

// Channels of the register module (issue 4). Spread into the contract in shared/ipc/contract.ts.
const empty = z.object({}).strict()
const byId = z.object({ id: EntityIdSchema }).strict()
const deleted = z.object({ deleted: z.literal(true) })

const ExemptionSchema = z.object({
  exempt: z.boolean(),
  blockers: z.array(z.enum(['employeesUnknown', 'employees250', 'likelyRisk', 'notOccasional', 'specialOrCriminal'])),
})

const VendorDependentsSchema = z.object({
  activities: z.array(z.object({ id: z.string(), name: z.string(), status: z.string(), as: z.array(z.enum(['recipient', 'transfer'])) })),
  systems: z.array(z.object({ id: z.string(), name: z.string() })),
  transfers: z.array(z.object({ id: z.string(), country: z.string(), as: z.enum(['importer', 'exporter']) })),
  /** Breaches that name the vendor, real ones first; drills are listed too, flagged (they never hold back a deletion). */
  breaches: z.array(LinkingBreachSchema),
})

const NationalListSchema = z.object({
  country: z.string(),
  authority: z.string(),
  act: z.string(),
  adopted: z.string(),
  source: z.string(),
  asOf: z.string(),
  verified: z.boolean(),
  items: z.array(z.object({ id: z.string(), wp248: z.array(z.string()), text: z.object({ en: z.string(), it: z.string(), fr: z.string() }) })),
})

export const registerChannels = {
  // The register list: one summary row per activity (filters run in the renderer's table).
  'register.listActivities': { input: empty, output: z.array(ActivitySummarySchema) },
  'register.getActivity': {
    input: byId,
    output: z.object({
      activity: ActivitySchema,
      findings: z.array(FindingSchema),
      screening: DpiaScreeningSchema.nullable(),
      /** Art. 30(5): whether the entry could be exempt, and why not (the app keeps it anyway). */
      exemption: ExemptionSchema,
      /** Breaches, transfers and requests that name the activity (shown before it is retired or deleted). */
      dependents: ActivityDependentsSchema,
    }),
  },
  // No id = create; with an id = update (audited, before/after). Returns the saved entry.
  'register.saveActivity': { input: ActivityInputSchema, output: ActivitySchema },
  'register.deleteActivity': { input: byId, output: deleted },
  'register.listVendors': { input: empty, output: z.array(VendorSummarySchema) },
  'register.getVendor': { input: byId, output: z.object({ vendor: VendorSchema, dependents: VendorDependentsSchema }) },
  'register.saveVendor': { input: VendorInputSchema, output: VendorSchema },
  // Refused while an activity, system, transfer or real (not drill) breach still names the vendor.
  'register.deleteVendor': { input: byId, output: deleted },
  'register.listSystems': { input: empty, output: z.array(SystemSchema) },
  'register.saveSystem': { input: SystemInputSchema, output: SystemSchema },
  'register.deleteSystem': { input: byId, output: deleted },
  'register.listTemplates': {
    input: z.object({ lang: z.enum(LANGUAGES).optional() }).strict(),
    output: z.array(TemplateSummarySchema),
  },
  // Creates an ordinary draft from a template (in the workspace language unless `lang` is given).
  'register.applyTemplate': {
    input: z.object({ templateId: z.string().min(1), lang: z.enum(LANGUAGES).optional(), name: z.string().trim().min(1).max(200).optional() }).strict(),
    output: ActivitySchema,
  },
  // Completeness findings of one activity, or of the whole register (dashboard card).
  'register.findings': {
    input: z.object({ activityId: EntityIdSchema.optional() }).strict(),
    output: z.array(FindingSchema),
  },
  // The Art. 35(4) list of the organisation's lead authority, when this app keeps it.
  'register.dpiaQuestions': {
    input: empty,
    output: z.object({ authority: z.string().nullable(), nationalList: NationalListSchema.nullable() }),
  },
  'register.saveDpiaScreening': { input: DpiaScreeningInputSchema, output: DpiaScreeningSchema },
  // Validates every row first; applies all in one transaction or nothing. Errors name row and column.
  'register.import': { input: ImportInputSchema, output: ImportResultSchema },
  'register.export': { input: ExportInputSchema, output: ExportResultSchema },
} as const

/** Report types this module registers (electron/core/reports). */
export const REGISTER_REPORTS = ['ropa'] as const
