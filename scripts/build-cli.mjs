// Builds the `pwb` CLI (package.json "bin"): the program as one Node ESM file over electron/core
// (out/cli/pwbMain.js), started by a small launcher (out/cli/pwb.js) that first checks the Node version.
import { rmSync } from 'node:fs'
import { bundleNode } from './bundleNode.mjs'

rmSync('out/cli', { recursive: true, force: true })
await bundleNode('electron/cli/pwb.ts', 'out/cli', 'pwbMain.js')
// The import's worker thread, found beside the program (importWorkerClient.ts).
await bundleNode('electron/core/services/register/importWorker.ts', 'out/cli', 'importWorker.js')

// The launcher checks the Node version (in the user's language) before it loads the program.
await bundleNode('electron/cli/launcher.ts', 'out/cli', 'pwb.js')
// What `npm run setup` prints around the demo (scripts/start.mjs), in the system's language.
await bundleNode('electron/cli/startText.ts', 'out/cli', 'startText.js')
