import { z } from 'zod'
import {
  EntityIdSchema,
  LocalDateSchema,
  optionalDate,
  optionalText,
  RegisterCountrySchema,
  requiredText,
  stringList,
} from '../register/fields'

// A transfer of personal data to a country outside the EEA (GDPR Chapter V), as the inventory records it
// (issue 7 item 1; REFERENCE.md §5.3, §5.5). Codes are stable: they are stored, printed and exported.

/**
 * Chapter V tools. `adequacy` = an Art. 45 decision (which one: `decisionId`); `dpf` = the EU-US Data
 * Privacy Framework, Decision (EU) 2023/1795, for a certified importer; Art. 46(2)(b)-(f) and 46(3);
 * `art49_derogation`; and the UK and Swiss instruments for exports from those countries (REFERENCE §5.7).
 */
export const TRANSFER_TOOL_CODES = [
  'adequacy',
  'dpf',
  'scc',
  'bcr',
  'code_of_conduct',
  'certification',
  'ad_hoc_clauses',
  'public_authority_arrangement',
  'art49_derogation',
  'uk_idta',
  'uk_addendum',
  'swiss_addendum',
] as const
export const TransferToolCodeSchema = z.enum(TRANSFER_TOOL_CODES, { message: 'validation.invalid' })
export type TransferToolCode = z.infer<typeof TransferToolCodeSchema>

/** Art. 46 tools: they need a transfer impact assessment after Schrems II (C-311/18; SCC clause 14). */
export const ART46_TOOLS: readonly TransferToolCode[] = [
  'scc',
  'bcr',
  'code_of_conduct',
  'certification',
  'ad_hoc_clauses',
  'public_authority_arrangement',
  'uk_idta',
  'uk_addendum',
  'swiss_addendum',
]

/** SCC 2021/914 modules: 1 C→C, 2 C→P, 3 P→P, 4 P→C. */
export const SCC_MODULES = [1, 2, 3, 4] as const
export const SccModuleSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  message: 'validation.invalid',
})

/** Art. 49(1)(a)-(g) and the second subparagraph ("compelling legitimate interests"). */
export const DEROGATION_CODES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'compelling'] as const
export const DerogationCodeSchema = z.enum(DEROGATION_CODES, { message: 'validation.invalid' })

export const IMPORTER_ROLES = ['processor', 'sub_processor', 'controller', 'joint_controller'] as const
export const ImporterRoleSchema = z.enum(IMPORTER_ROLES, { message: 'validation.invalid' })
export type ImporterRole = z.infer<typeof ImporterRoleSchema>

export const EXPORTER_ROLES = ['controller', 'processor'] as const
export const ExporterRoleSchema = z.enum(EXPORTER_ROLES, { message: 'validation.invalid' })

export const FREQUENCIES = ['one_off', 'occasional', 'regular', 'continuous'] as const
export const FrequencySchema = z.enum(FREQUENCIES, { message: 'validation.invalid' })

/** EDPB Rec. 01/2020 step 1: data sent, stored at the importer, or reached remotely from abroad. */
export const TRANSFER_FORMATS = ['in_transit', 'at_rest', 'remote_access'] as const
export const TransferFormatSchema = z.enum(TRANSFER_FORMATS, { message: 'validation.invalid' })

/** The DPF lists an importer can be on (EU-US; the UK Extension; the Swiss-US DPF). */
export const DPF_LISTS = ['eu_us', 'uk_extension', 'swiss_us'] as const
export const DpfListSchema = z.enum(DPF_LISTS, { message: 'validation.invalid' })

/** What the importer's certification covers (REFERENCE §8 Q28: HR or non-HR data). */
export const DPF_COVERAGE = ['non_hr', 'hr', 'both'] as const

const unique = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .default([])
    .refine((l) => new Set(l as unknown[]).size === (l as unknown[]).length, {
      message: 'validation.duplicate',
    })

