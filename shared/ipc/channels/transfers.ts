import { z } from 'zod'
import { TransferFindingSchema } from '../../domain/transfers/finding'
import { TiaContentSchema, TiaSchema, TiaSummarySchema } from '../../domain/transfers/tia'
import { TransferInputSchema, TransferSchema } from '../../domain/transfers/transfer'
import {
  CountryInfoSchema,
  OverviewSchema,
  PackStatusSchema,
  TransferCandidateSchema,
  TransferDetailSchema,
  TransferSummarySchema,
} from '../../domain/transfers/views'
import { CountryAssessmentSchema } from '../../reference/countryPack/schema'

// Channels of the transfers module (issue 7). Spread into the contract in shared/ipc/contract.ts.
const empty = z.object({}).strict()
const byId = z.object({ id: z.string().min(1) }).strict()
const country = z
  .object({
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { message: 'validation.country' }),
  })
  .strict()
/** A file's text, read by the renderer from the file the user picked (no paths cross the wall). */
const fileText = z
  .object({
    text: z
      .string()
      .min(1, { message: 'validation.required' })
      .max(5_000_000, { message: 'validation.tooLong' }),
  })
  .strict()

export const transfersChannels = {
  'transfers.list': { input: empty, output: z.array(TransferSummarySchema) },
  'transfers.get': { input: byId, output: TransferDetailSchema },
  'transfers.save': { input: TransferInputSchema, output: TransferSchema },
  'transfers.delete': { input: byId, output: z.object({ deleted: z.boolean() }) },
  'transfers.findings': { input: empty, output: z.array(TransferFindingSchema) },
  'transfers.overview': { input: empty, output: OverviewSchema },
  // Vendors of the register outside the EEA with no transfer yet, and making transfers from them.
  'transfers.candidates': { input: empty, output: z.array(TransferCandidateSchema) },
  'transfers.createFromVendors': {
    input: z.object({ vendorIds: z.array(z.string().min(1)).optional() }).strict(),
    output: z.array(TransferSchema),
  },
  'transfers.tia.list': {
    input: z.object({ transferId: z.string().min(1).optional() }).strict(),
    output: z.array(TiaSummarySchema),
  },
  'transfers.tia.get': { input: byId, output: TiaSchema },
  'transfers.tia.start': { input: z.object({ transferId: z.string().min(1) }).strict(), output: TiaSchema },
  // Saving a final TIA makes a new draft version; the final one is never changed.
  'transfers.tia.save': {
    input: z.object({ id: z.string().min(1), content: TiaContentSchema }).strict(),
    output: TiaSchema,
  },
  'transfers.tia.newVersion': { input: byId, output: TiaSchema },
  'transfers.tia.finalise': {
    input: z
      .object({ id: z.string().min(1), signedBy: z.string(), signedRole: z.string().optional() })
      .strict(),
    output: TiaSchema,
  },
  'transfers.tia.deleteDraft': { input: byId, output: z.object({ deleted: z.boolean() }) },
  'transfers.pack.status': { input: empty, output: PackStatusSchema },
  'transfers.pack.import': { input: fileText, output: PackStatusSchema },
  'transfers.countries.list': { input: empty, output: z.array(CountryInfoSchema) },
  'transfers.countries.get': { input: country, output: CountryInfoSchema },
  'transfers.countries.saveOverride': { input: CountryAssessmentSchema, output: CountryAssessmentSchema },
  'transfers.countries.deleteOverride': { input: country, output: z.object({ deleted: z.boolean() }) },
  'transfers.countries.exportOverrides': {
    input: z
      .object({
        out: z
          .string()
          .regex(/\.json$/i, { message: 'transfers:errors.jsonPath' })
          .optional(),
      })
      .strict(),
    output: z.object({ path: z.string(), count: z.number().int() }),
  },
  'transfers.countries.importOverrides': {
    input: fileText,
    output: z.object({ count: z.number().int(), countries: z.array(z.string()) }),
  },
} as const

/** Report types this module registers (electron/core/reports). */
export const TRANSFERS_REPORTS = ['transfers', 'tia'] as const
