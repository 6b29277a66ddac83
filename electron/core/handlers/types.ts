import type { Channel, ChannelOutput, ChannelParsedInput } from '../../../shared/ipc/contract'
import type { Session } from '../session'

/** One feature's named handlers (as in actual's app.ts): the backend API is visible in a few files. */
export type Handlers = {
  [C in Channel]?: (input: ChannelParsedInput<C>, session: Session) => Promise<ChannelOutput<C>> | ChannelOutput<C>
}
