// Builds the `pwb` CLI as one Node ESM file over electron/core (dependencies stay external).
import { build } from 'vite'
import { chmodSync } from 'node:fs'

await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: 'electron/cli/pwb.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    rolldownOptions: {
      output: { entryFileNames: 'pwb.js', format: 'es', banner: '#!/usr/bin/env node' },
    },
  },
})
chmodSync('out/cli/pwb.js', 0o755)
