import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { CHANNELS, EVENT_NAMES, type EventName } from '../../shared/ipc/contract'
import type { WindowApi } from '../../shared/ipc/api'
import { EVENT_CHANNEL } from './eventChannel'

// window.api: one function per contract channel and onEvent, nothing else. The renderer never
// gets ipcRenderer, an IpcRendererEvent or any way to name a channel of its own choosing.
// Bundled into one CJS file whose only require is electron (sandbox: true).

type Listener = (payload: unknown) => void

const knownEvents = new Set<string>(EVENT_NAMES)
const listeners = new Map<string, Set<Listener>>()

// One ipcRenderer listener for all subscribers: avoids MaxListeners warnings and never hands
// the IpcRendererEvent (whose `sender` is ipcRenderer) to page code.
ipcRenderer.on(EVENT_CHANNEL, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
  if (typeof name !== 'string') return
  for (const listener of listeners.get(name) ?? []) {
    try {
      listener(payload)
    } catch (err) {
      console.error(`window.api listener for ${name} failed`, err)
    }
  }
})

function onEvent(name: EventName, listener: Listener): () => void {
  if (!knownEvents.has(name))
    throw new Error(`Unknown event "${String(name)}". Known: ${EVENT_NAMES.join(', ')}.`)
  if (typeof listener !== 'function') throw new Error('onEvent needs a listener function.')
  let set = listeners.get(name)
  if (!set) listeners.set(name, (set = new Set()))
  set.add(listener)
  return () => {
    set.delete(listener)
  }
}

const invokers = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
)

const api = { ...invokers, onEvent } as unknown as WindowApi

contextBridge.exposeInMainWorld('api', api)
