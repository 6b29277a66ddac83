import { z } from 'zod'
import { OrganisationProfileSchema } from '../domain/organisation'
import { AuditEntrySchema, AuditVerifySchema } from '../domain/audit'
import { CreateWorkspaceInputSchema, RecentWorkspaceSchema, WorkspaceInfoSchema } from '../domain/workspace'
import { LANGUAGES } from '../reference/regimes'
import { DeadlineModuleSchema, DeadlineSchema } from '../domain/deadline'
import { BREACH_REPORTS, breachChannels } from './channels/breach'
import { DSAR_REPORTS, dsarChannels } from './channels/dsar'
import { REGISTER_REPORTS, registerChannels } from './channels/register'
import { TRANSFERS_REPORTS, transfersChannels } from './channels/transfers'

// The one way between renderer and backend. Every input is parsed with zod before a handler runs;
// every output is parsed before it leaves, so a handler bug surfaces as an error, not bad data.
const empty = z.object({}).strict()

// Report types grow with the modules; each has a builder registered in electron/core/reports.
export const ReportTypeSchema = z.enum(['summary', ...REGISTER_REPORTS, ...DSAR_REPORTS, ...BREACH_REPORTS, ...TRANSFERS_REPORTS])
export type ReportType = z.infer<typeof ReportTypeSchema>

/**
 * The reports of the whole workspace (no case), in the order an inspector or a client asks for them: the
 * Reports page and `pwb report --type all` write these. Per-case documents are made from their case.
 */
export const WORKSPACE_REPORTS = ['summary', 'ropa', 'dsar', 'breach', 'transfers'] as const satisfies readonly ReportType[]

/** File kinds the host's file dialogs filter on (the register's import/export). */
export const DIALOG_FILE_KINDS = ['xlsx', 'csv'] as const
export const DialogFileKindSchema = z.enum(DIALOG_FILE_KINDS)
export type DialogFileKind = z.infer<typeof DialogFileKindSchema>

export const AuthoritySchema = z.object({
  code: z.string(),
  name: z.string(),
  website: z.string(),
  onlineBreachForm: z.string(),
})

export const contract = {
  'app.info': {
    input: empty,
    output: z.object({
      version: z.string(),
      host: z.enum(['electron', 'browser', 'cli', 'test']),
      defaultWorkspaceDir: z.string(),
    }),
  },
  'workspace.create': { input: CreateWorkspaceInputSchema, output: WorkspaceInfoSchema },
  // The demo workspace (Vimage S.r.l., from its public privacy notice) with every module's demo data.
  'workspace.createDemo': {
    input: z
      .object({
        path: z.string().min(1),
        sample: z.enum(['vimage', 'virtual-contact']).optional(),
        /** The language of the demo's texts and of the workspace; default: the sample's profile.json (English). */
        language: z.enum(LANGUAGES).optional(),
      })
      .strict(),
    output: WorkspaceInfoSchema,
  },
  'workspace.open': { input: z.object({ path: z.string().min(1) }).strict(), output: WorkspaceInfoSchema },
  'workspace.close': { input: empty, output: z.object({ closed: z.boolean() }) },
  'workspace.current': { input: empty, output: WorkspaceInfoSchema.nullable() },
  'workspace.recent': { input: empty, output: z.array(RecentWorkspaceSchema) },
  // Host-implemented: a native save/open dialog in Electron, a temp path in the test harness.
  'dialog.chooseNewWorkspacePath': {
    input: z.object({ suggestedName: z.string() }).strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  'dialog.chooseExistingWorkspace': { input: empty, output: z.object({ path: z.string().nullable() }) },
  // Host-implemented too: a file to import (open dialog filtered on `kinds`) and where to write an export
  // (save dialog for one kind; the host adds the extension when the user leaves it out). null = cancelled.
  'dialog.chooseImportFile': {
    input: z.object({ kinds: z.array(DialogFileKindSchema).min(1) }).strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  'dialog.chooseExportPath': {
    input: z.object({ suggestedName: z.string(), kind: DialogFileKindSchema }).strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  'profile.get': { input: empty, output: OrganisationProfileSchema },
  'profile.save': { input: OrganisationProfileSchema, output: OrganisationProfileSchema },
  'audit.list': {
    input: z.object({ limit: z.number().int().min(1).max(5000).default(1000) }).strict(),
    output: z.object({ rows: z.array(AuditEntrySchema), total: z.number().int() }),
  },
  'audit.verify': { input: empty, output: AuditVerifySchema },
  'report.create': {
    input: z
      .object({
        type: ReportTypeSchema,
        lang: z.enum(LANGUAGES).optional(),
        caseId: z.string().min(1).optional(),
        /** Absolute .pdf path; default: a Reports folder beside the workspace. */
        out: z.string().regex(/\.pdf$/i, { message: 'validation.pdfPath' }).optional(),
        /** Absolute folder to write the report into under its default name (instead of `out`). */
        outDir: z.string().min(1).optional(),
      })
      .strict()
      .refine((x) => !(x.out && x.outDir), { message: 'validation.outOrOutDir', path: ['outDir'] }),
    output: z.object({ path: z.string(), bytes: z.number().int() }),
  },
  'reference.authorities': { input: empty, output: z.array(AuthoritySchema) },
  // Every module's clocks through one interface, soonest first (dashboard, later the portfolio board).
  'deadlines.list': {
    input: z.object({ withinDays: z.number().int().min(1).max(3650).optional() }).strict(),
    output: z.array(DeadlineSchema),
  },
  ...registerChannels,
  ...dsarChannels,
  ...breachChannels,
  ...transfersChannels,
} as const

export type Contract = typeof contract
export type Channel = keyof Contract
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>

export const CHANNELS = Object.keys(contract) as Channel[]

// Push events (backend -> renderer), also validated.
export const events = {
  'workspace.changed': z.object({ entity: z.string(), entityId: z.string().optional() }),
  'workspace.closed': z.object({ path: z.string() }),
  // The native menu asks the renderer to do something only it can (e.g. show the create form).
  'menu.command': z.object({ command: z.enum(['workspace.new']) }),
  'timer.alert': z.object({
    key: z.string(),
    module: DeadlineModuleSchema,
    entityId: z.string(),
    title: z.string(),
    body: z.string(),
    dueAt: z.string(),
  }),
} as const
export type EventName = keyof typeof events
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>
export const EVENT_NAMES = Object.keys(events) as EventName[]
