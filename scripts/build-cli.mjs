// Builds the `pwb` CLI (package.json "bin"): the program as one Node ESM file over electron/core
// (out/cli/pwbMain.js), started by a small launcher (out/cli/pwb.js) that first checks the Node version.
import { chmodSync, rmSync, writeFileSync } from 'node:fs'
import { bundleNode } from './bundleNode.mjs'

rmSync('out/cli', { recursive: true, force: true })
await bundleNode('electron/cli/pwb.ts', 'out/cli', 'pwbMain.js')

// The SQLite driver is a native module built for the Node that Electron 45 bundles (24); an older Node
// does not fail with a message when it loads it, it crashes. Plain JavaScript, so it runs on any Node.
const launcher = `#!/usr/bin/env node
const major = Number(process.versions.node.split('.')[0])
if (major < 24) {
  console.error('pwb needs Node.js 24 or newer; this is Node ' + process.version + '.')
  console.error('Inside the project run it as "npx pwb ..." (it uses the Node 24 that "npm ci" installs), or install Node 24.')
  process.exit(1)
}
await import('./pwbMain.js')
`
writeFileSync('out/cli/pwb.js', launcher)
chmodSync('out/cli/pwb.js', 0o755)
