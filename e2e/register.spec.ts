import { join } from 'node:path'
import { test, expect } from './harness'
import { seedVimage } from './seed'

// Issue 4 item 7: create an activity from a template, edit it, see a completeness finding appear and go
// away once fixed, and a vendor page that lists the activities depending on it, and the breaches that
// name it (a drill marked as one); an activity page that lists the breaches, transfers and requests naming
// it. All through the real renderer against the real core.

test('register: template -> edit -> completeness finding fixed -> vendor page lists its activity and breaches', async ({ page, harness }) => {
  await seedVimage(harness)
  // A vendor the activity will send data to (created through the core as the app would).
  const vendor = await harness.invoke('register.saveVendor', {
    name: 'Brevo SAS',
    country: 'FR',
    role: 'processor',
    services: ['Newsletter sending'],
    dpa: { signed: true, reference: 'Brevo DPA 2026' },
  })

  await page.goto('/')
  await page.getByTestId('nav-register').click()
  await expect(page.getByRole('heading', { name: 'Register of processing activities' })).toBeVisible()
  await expect(page.getByTestId('table-register-activities')).toContainText('No activities yet')

  // 1. From a template: the draft arrives with purposes, bases, data and retention filled in.
  await page.getByTestId('new-activity').click()
  await expect(page.getByRole('heading', { name: 'New activity from a template' })).toBeVisible()
  const card = page.getByTestId('template-newsletter')
  await expect(card).toContainText('Newsletter and e-mail marketing')
  await expect(card).toContainText('Proof of consent: 10 years from the withdrawal of consent')
  await card.getByTestId('use-template-newsletter').click()
  await expect(page.getByRole('heading', { name: 'Newsletter and e-mail marketing' })).toBeVisible()
  await expect(page.getByTestId('activity-status')).toHaveText('Draft')
  await expect(page.getByTestId('purposes.0.bases.0.consentWithdrawal')).toHaveValue(/Unsubscribe link/)

  // 2. Edit: owner, review date, the real vendor as recipient; and (deliberately) no way to withdraw consent.
  await page.getByTestId('field-owner').fill('Marketing lead')
  await page.getByTestId('field-nextReviewOn').fill('2027-06-30')
  await page.getByTestId('purposes.0.bases.0.consentWithdrawal').fill('')
  await page.getByTestId('recipients-add').click()
  await page.getByTestId('recipients.2.kind').click()
  await page.getByRole('option', { name: 'Vendor', exact: true }).click()
  await page.getByTestId('recipients.2.vendorId').click()
  await page.getByRole('option', { name: 'Brevo SAS (FR)' }).click()
  await page.getByTestId('save-activity').click()

  // 3. The completeness panel names the problem, the field's article and what to do.
  const findings = page.getByTestId('activity-findings')
  const withdrawal = findings.getByTestId('finding-consentWithdrawalMissing')
  // The article inside the sentence's full stop, as the register PDF and `pwb list` write it.
  await expect(withdrawal).toContainText('Consent is relied on for “Send the newsletter” but there is no way to withdraw it (Art. 7(3)).')
  await expect(findings).not.toContainText('Nobody is named as owner')

  // 4. Fix it: the finding goes away.
  await page.getByTestId('purposes.0.bases.0.consentWithdrawal').fill('Unsubscribe link in every e-mail')
  await page.getByTestId('save-activity').click()
  await expect(findings.getByTestId('finding-consentWithdrawalMissing')).toHaveCount(0)
  await expect(findings.getByTestId('finding-dpiaNotScreened')).toBeVisible()

  // The register list shows the activity with its vendor and no required item missing.
  await page.getByText('← Back to the register').click()
  const table = page.getByTestId('table-register-activities')
  await expect(table).toContainText('Newsletter and e-mail marketing')
  await expect(table).toContainText('Brevo SAS')
  await expect(page.getByTestId('completeness-errors')).toHaveText('0 required items missing')

  // 5. The vendor page lists what depends on it; the vendor cannot be deleted while it is in use.
  // Two breaches name the vendor (recorded through the core): a drill first, then a real one, which the
  // page lists first.
  const anHourAgo = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 3_600_000).toISOString().replace(/\.000Z$/, 'Z')
  const incident = { discoveredAt: anHourAgo, awareAt: anHourAgo, awareBy: 'Giulia Rossi', natures: ['confidentiality' as const], vendorIds: [vendor.id] }
  await harness.invoke('breach.create', { ...incident, title: 'Exercise: newsletter list leaked', drill: true })
  const real = await harness.invoke('breach.create', { ...incident, title: 'Newsletter list exposed by the vendor' })
  await page.getByTestId('register-tab-vendors').click()
  await page.getByTestId('table-register-vendors').getByText('Brevo SAS').click()
  await expect(page).toHaveURL(new RegExp(`/register/vendors/${vendor.id}$`))
  const deps = page.getByTestId('vendor-dependents')
  await expect(deps.getByTestId('vendor-activity')).toHaveText('Newsletter and e-mail marketing')
  await expect(deps.getByTestId('vendor-breach')).toHaveText(['Newsletter list exposed by the vendor', 'Exercise: newsletter list leaked'])
  const breachItems = deps.getByRole('listitem').filter({ has: page.getByTestId('vendor-breach') })
  await expect(breachItems.nth(0)).toContainText(`(${real.breach.ref})`)
  await expect(breachItems.nth(0).getByTestId('vendor-breach-drill')).toHaveCount(0)
  await expect(breachItems.nth(1).getByTestId('vendor-breach-drill')).toHaveText('Drill')
  await expect(deps.getByRole('button', { name: 'Delete vendor' })).toBeDisabled()
  await expect(deps).toContainText('A breach record names this vendor and must keep doing so: it cannot be deleted.')
  await deps.getByTestId('vendor-activity').click()
  await expect(page.getByRole('heading', { name: 'Newsletter and e-mail marketing' })).toBeVisible()
  // Each breach links to its page.
  await page.goBack()
  await deps.getByTestId('vendor-breach').first().click()
  await expect(page).toHaveURL(new RegExp(`/breaches/${real.breach.id}$`))
  await expect(page.getByRole('heading', { name: 'Newsletter list exposed by the vendor' })).toBeVisible()
})

