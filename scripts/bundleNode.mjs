// Bundles one TypeScript entry into a Node ESM file (dependencies stay external), for the CLI,
// the benchmarks and test child processes. Usage: node scripts/bundleNode.mjs ENTRY OUT_DIR OUT_NAME
import { build } from 'vite'
import { chmodSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BUNDLED_DEPS } from './bundledDeps.mjs'

export async function bundleNode(entry, outDir, fileName) {
  await build({
    configFile: false,
    logLevel: 'warn',
    ssr: { noExternal: BUNDLED_DEPS },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      rolldownOptions: { output: { entryFileNames: fileName, format: 'es', banner: '#!/usr/bin/env node' } },
    },
  })
  const out = join(outDir, fileName)
  chmodSync(out, 0o755)
  return out
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [entry, outDir, name] = process.argv.slice(2)
  await bundleNode(entry, outDir, name)
}
