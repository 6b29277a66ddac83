// Builds the `pwb` CLI (package.json "bin") as one Node ESM file over electron/core.
import { rmSync } from 'node:fs'
import { bundleNode } from './bundleNode.mjs'

rmSync('out/cli', { recursive: true, force: true })
await bundleNode('electron/cli/pwb.ts', 'out/cli', 'pwb.js')