test('register: DPIA screening gives the result with its reasons', async ({ page, harness }) => {
  await seedVimage(harness)
  const a = await harness.invoke('register.saveActivity', { name: 'CCTV in the shop' })
  await page.goto(`/#/register/activities/${a.id}`)
  await page.getByTestId('tab-dpia').click()
  await page.getByTestId('wp248-systematic_monitoring').check()
  await page.getByTestId('wp248-vulnerable_subjects').check()
  await page.getByTestId('dpia-answeredBy').fill('Office manager')
  await page.getByTestId('dpia-save').click()
  const result = page.getByTestId('dpia-result')
  await expect(result).toContainText('DPIA required')
  await expect(result).toContainText('2 WP248 criteria apply')
  await expect(result).toContainText('Office manager')
})

test('register: the demo activity page lists the breach, transfers and requests that name it, each linking to its page', async ({ page, harness }) => {
  await harness.invoke('workspace.createDemo', { path: join(harness.dir, 'Vimage-demo.pwb') })
  const activities = await harness.invoke('register.listActivities', {})
  const contact = activities.find((a) => a.name === 'Contact form and replies')
  if (!contact) throw new Error('the demo has no “Contact form and replies” activity')
  // The demo names the activity in its phishing breach. A transfer made for it and a request whose search
  // log names it are added through the core, so every block of the card shows.
  const vendors = await harness.invoke('register.listVendors', {})
  const anthropic = vendors.find((v) => v.name === 'Anthropic, PBC')
  if (!anthropic) throw new Error('the demo has no Anthropic vendor')
  const transfer = await harness.invoke('transfers.save', { importerVendorId: anthropic.id, importerCountry: 'US', activityId: contact.id })
  const open = (await harness.invoke('dsar.list', {})).find((c) => c.status === 'in_progress')
  if (!open) throw new Error('the demo has no request in progress')
  await harness.invoke('dsar.searchSave', { caseId: open.id, systemName: 'Contact form inbox', registerActivityId: contact.id, result: 'pending' })
  const { dependents } = await harness.invoke('register.getActivity', { id: contact.id })
  const phishing = dependents.breaches.find((b) => b.title === 'Mailbox taken over through phishing')
  if (!phishing) throw new Error('the demo breach does not name the activity')

  await page.goto(`/#/register/activities/${contact.id}`)
  await expect(page.getByRole('heading', { name: 'Contact form and replies' })).toBeVisible()
  const deps = page.getByTestId('activity-dependents')
  await expect(deps).toContainText('What depends on this activity')
  await expect(deps.getByTestId('activity-breach')).toHaveText(dependents.breaches.map((b) => b.title))
  await expect(deps.getByTestId('activity-breach').first()).toHaveText('Mailbox taken over through phishing')
  await expect(deps.getByTestId('activity-transfer')).toHaveText(dependents.transfers.map((t) => `${t.importer} (${t.country})`))
  await expect(deps.getByTestId('activity-transfer')).toContainText(['Anthropic, PBC (US)'])
  await expect(deps).toContainText('Deleting this activity leaves these transfers without an activity')
  await expect(deps.getByTestId('activity-request')).toHaveText(dependents.requests.map((r) => r.id))
  await expect(deps.getByTestId('activity-request')).toContainText([open.id])
  // A real breach names it: Delete is disabled and the page says what to do instead.
  await expect(page.getByTestId('delete-activity')).toBeDisabled()
  await expect(page.getByTestId('delete-activity-hint')).toHaveText(
    'A breach record names this activity and must keep doing so: it cannot be deleted. Set its status to “Retired” instead.',
  )

  // Each item links to its page.
  await deps.getByTestId('activity-breach').first().click()
  await expect(page).toHaveURL(new RegExp(`/breaches/${phishing.id}$`))
  await expect(page.getByRole('heading', { name: 'Mailbox taken over through phishing' })).toBeVisible()
  await page.goBack()
  await deps.getByTestId('activity-transfer').filter({ hasText: 'Anthropic, PBC (US)' }).click()
  await expect(page).toHaveURL(new RegExp(`/transfers/${transfer.id}$`))
  await expect(page.getByRole('heading', { name: /^Anthropic, PBC — / })).toBeVisible()
  await page.goBack()
  await deps.getByTestId('activity-request').filter({ hasText: open.id }).click()
  await expect(page).toHaveURL(new RegExp(`/requests/${open.id}$`))
  await expect(page.getByRole('heading', { name: new RegExp(`^${open.id} — `) })).toBeVisible()

  // An activity nothing names says so, and can be deleted.
  const loose = await harness.invoke('register.saveActivity', { name: 'Office plants rota' })
  await page.goto(`/#/register/activities/${loose.id}`)
  await expect(page.getByTestId('activity-dependents')).toContainText('No breach, international transfer or request names this activity yet.')
  await expect(page.getByTestId('delete-activity')).toBeEnabled()
  await expect(page.getByTestId('delete-activity-hint')).toHaveCount(0)
})

