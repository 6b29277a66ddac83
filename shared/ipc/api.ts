import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload } from './contract'
import type { Result } from './result'

/** What the preload (and the e2e harness) put on `window.api`: one function per channel, plus events. */
export type WindowApi = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
} & {
  onEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void
}
