import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { BUNDLED_DEPS } from './scripts/bundledDeps.mjs'

// electron-vite only auto-detects src/; our layout is electron/ + renderer/ (DESIGN.md).
export default defineConfig({
  main: {
    build: {
      // The import's worker thread is its own file beside index.js (importWorkerClient.ts finds it there).
      lib: {
        entry: {
          index: resolve('electron/main/index.ts'),
          importWorker: resolve('electron/core/services/register/importWorker.ts'),
        },
      },
      // Faster start: see scripts/bundledDeps.mjs.
      externalizeDeps: { exclude: BUNDLED_DEPS },
    },
  },
  preload: {
    build: {
      lib: { entry: resolve('electron/preload/index.ts'), formats: ['cjs'] },
      // One self-contained CJS file whose only require is electron: required by sandbox:true.
      externalizeDeps: false,
      isolatedEntries: true,
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      minify: true,
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
  },
})
