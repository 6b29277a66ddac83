import { oldNodeMessage } from './launcherText'

// The `pwb` command as installed (out/cli/pwb.js). The SQLite driver is a native module built for the
// Node that Electron 45 bundles (24); an older Node does not fail with a message when it loads it, it
// crashes. So this small file checks first, in the user's language, then loads the program.
const message = oldNodeMessage(process.version, process.env)
if (message) {
  for (const line of message) console.error(line)
  process.exit(1)
}
// Built beside the program (out/cli/pwbMain.js); a computed path, so the bundler leaves it alone.
await import(new URL('./pwbMain.js', import.meta.url).href)
