import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { repoRoot, test, expect } from './harness'

// `npm run screenshots`: walks the main screens over the Vimage S.r.l. demo profile and writes the
// README pictures. Look at them after a UI change.
const out = (name: string) => join(repoRoot, 'docs/screenshots', `${name}.png`)
const shoot = (page: Page, name: string) => page.screenshot({ path: out(name), animations: 'disabled' })

test('screenshots of the main screens', async ({ page, harness }) => {
  // The app's own demo: Vimage S.r.l. from its public privacy notice (resources/demo/README.md).
  const path = join(harness.dir, 'Vimage-demo.pwb')
  await harness.invoke('workspace.createDemo', { path })
  await harness.invoke('workspace.close', {})

  await page.goto('/')
  await expect(page.getByRole('list', { name: 'Recent workspaces' })).toContainText('Vimage S.r.l.')
  await shoot(page, '01-start')

  await harness.invoke('workspace.open', { path })
  await page.reload()
  await expect(page.getByTestId('audit-status')).toContainText('Audit log intact')
  await shoot(page, '02-dashboard')

  await page.getByTestId('nav-organisation').click()
  const contact = page.getByLabel('Contact e-mail for privacy matters')
  await contact.fill('privacy.vimage.it')
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByText('Enter an e-mail address such as name@example.com.')).toBeVisible()
  await shoot(page, '03-organisation-error')
  await page.getByRole('button', { name: 'Discard changes' }).click()

  await page.getByTestId('nav-audit').click()
  // The demo writes every module's records: the newest entries come first.
  await expect(page.getByTestId('table-audit').getByRole('row').nth(1)).toBeVisible()
  await page.getByRole('button', { name: 'Verify audit log' }).click()
  await expect(page.getByTestId('audit-status')).toContainText('Audit log intact')
  await shoot(page, '04-audit-log')

  await page.getByTestId('table-audit').getByRole('row').filter({ hasText: 'Created' }).first().click()
  await expect(page.getByTestId('audit-drawer')).toContainText('After')
  await shoot(page, '05-audit-entry')
  await page.keyboard.press('Escape')

  await page.getByTestId('nav-reports').click()
  await page.getByRole('button', { name: 'Create all 5' }).click()
  await expect(page.getByTestId('report-transfers').getByTestId('report-result')).toContainText('.pdf', { timeout: 20_000 })
  await shoot(page, '06-reports')

  await page.getByTestId('nav-dashboard').click()
  await page.getByRole('button', { name: 'Switch to dark theme' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await page.mouse.move(640, 790) // no tooltip in the picture
  await shoot(page, '07-dashboard-dark')

  await page.getByTestId('nav-requests').click()
  await expect(page.getByText('DSAR-2026-002').first()).toBeVisible()
  await shoot(page, '08-requests-dark')
})

test('screenshots of the module screens', async ({ page, harness }) => {
  const path = join(harness.dir, 'Vimage-demo.pwb')
  await harness.invoke('workspace.createDemo', { path })
  const activities = await harness.invoke('register.listActivities', {})
  const chatbot = activities.find((a) => /chatbot/i.test(a.name)) ?? activities[0]
  const vendors = await harness.invoke('register.listVendors', {})
  // The mailbox provider: activities, systems and the demo breach depend on it.
  const serverplan = vendors.find((v) => v.name.startsWith('Serverplan'))!
  const cases = await harness.invoke('dsar.list', {})
  const paused = cases.find((c) => c.regime === 'uk') ?? cases[0]
  const { items: breaches } = await harness.invoke('breach.list', {})
  const open = breaches.find((b) => b.status === 'open')!
  const tias = await harness.invoke('transfers.tia.list', {})

  const visit = async (hash: string, waitFor: string, name: string) => {
    await page.goto(`/#${hash}`)
    await expect(page.getByText(waitFor).first()).toBeVisible()
    await page.mouse.move(1270, 790) // no hover state in the picture
    await shoot(page, name)
  }
  await visit('/register', chatbot.name, '09-register')
  await visit(`/register/activities/${chatbot.id}`, chatbot.name, '10-activity')
  await visit(`/register/vendors/${serverplan.id}`, serverplan.name, '11-vendor')
  await visit('/requests', paused.id, '12-requests')
  await visit(`/requests/${paused.id}`, paused.id, '13-request-case')
  await visit('/breaches', open.ref, '14-breaches')
  await visit(`/breaches/${open.id}`, open.title, '15-breach')
  await visit('/transfers', 'Anthropic', '16-transfers')
  await visit(`/transfers/tia/${tias[0].id}`, 'Anthropic', '17-tia')
  await visit('/', 'Vimage S.r.l.', '18-dashboard-modules')

  // A new breach: the activities and vendors concerned are picked from the register by name.
  await page.goto('/#/breaches/new')
  const pick = async (field: string, typed: string, option: string) => {
    const box = page.getByRole('combobox', { name: field })
    // Mid-page, so the list opens fully in view (at the bottom edge it may open while flipping up).
    await box.evaluate((e) => e.scrollIntoView({ block: 'center' }))
    await box.fill(typed)
    await page.getByRole('option', { name: option }).click()
    await page.keyboard.press('Escape')
  }
  await pick('Processing activities concerned', 'chat', chatbot.name)
  await pick('Vendors concerned', 'anthr', 'Anthropic')
  await page.getByRole('combobox', { name: 'Vendors concerned' }).evaluate((e) => e.scrollIntoView({ block: 'center' }))
  await page.mouse.move(1270, 790)
  await shoot(page, '21-breach-form')
  // Its times: a day-first date (with a calendar) and a 24-hour time, in the organisation's zone.
  const aware = page.getByLabel('Became aware: date')
  await aware.evaluate((e) => e.scrollIntoView({ block: 'center' }))
  await aware.click()
  await expect(page.locator('.mantine-Popover-dropdown:visible').getByRole('table')).toBeVisible()
  await shoot(page, '22-breach-times')
  await page.keyboard.press('Escape')

  // The demo made in French (pwb demo --lang fr): the UI and the content follow the workspace's language.
  await harness.invoke('workspace.createDemo', { path: join(harness.dir, 'Vimage-demo-fr.pwb'), language: 'fr' })
  const { items: breachesFr } = await harness.invoke('breach.list', {})
  const openFr = breachesFr.find((b) => b.status === 'open')!
  await visit('/register', 'Registre des activités de traitement', '19-register-fr')
  await visit(`/breaches/${openFr.id}`, openFr.title, '20-breach-fr')
})

test('screenshots of the Italian demo', async ({ page, harness }) => {
  // The demo made in Italian (pwb demo --lang it, or the start screen in Italian): UI and content alike.
  await harness.invoke('workspace.createDemo', { path: join(harness.dir, 'Vimage-demo-it.pwb'), language: 'it' })
  const activities = await harness.invoke('register.listActivities', {})
  const chatbot = activities.find((a) => /chatbot/i.test(a.name)) ?? activities[0]
  await page.goto('/#/register')
  await expect(page.getByText('Registro delle attività di trattamento').first()).toBeVisible()
  await expect(page.getByText('Modulo di contatto e risposte').first()).toBeVisible()
  await page.mouse.move(1270, 790)
  await shoot(page, '23-register-it')
  await page.goto(`/#/register/activities/${chatbot.id}`)
  await expect(page.getByText(chatbot.name).first()).toBeVisible()
  await page.mouse.move(1270, 790)
  await shoot(page, '24-activity-it')
})
