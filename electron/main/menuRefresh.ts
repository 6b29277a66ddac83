import type { Core } from '../core/coreTypes'
import type { ShellText } from './shellText'

// When the application menu must be rebuilt. It shows the recent list, whether a workspace is open
// and labels in the workspace language, so it follows open/close and profile (language) changes.
// No Electron here: installing is passed in, so the rules are unit-tested with a fake core.

/** Installs the menu now and after every relevant change; returns the unsubscribe. */
export function keepMenuCurrent(
  core: Core,
  text: ShellText,
  install: () => Promise<void>,
  onError: (err: unknown) => void,
): () => void {
  // One refresh at a time, in event order: opening a workspace closes the previous one first, and
  // an older refresh finishing last must not leave the older state in the menu.
  let queue: Promise<void> = Promise.resolve()
  const enqueue = (always: boolean): void => {
    queue = queue
      .then(async () => {
        const changed = await text.follow(core)
        if (always || changed) await install()
      })
      .catch(onError)
  }

  const unsubscribe = core.onEvent((name, payload) => {
    if (name === 'workspace.closed') enqueue(true)
    else if (name === 'workspace.changed') {
      const { entity } = payload as { entity: string }
      // A profile save may change the language; anything else in the workspace leaves the menu as is.
      if (entity === 'workspace') enqueue(true)
      else if (entity === 'organisation') enqueue(false)
    }
  })
  enqueue(true)
  return unsubscribe
}
