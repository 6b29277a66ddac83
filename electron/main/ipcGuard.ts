import { translator } from '../../shared/i18n/translate'
import type { Result } from '../../shared/ipc/result'
import type { Core } from '../core/coreTypes'
import { isTrustedRendererUrl } from './securityOptions'

// The check every ipcMain handler runs before the core sees a call. Electron-free, so it is
// unit-tested (security.test.ts); ipc.ts only registers it.

/** The part of an IpcMainInvokeEvent the guard reads. */
export interface InvokeSender {
  senderFrame: { url: string } | null
}

/** The refusal in English (tests compare with it). */
export const FORBIDDEN_MESSAGE = translator('en')('errors.forbidden')

/**
 * An ipcMain.handle listener for `channel`: refuses frames from anywhere but our renderer. Its own two
 * messages are in `language()` (the shell's: the open workspace's, else the OS's), as the core's are.
 */
export function guardedHandler(core: Pick<Core, 'invoke'>, channel: string, devServerUrl?: string, language: () => string = () => 'en') {
  return async (event: InvokeSender, input: unknown): Promise<Result<unknown>> => {
    const t = translator(language())
    // senderFrame is null when the frame navigated away or was destroyed before the call arrived.
    const url = event.senderFrame?.url
    if (!url || !isTrustedRendererUrl(url, devServerUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: t('errors.forbidden') } }
    }
    try {
      return await core.invoke(channel, input)
    } catch (err) {
      // core.invoke promises never to throw; if it does, the wall still holds.
      const detail = err instanceof Error ? err.message : String(err)
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: t('errors.internal', { detail }),
        },
      }
    }
  }
}
