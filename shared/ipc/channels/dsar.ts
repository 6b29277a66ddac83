import { z } from 'zod'
import {
  DsarArt125InputSchema,
  DsarAttachmentExportSchema,
  DsarAttachmentInputSchema,
  DsarCaseInputSchema,
  DsarCaseRefSchema,
  DsarDecisionInputSchema,
  DsarEventInputSchema,
  DsarExtendInputSchema,
  DsarIdentityInputSchema,
  DsarLetterInputSchema,
  DsarRecordRefSchema,
  DsarSearchInputSchema,
  DsarSettingsSchema,
  DsarSuggestInputSchema,
  DsarTransitionInputSchema,
} from '../../domain/dsar/inputs'
import {
  DsarCaseViewSchema,
  DsarListRowSchema,
  DsarSearchSourcesSchema,
  DsarSuggestionSchema,
} from '../../domain/dsar/views'

// Channels of the dsar module (issue 5). Spread into the contract in shared/ipc/contract.ts.
// Every write returns the case page as the core now computes it (dates, history, next steps).
const view = DsarCaseViewSchema
const empty = z.object({}).strict()

export const dsarChannels = {
  'dsar.list': { input: empty, output: z.array(DsarListRowSchema) },
  'dsar.get': { input: DsarCaseRefSchema, output: view },
  /** Create (no id) or edit a case. */
  'dsar.save': { input: DsarCaseInputSchema, output: view },
  /** The regime and holiday calendar to propose for a new case. */
  'dsar.suggest': { input: DsarSuggestInputSchema, output: DsarSuggestionSchema },
  'dsar.transition': { input: DsarTransitionInputSchema, output: view },
  'dsar.extend': { input: DsarExtendInputSchema, output: view },
  'dsar.identity': { input: DsarIdentityInputSchema, output: view },
  'dsar.art125': { input: DsarArt125InputSchema, output: view },
  'dsar.eventAdd': { input: DsarEventInputSchema, output: view },
  'dsar.eventDelete': { input: DsarRecordRefSchema, output: view },
  'dsar.decisionSave': { input: DsarDecisionInputSchema, output: view },
  'dsar.searchSources': { input: empty, output: DsarSearchSourcesSchema },
  'dsar.searchSave': { input: DsarSearchInputSchema, output: view },
  'dsar.searchDelete': { input: DsarRecordRefSchema, output: view },
  'dsar.attachmentAdd': { input: DsarAttachmentInputSchema, output: view },
  'dsar.attachmentExport': {
    input: DsarAttachmentExportSchema,
    output: z.object({ path: z.string(), bytes: z.number().int() }),
  },
  /** Fills the template, prints it to PDF and keeps both in the case; save the PDF with report "dsar-letter". */
  'dsar.letterCreate': {
    input: DsarLetterInputSchema,
    output: z.object({ view, letterId: z.number().int() }),
  },
  'dsar.settingsGet': { input: empty, output: DsarSettingsSchema },
  'dsar.settingsSave': { input: DsarSettingsSchema, output: DsarSettingsSchema },
  /** Erases a closed case's personal data once its retention ended (audited redaction). */
  'dsar.purge': { input: DsarCaseRefSchema, output: view },
} as const

/** Report types this module registers (electron/core/reports): register, closing pack, one letter. */
export const DSAR_REPORTS = ['dsar', 'dsar-case', 'dsar-letter'] as const
