import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { bundleNode } from '../../../scripts/bundleNode.mjs'

/**
 * The import's worker thread built as the programs build it (scripts/build-cli.mjs): tests run from
 * sources, where no built worker sits beside the program. Built under out/ (not the system's temp folder)
 * so that its packages resolve from the project's node_modules, as beside the CLI.
 */
export async function buildImportWorker(): Promise<{ script: string; dispose: () => void }> {
  mkdirSync(resolve('out', 'test'), { recursive: true })
  const dir = mkdtempSync(join(resolve('out', 'test'), 'import-worker-'))
  const script = await bundleNode(
    resolve('electron/core/services/register/importWorker.ts'),
    dir,
    'importWorker.js',
  )
  return { script, dispose: () => rmSync(dir, { recursive: true, force: true }) }
}
