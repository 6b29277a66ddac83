import { z } from 'zod'
import { contract, type Channel, type EventName, type EventPayload } from '../../shared/ipc/contract'
import type { ApiError, Result } from '../../shared/ipc/result'
import { fieldErrors } from '../../shared/i18n/zodIssue'
import { translator } from '../../shared/i18n/translate'
import type { Core, CoreOptions, EventListener } from './coreTypes'
import { CoreError } from './errors'
import { auditHandlers } from './handlers/auditHandlers'
import { profileHandlers } from './handlers/profileHandlers'
import { reportHandlers } from './handlers/reportHandlers'
import type { Handlers } from './handlers/types'
import { workspaceHandlers } from './handlers/workspaceHandlers'
import { deadlineHandlers } from './handlers/deadlineHandlers'
import { breachHandlers } from './handlers/breachHandlers'
import { dsarHandlers } from './handlers/dsarHandlers'
import { registerHandlers } from './handlers/registerHandlers'
import { transfersHandlers } from './handlers/transfersHandlers'
import { checkReminders } from './reminders/checkReminders'
import { reminderMessage } from './reminders/reminderMessage'
import { common as commonCatalogue } from '../../shared/i18n/en/common'
import { readProfile } from './services/profileService'
import { Session } from './session'

// The system error codes the catalogue words in plain language (errors.ioReason.<code>).
const IO_REASONS = new Set(Object.keys(commonCatalogue.errors.ioReason))

/** Turns anything thrown into the contract's error shape, in plain words (in `lang`). */
export function toApiError(e: unknown, lang = 'en'): ApiError {
  const t = translator(lang)
  if (e instanceof CoreError) return { code: e.code, message: t(e.key, e.params), ...(e.fields ? { fields: e.fields } : {}) }
  if (e instanceof z.ZodError) {
    const fields = fieldErrors(e)
    const list = Object.entries(fields)
      .map(([path, key]) => `${path} (${t(key)})`)
      .join('; ')
    return { code: 'VALIDATION', message: t('errors.invalidInput', { fields: list }), fields }
  }
  const err = e as NodeJS.ErrnoException
  if (err?.code && typeof err.code === 'string' && err.code.startsWith('E') && 'path' in err) {
    // Common causes in plain words with what to do; others as the system says them.
    const detail = IO_REASONS.has(err.code) ? t(`errors.ioReason.${err.code}`) : err.message
    return { code: 'IO', message: t('errors.io', { path: err.path, detail }) }
  }
  return { code: 'INTERNAL', message: t('errors.internal', { detail: err?.message ?? String(e) }) }
}

export function createCore(options: CoreOptions): Core {
  const listeners = new Set<EventListener>()
  const emit = <E extends EventName>(name: E, payload: EventPayload<E>) => {
    for (const l of listeners) l(name, payload)
  }
  const session = new Session(options, emit)
  const host = options.hostHandlers ?? {}
  const handlers: Handlers = {
    ...workspaceHandlers,
    ...profileHandlers,
    ...auditHandlers,
    ...reportHandlers,
    ...deadlineHandlers,
    ...registerHandlers,
    ...dsarHandlers,
    ...breachHandlers,
    ...transfersHandlers,
    'dialog.chooseNewWorkspacePath': (input) => host['dialog.chooseNewWorkspacePath']?.(input) ?? { path: null },
    'dialog.chooseExistingWorkspace': () => host['dialog.chooseExistingWorkspace']?.({}) ?? { path: null },
    'dialog.chooseImportFile': (input) => host['dialog.chooseImportFile']?.(input) ?? { path: null },
    'dialog.chooseExportPath': (input) => host['dialog.chooseExportPath']?.(input) ?? { path: null },
  }

  // Messages follow the open workspace's language (as the UI and reports do); with none open, the host's
  // (the OS language), else English.
  const lang = (): string => {
    const none = options.language ?? 'en'
    try {
      return session.hasWorkspace ? readProfile(session.workspace).language : none
    } catch {
      return none
    }
  }

  async function invoke(channel: Channel | string, input: unknown): Promise<Result<unknown>> {
    const t = translator(lang())
    if (!Object.hasOwn(contract, channel)) {
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: t('errors.unknownChannel', { channel: String(channel) }) } }
    }
    const spec = contract[channel as Channel]
    const parsed = spec.input.safeParse(input ?? {})
    if (!parsed.success) return { ok: false, error: toApiError(parsed.error, lang()) }
    try {
      const handler = handlers[channel as Channel] as (i: unknown, s: Session) => unknown
      const data = await handler(parsed.data, session)
      if (channel === 'workspace.open' || channel === 'workspace.create') void tick()
      const out = spec.output.safeParse(data)
      if (!out.success) return { ok: false, error: { code: 'INTERNAL', message: t('errors.internal', { detail: `invalid ${channel} output` }) } }
      return { ok: true, data: out.data }
    } catch (e) {
      return { ok: false, error: toApiError(e, lang()) }
    }
  }

  /** Fires due reminders as 'timer.alert' events; hosts call it on a timer, tests after moving the clock. */
  async function tick(): Promise<number> {
    if (!session.hasWorkspace) return 0
    try {
      const ws = session.workspace
      const p = readProfile(ws)
      const fired = checkReminders(ws)
      for (const { deadline, reminder } of fired) {
        const msg = reminderMessage(deadline, reminder, p.timeZone, p.language)
        emit('timer.alert', { key: reminder.key, module: deadline.module, entityId: deadline.entityId, dueAt: deadline.dueAt, ...msg })
      }
      return fired.length
    } catch {
      return 0 // a reminder must never break the app; the next tick tries again
    }
  }
  const timer = options.reminderIntervalMs ? setInterval(() => void tick(), options.reminderIntervalMs) : undefined
  timer?.unref()

  return {
    invoke,
    tick,
    onEvent(l) {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    async dispose() {
      if (timer) clearInterval(timer)
      session.close()
      listeners.clear()
    },
  }
}