test('register: a vendor only a drill names can be deleted, and the drill stops naming it', async ({ page, harness }) => {
  await seedVimage(harness)
  const vendor = await harness.invoke('register.saveVendor', { name: 'Old Mailer Ltd', country: 'IE', role: 'processor' })
  const anHourAgo = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 3_600_000).toISOString().replace(/\.000Z$/, 'Z')
  const drill = await harness.invoke('breach.create', {
    title: 'Exercise: mailer credentials leaked',
    discoveredAt: anHourAgo,
    awareAt: anHourAgo,
    awareBy: 'Giulia Rossi',
    natures: ['confidentiality' as const],
    vendorIds: [vendor.id],
    drill: true,
  })
  await page.goto(`/#/register/vendors/${vendor.id}`)
  const deps = page.getByTestId('vendor-dependents')
  await expect(deps.getByTestId('vendor-breach-drill')).toHaveText('Drill')
  await expect(deps).toContainText('Deleting it also takes it out of the drill that names it.')
  await deps.getByRole('button', { name: 'Delete vendor' }).click()
  await expect(page).toHaveURL(/\/register\/vendors$/)
  await expect(page.getByTestId('table-register-vendors')).not.toContainText('Old Mailer Ltd')
  // The drill names nothing that no longer exists.
  const after = await harness.invoke('breach.get', { id: drill.breach.id })
  expect(after.breach.vendorIds).toEqual([])
})