/** One tool relied on, with what identifies it. */
export const TransferToolSchema = z
  .object({
    tool: TransferToolCodeSchema,
    /** `adequacy`: the decision's id in the country pack (e.g. 'JP', 'GB'). */
    decisionId: optionalText(16),
    /** `scc`: the module. */
    sccModule: SccModuleSchema.optional(),
    /** Date the clauses / IDTA / addendum were signed (or accepted with the vendor's DPA). */
    signedOn: optionalDate,
    /** BCRs, code or certification name, ad hoc clauses' authorisation, contract reference. */
    reference: optionalText(300),
    /** `art49_derogation`: which one, and why the transfer is occasional and necessary (EDPB GL 2/2018). */
    derogation: DerogationCodeSchema.optional(),
    derogationReason: optionalText(1000),
  })
  .superRefine((t, ctx) => {
    const need = (field: string, ok: unknown) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [field], message: 'validation.required' })
    }
    if (t.tool === 'adequacy') need('decisionId', t.decisionId)
    if (t.tool === 'scc') need('sccModule', t.sccModule)
    if (t.tool === 'art49_derogation') {
      need('derogation', t.derogation)
      need('derogationReason', t.derogationReason)
    }
  })
export type TransferTool = z.infer<typeof TransferToolSchema>
export type TransferToolInput = z.input<typeof TransferToolSchema>

/** The user's record of checking the DPF List by hand (the app makes no online lookup). */
export const DpfCheckSchema = z.object({
  certified: z.boolean(),
  checkedOn: LocalDateSchema,
  lists: unique(DpfListSchema),
  covers: z.enum(DPF_COVERAGE, { message: 'validation.invalid' }).default('non_hr'),
  checkedBy: optionalText(200),
  note: optionalText(500),
})
export type DpfCheck = z.infer<typeof DpfCheckSchema>

/** A transfer the importer makes onward (a sub-processor), with its country and tool. */
export const OnwardTransferSchema = z.object({
  recipient: requiredText(200),
  country: RegisterCountrySchema,
  tool: TransferToolCodeSchema.optional(),
  note: optionalText(500),
})
export type OnwardTransfer = z.infer<typeof OnwardTransferSchema>

export const TransferInputSchema = z
  .object({
    /** Absent = a new transfer. */
    id: EntityIdSchema.optional(),
    /** Exporter: the processing activity of the register the data comes from. */
    activityId: EntityIdSchema.optional(),
    /** Exporter when the transfer is an onward one made by a vendor (e.g. an EEA processor to its US parent). */
    exporterVendorId: EntityIdSchema.optional(),
    exporterRole: ExporterRoleSchema.default('controller'),
    /** Importer: a vendor of the register. */
    importerVendorId: EntityIdSchema,
    importerCountry: RegisterCountrySchema,
    importerRole: ImporterRoleSchema.default('processor'),
    purpose: optionalText(1000),
    dataCategories: stringList(200),
    dataSubjects: stringList(200),
    specialCategories: z.boolean().default(false),
    criminalData: z.boolean().default(false),
    volume: optionalText(300),
    frequency: FrequencySchema.default('continuous'),
    formats: unique(TransferFormatSchema),
    tools: z
      .array(TransferToolSchema)
      .default([])
      .superRefine((list, ctx) => {
        const seen = new Set<string>()
        list.forEach((t, i) => {
          if (seen.has(t.tool))
            ctx.addIssue({ code: 'custom', path: [i, 'tool'], message: 'validation.duplicate' })
          seen.add(t.tool)
        })
      }),
    dpfCheck: DpfCheckSchema.optional(),
    onward: z.array(OnwardTransferSchema).default([]),
    status: z.enum(['active', 'ended'], { message: 'validation.invalid' }).default('active'),
    notes: optionalText(4000),
  })
  .superRefine((t, ctx) => {
    if (t.exporterVendorId && t.exporterVendorId === t.importerVendorId)
      ctx.addIssue({ code: 'custom', path: ['exporterVendorId'], message: 'validation.invalid' })
  })
export type TransferInput = z.input<typeof TransferInputSchema>
export type TransferData = z.infer<typeof TransferInputSchema>

export const TransferSchema = TransferInputSchema.safeExtend({
  id: EntityIdSchema,
  importerName: z.string(),
  exporterVendorName: z.string().optional(),
  activityName: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Transfer = z.infer<typeof TransferSchema>
