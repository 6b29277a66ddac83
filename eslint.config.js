import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

// Boundaries (DESIGN.md): shared/ is pure TS; electron/core never sees Electron, the DOM or React.
const noElectronOrUi = {
  paths: [
    { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' },
    { name: 'react', message: 'UI code belongs in renderer/.' },
    { name: 'react-dom', message: 'UI code belongs in renderer/.' },
  ],
  patterns: [
    { group: ['electron/*', '@mantine/*', '@tanstack/react-*', 'react-*'], message: 'No Electron or UI code here.' },
    { group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'], message: 'Go through shared/ipc.' },
  ],
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'docs/**', 'test-results/**', 'playwright-report/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['electron/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}', '*.config.{ts,js}', '.ci/**'],
    languageOptions: { globals: globals.node },
  },
  { files: ['renderer/**/*.{ts,tsx}'], languageOptions: { globals: globals.browser } },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noElectronOrUi,
          patterns: [
            ...noElectronOrUi.patterns,
            { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'shared/ is pure TypeScript: no Node APIs.' },
            { group: ['**/electron/**'], message: 'shared/ must not depend on the backend.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'process', 'require'],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', noElectronOrUi],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage'],
    },
  },
)
