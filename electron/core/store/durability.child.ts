// Child process for durability.test.ts: saves the profile in a loop through the core and prints the
// number of each save after it committed, until it is killed.
import { systemClock } from '../clock'
import { createCore } from '../createCore'

const [path, resourcesDir] = process.argv.slice(2)
const core = createCore({ clock: systemClock, host: 'test', actor: 'durability', resourcesDir, defaultWorkspaceDir: '.' })
const opened = await core.invoke('workspace.open', { path })
if (!opened.ok) throw new Error(opened.error.message)
const got = await core.invoke('profile.get', {})
if (!got.ok) throw new Error(got.error.message)
for (let i = 1; ; i++) {
  const r = await core.invoke('profile.save', { ...(got.data as object), tradingName: `n${i}` })
  if (!r.ok) {
    process.stderr.write(`${r.error.message}\n`)
    process.exit(3)
  }
  process.stdout.write(`${i}\n`) // pipes are synchronous on Linux: once written, the parent may rely on it
}
