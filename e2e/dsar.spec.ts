import { existsSync } from 'node:fs'
import { test, expect } from './harness'
import { seedVimage } from './seed'

// Issue 5 item 9: log a request, see the due date and the reason, extend it, pause and resume (UK),
// answer it, download the closing pack. The core's clock is moved by the harness; the page only shows
// the dates the core computed.

test('a GDPR request from logging to the closing pack', async ({ page, harness }) => {
  harness.clock.set('2026-02-02T10:00:00Z')
  await seedVimage(harness)
  await page.goto('/')
  await page.getByTestId('nav-requests').click()
  await expect(page.getByRole('heading', { name: 'Data-subject requests' })).toBeVisible()
  await page.getByTestId('new-request').click()

  // Log it: received on Saturday 31 January 2026 at 09:15 (Rome).
  await expect(page.getByTestId('dsar-suggestion')).toContainText('GDPR (EU/EEA)')
  await page.getByLabel('Name').fill('Mario Rossi')
  await page.getByLabel('E-mail').fill('mario.rossi@example.com')
  await page.getByLabel('Date received').fill('2026-01-31')
  await page.getByLabel('Time received').fill('09:15')
  await page.getByTestId('dsar-save').click()

  // The due date and the reason: 31 February does not exist → Sat 28 Feb → Mon 2 Mar (Reg. 1182/71 Art. 3).
  await expect(page.getByRole('heading', { name: 'DSAR-2026-001 — Mario Rossi' })).toBeVisible()
  await expect(page.getByTestId('dsar-due')).toHaveText('Monday 2 March 2026')
  await expect(page.getByTestId('dsar-days-left')).toHaveText('28 days left')
  await expect(page.getByTestId('dsar-why')).toContainText(
    'which does not exist, so it ends on that month’s last day: Saturday 28 February 2026',
  )
  await expect(page.getByTestId('dsar-why')).toContainText(
    'the legal limit moves to the next working day, Monday 2 March 2026',
  )
  await expect(page.getByTestId('dsar-keeps-running')).toBeVisible()
  await expect(page.getByTestId('dsar-next')).toContainText('Check who is asking')

  // Extend it within the first month, with the reasons.
  await page.getByTestId('dsar-extend').click()
  await page
    .getByLabel('Reasons (complexity, number of requests)')
    .fill('Eight years of project e-mails to review.')
  await page.getByTestId('dsar-extend-confirm').click()
  await expect(page.getByTestId('dsar-status')).toHaveText('Extended')
  await expect(page.getByTestId('dsar-due')).toHaveText('Tuesday 28 April 2026')
  await expect(page.getByTestId('dsar-extended')).toContainText(
    'the limit moved from 2 Mar 2026 to 28 Apr 2026',
  )
  await expect(page.getByTestId('dsar-extend')).toHaveCount(0)

  // Decide and answer it.
  await page.getByRole('tab', { name: 'Decisions' }).click()
  const decision = page.getByTestId('dsar-decision-access')
  await decision.getByLabel('Decision', { exact: true }).click()
  await page.getByRole('option', { name: 'Granted', exact: true }).click()
  await decision.getByLabel('Reasons').fill('Copy of the records sent by e-mail.')
  await page.getByTestId('dsar-decision-save-access').click()
  await expect(page.getByTestId('dsar-next')).toContainText('Send the answer letter')
  await page.getByTestId('dsar-move').click()
  await page.getByRole('menuitem', { name: 'Answered' }).click()
  await page.getByTestId('dsar-transition-confirm').click()
  await expect(page.getByTestId('dsar-status')).toHaveText('Answered')
  await expect(page.getByTestId('dsar-days-left')).toHaveText('Replied on 2 Feb 2026 — in time')

  // Download the closing pack.
  await page.getByTestId('dsar-closing-pack').click()
  const result = page.getByTestId('dsar-pack-result')
  await expect(result).toContainText('Closing pack written')
  const path = (await result.locator('pre, code').first().textContent())?.trim() ?? ''
  expect(path).toMatch(/dsar-case-DSAR-2026-001-2026-02-02\.pdf$/)
  expect(path.startsWith(harness.dir)).toBe(true)
  expect(existsSync(path)).toBe(true)

  // The list agrees.
  await page.getByTestId('nav-requests').click()
  await expect(page.getByTestId('table-dsar')).toContainText('Mario Rossi')
  await expect(page.getByTestId('table-dsar')).toContainText('Replied')
})

test('UK GDPR: a clarification pauses the clock and its answer resumes it (Art. 12A)', async ({
  page,
  harness,
}) => {
  harness.clock.set('2026-09-07T09:00:00Z')
  await seedVimage(harness)
  await harness.invoke('dsar.save', {
    requesterName: 'Oliver Smith',
    requesterCountry: 'GB',
    relationship: 'website_user',
    channel: 'web_form',
    receivedAt: '2026-09-03T10:00',
    regime: 'uk',
    requestTypes: ['access'],
  })
  await page.goto('/#/requests/DSAR-2026-001')
  await expect(page.getByTestId('dsar-due')).toHaveText('Monday 5 October 2026')
  await expect(page.getByTestId('dsar-keeps-running')).toHaveCount(0)

  // Pause: the clarification is asked for on 7 September.
  await page.getByRole('tab', { name: 'Identity & clock events' }).click()
  await page.getByTestId('dsar-event-kind').click()
  await page.getByRole('option', { name: 'Clarification asked for', exact: true }).click()
  await page.getByTestId('dsar-event-reason').fill('Which years of e-mails?')
  await page.getByTestId('dsar-event-add').click()
  await expect(page.getByTestId('dsar-pause')).toHaveText(
    'Clarification pause since 7 Sept 2026 (clock stopped)',
  )
  await expect(page.getByTestId('dsar-waiting')).toContainText('the clock is stopped')

  // Resume: the answer arrives on 14 September; those 8 days do not count.
  harness.clock.set('2026-09-14T09:00:00Z')
  await page.reload()
  await page.getByRole('tab', { name: 'Identity & clock events' }).click()
  await page.getByTestId('dsar-event-kind').click()
  await page.getByRole('option', { name: 'Clarification received', exact: true }).click()
  await page.getByTestId('dsar-event-on').fill('2026-09-14')
  await page.getByTestId('dsar-event-reason').fill('2024 and 2025 only.')
  await page.getByTestId('dsar-event-add').click()
  await expect(page.getByTestId('dsar-pause')).toHaveText('Clarification pause 7 Sept 2026 – 14 Sept 2026')
  await expect(page.getByTestId('dsar-waiting')).toHaveCount(0)
  await expect(page.getByTestId('dsar-due')).toHaveText('Monday 12 October 2026')
  await expect(page.getByTestId('dsar-unpaused')).toHaveText(
    'Without identity, fee or pauses: target 3 Oct 2026, limit 5 Oct 2026.',
  )
  await expect(page.getByTestId('dsar-why')).toContainText(
    'the days from the one to the other, both included, do not count (8 in all)',
  )
})
