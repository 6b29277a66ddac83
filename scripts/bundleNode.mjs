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
      rolldownOptions: {
        output: { entryFileNames: fileName, format: 'es', banner: '#!/usr/bin/env node' },
        // An external package whose bindings a bundle does not use is not imported at all: date-holidays
        // alone takes 0.1 s to load, and the import's worker thread never needs it.
        treeshake: { moduleSideEffects: (id, external) => !external },
      },
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
