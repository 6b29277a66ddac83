import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { systemClock } from '../core/clock'
import { importWorkerBeside } from '../core/services/register/importWorkerClient'
import { cliLanguage } from './cliLanguage'
import { runCli } from './runCli'

// Built to out/cli/pwbMain.js (started by the out/cli/pwb.js launcher): the repo root (with resources/ and package.json) is two levels up.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version

const code = await runCli(
  process.argv.slice(2),
  { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) },
  { resourcesDir: process.env.PWB_RESOURCES ?? join(root, 'resources'), clock: systemClock, version, language: cliLanguage(process.env), importWorker: importWorkerBeside(import.meta.url) },
)
process.exitCode = code
