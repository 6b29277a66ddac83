// `npm run setup` / `npm start`: start the app where a display and the Electron binary exist;
// otherwise (a server, CI, this sandbox) build the demo workspace and its report with `pwb`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
// Built with the CLI (scripts/build-cli.mjs): the messages below in the system's language.
const { startText } = await import('../out/cli/startText.js')
const text = startText(process.env)

const hasDisplay = process.platform !== 'linux' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
const wantDemo = process.argv.includes('--demo') || process.env.PWB_NO_GUI === '1'

if (hasDisplay && !wantDemo) {
  // `electron .` downloads the Electron binary on first use (needs internet), then opens out/main.
  const r = spawnSync(process.execPath, ['node_modules/electron/cli.js', '.'], { stdio: 'inherit' })
  if (r.status === 0) process.exit(0)
  console.error(`\n${text.appFailed}\n`)
}

const dir = join(homedir(), 'Documents', 'Privacy Workbench')
mkdirSync(dir, { recursive: true })
const file = join(dir, 'demo-vimage.pwb')
if (existsSync(file)) for (const s of ['', '-wal', '-shm', '.lock']) rmSync(file + s, { force: true })
const pwb = (...args) => {
  console.log(`$ pwb ${args.join(' ')}`)
  const r = spawnSync(process.execPath, ['out/cli/pwb.js', ...args], { stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}
pwb('demo', file)
pwb('profile', file)
pwb('verify', file)
pwb('report', file, '--type', 'summary', '--out', join(dir, 'demo-vimage-summary.pdf'))
console.log(`\n${text.demoReady(file)}`)
