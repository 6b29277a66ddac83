import { z } from 'zod'

// Import/export of the register as CSV or XLSX (layout: docs/register-import-format.md).

export const REGISTER_FILE_TYPES = ['activities', 'vendors'] as const
export const RegisterFileTypeSchema = z.enum(REGISTER_FILE_TYPES)
export type RegisterFileType = z.infer<typeof RegisterFileTypeSchema>

/** One problem of an import: where (sheet, spreadsheet row number, column header) and what, in plain words. */
export const ImportIssueSchema = z.object({
  sheet: z.string(),
  /** Row as the spreadsheet numbers it (the header is row 1); 0 = the file or sheet as a whole. */
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
})
export type ImportIssue = z.infer<typeof ImportIssueSchema>

const Counts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() })

export const ImportResultSchema = z.object({
  /** True only when every row was valid and the changes were committed (never on a dry run). */
  applied: z.boolean(),
  dryRun: z.boolean(),
  activities: Counts,
  vendors: Counts,
  systems: Counts,
  errors: z.array(ImportIssueSchema),
  /** What imports but may not be what was meant (e.g. several items typed on one line); never blocks. */
  notes: z.array(ImportIssueSchema),
})
export type ImportResult = z.infer<typeof ImportResultSchema>

export const ExportResultSchema = z.object({
  files: z.array(z.string()),
  activities: z.number().int(),
  vendors: z.number().int(),
})
export type ExportResult = z.infer<typeof ExportResultSchema>

const registerPath = (message: string) =>
  z
    .string()
    .min(1, { message: 'validation.required' })
    .regex(/\.(xlsx|csv)$/i, { message })

export const ImportInputSchema = z
  // A file to import may come from another program (.ods, .xls): its message says how to convert it.
  .object({
    path: registerPath('validation.registerImportFile'),
    type: RegisterFileTypeSchema,
    dryRun: z.boolean().default(false),
  })
  .strict()
export const ExportInputSchema = z
  .object({
    path: registerPath('validation.registerFile'),
    type: RegisterFileTypeSchema,
    /** An empty register to fill in: the header row in the workspace's language, drop-downs for coded columns. */
    template: z.boolean().default(false),
  })
  .strict()
