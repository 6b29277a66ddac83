// Commands from the native menu that the renderer carries out (shared/ipc 'menu.command' event).
type Listener = () => void
const createListeners = new Set<Listener>()
let pendingCreate = false

/** The start screen's create form registers here to take focus when the menu asks for it. */
export function onCreateRequested(l: Listener): () => void {
  createListeners.add(l)
  if (pendingCreate) {
    pendingCreate = false
    l()
  }
  return () => createListeners.delete(l)
}

export function requestCreate(): void {
  if (createListeners.size === 0) pendingCreate = true // the start screen is not mounted yet
  for (const l of createListeners) l()
}
