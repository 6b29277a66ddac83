import { statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './harness'
import { createWorkspaceFromStart, fillCreateForm } from './steps'

test('create a workspace, edit the profile with plain-words errors, and find it again after reload and reopen', async ({
  page,
  harness,
}) => {
  await page.goto('/')
  await expect(page.getByText('No recent workspaces yet.')).toBeVisible()
  await createWorkspaceFromStart(page, 'Vimage S.r.l.')
  const path = join(harness.dir, 'Vimage-Srl.pwb')
  await expect(page.getByTestId('header-path')).toHaveText(path)
  expect(statSync(path).isFile()).toBe(true)

  // Dashboard: the profile the backend made from the start form, and an intact audit chain.
  const summary = page.getByTestId('organisation-summary')
  await expect(summary.getByRole('heading', { name: 'Vimage S.r.l.' })).toBeVisible()
  await expect(summary).toContainText('Italy')
  await expect(summary).toContainText('Europe/Rome')
  await expect(summary).toContainText('Garante per la protezione dei dati personali')
  await expect(page.getByTestId('audit-status')).toContainText('Audit log intact')

  // Organisation profile: bad values are refused field by field, in plain words, before any save.
  await page.getByTestId('nav-organisation').click()
  await expect(page.getByRole('heading', { name: 'Organisation profile' })).toBeVisible()
  const contact = page.getByLabel('Contact e-mail for privacy matters')
  await contact.fill('privacy at vimage')
  await page.getByLabel('A DPO is appointed').check()
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(contact).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('Enter an e-mail address such as name@example.com.')).toBeVisible()
  await expect(page.getByText('Give the DPO’s e-mail address: Art. 37(7) requires')).toBeVisible()
  await expect(page.getByTestId('form-has-errors')).toContainText('Nothing was saved')

  // Correct them: no DPO (with the reason Art. 37 asks for), a valid contact address, more details.
  await contact.fill('privacy@vimage.it')
  await page.getByLabel('A DPO is appointed').uncheck()
  await page
    .getByLabel('Why no DPO is appointed')
    .fill('Small web agency: no large-scale monitoring, no special categories.')
  await page.getByLabel('Legal form').fill('Società a responsabilità limitata (S.r.l.)')
  await page.getByLabel('VAT number').fill('IT03654120272')
  await page.getByLabel('City').fill('Mirano')
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByText('Profile saved')).toBeVisible()
  await expect(page.getByText('Enter an e-mail address such as name@example.com.')).toHaveCount(0)

  // What was saved is what the backend returns.
  const saved = await harness.invoke('profile.get', {})
  expect(saved).toMatchObject({
    contactEmail: 'privacy@vimage.it',
    vatNumber: 'IT03654120272',
    address: { city: 'Mirano' },
  })
  expect(saved.dpo).toEqual({
    appointed: false,
    reasonNotAppointed: 'Small web agency: no large-scale monitoring, no special categories.',
  })

  // Reload the page: same route, same data.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Organisation profile' })).toBeVisible()
  await expect(page.getByLabel('Contact e-mail for privacy matters')).toHaveValue('privacy@vimage.it')
  await expect(page.getByLabel('VAT number')).toHaveValue('IT03654120272')

  // Close the workspace and reopen it from the recent list.
  await page.getByRole('button', { name: 'Close workspace' }).click()
  await expect(page.getByRole('heading', { name: 'Create a workspace' })).toBeVisible()
  const recent = page.getByRole('list', { name: 'Recent workspaces' })
  await expect(recent).toContainText('Vimage S.r.l.')
  await expect(recent).toContainText(path)
  await recent.getByRole('button', { name: /Vimage S\.r\.l\./ }).click()
  await expect(page.getByTestId('header-organisation')).toHaveText('Vimage S.r.l.')
  await page.keyboard.press('Alt+Digit8')
  await expect(page.getByRole('heading', { name: 'Organisation profile' })).toBeVisible()
  await expect(page.getByLabel('Contact e-mail for privacy matters')).toHaveValue('privacy@vimage.it')
  await expect(page.getByLabel('City')).toHaveValue('Mirano')

  // The audit log lists the change, with before/after.
  await page.keyboard.press('Alt+Digit9')
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible()
  const table = page.getByTestId('table-audit')
  const updates = table.getByRole('row').filter({ hasText: 'organisation' }).filter({ hasText: 'Updated' })
  await expect(updates).toHaveCount(1)
  await updates.first().click()
  const drawer = page.getByTestId('audit-drawer')
  await expect(drawer).toContainText('Before')
  await expect(drawer).toContainText('After')
  await expect(drawer).toContainText('"contactEmail": "privacy@vimage.it"')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Verify audit log' }).click()
  await expect(page.getByTestId('audit-status')).toContainText(/Audit log intact: \d+ entries/)
})

test('opening a file that is not a workspace says so in plain words', async ({ page, harness }) => {
  const notes = join(harness.dir, 'notes.pwb')
  writeFileSync(notes, 'shopping list: milk, eggs\n')
  harness.setExistingPath(notes)
  await page.goto('/')
  await page.getByRole('button', { name: 'Open a workspace file…' }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The workspace could not be opened')
  await expect(alert).toContainText('is not a Privacy Workbench workspace')
  await expect(page.getByRole('heading', { name: 'Create a workspace' })).toBeVisible()
})

test('creating over an existing workspace file is refused with the backend’s plain words', async ({
  page,
  harness,
}) => {
  await page.goto('/')
  await createWorkspaceFromStart(page, 'Vimage S.r.l.')
  await page.getByRole('button', { name: 'Close workspace' }).click()
  await fillCreateForm(page, 'Vimage S.r.l.')
  await page.getByRole('button', { name: 'Create workspace' }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('already exists')
  await expect(alert).toContainText(harness.lastNewPath ?? 'Vimage-Srl.pwb')
  await expect(page.getByRole('heading', { name: 'Create a workspace' })).toBeVisible()
})

test('the demo workspace (Vimage S.r.l.) is created from the start screen', async ({ page, harness }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Create the demo workspace…' }).click()
  await expect(page.getByTestId('header-organisation')).toHaveText('Vimage S.r.l.')
  await expect(page.getByTestId('header-path')).toHaveText(join(harness.dir, 'Vimage-demo.pwb'))
  const summary = page.getByTestId('organisation-summary')
  await expect(summary).toContainText('privacy@vimage.it')
  await expect(summary).toContainText('Not appointed')
  await expect(page.getByTestId('deadlines')).toBeVisible()
})
