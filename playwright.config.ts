import { defineConfig } from '@playwright/test'

// `playwright test` runs the e2e specs only. The screenshots project exists only when asked for
// (`--project=screenshots`, as `npm run screenshots` does, or PWB_SCREENSHOTS=1). The flag is put in
// the environment so worker processes, which re-read this file without our argv, see the same projects.
const argv = process.argv
const askedForScreenshots = argv.some(
  (a, i) => a === '--project=screenshots' || (a === '--project' && argv[i + 1] === 'screenshots'),
)
if (askedForScreenshots) process.env.PWB_SCREENSHOTS = '1'
const withScreenshots = process.env.PWB_SCREENSHOTS === '1'

const port = Number(process.env.PWB_E2E_PORT ?? 4173)
const baseURL = `http://127.0.0.1:${port}/`

export default defineConfig({
  testDir: './e2e',
  // The node tsconfig maps better-sqlite3 to its .d.ts for tsc; the loader must import the real module.
  tsconfig: './e2e/tsconfig.json',
  fullyParallel: false,
  workers: 1,
  // Retries would hide flakiness (DESIGN.md): a failure is a failure.
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'line' : [['list']],
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/Rome',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium (matches Playwright 1.64's build); never `playwright install` on these machines.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
  },
  webServer: {
    command: 'node e2e/serve.mjs',
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    env: { PWB_E2E_PORT: String(port) },
  },
  projects: [
    { name: 'e2e', testMatch: /.*\.spec\.ts$/ },
    ...(withScreenshots
      ? [{ name: 'screenshots', testMatch: /.*\.shot\.ts$/, use: { locale: 'en-IT' } }]
      : []),
  ],
})
