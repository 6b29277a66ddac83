import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { test, expect } from './harness'
import { seedVimage } from './seed'

// Issue 7 item 8: from a vendor in the USA, record the transfer, start a TIA, complete the six steps,
// sign it, write the PDF; then, with the core's clock past the review date, the review reminder shows.

const SIGNED_AT = '2026-11-23T09:00:00Z'

test('from a US vendor to a signed TIA, its PDF, and the review reminder', async ({ page, harness }) => {
  harness.clock.set(SIGNED_AT)
  await seedVimage(harness)
  await harness.invoke('register.saveVendor', {
    name: 'Acme AI Inc.',
    country: 'US',
    role: 'processor',
    services: ['Chatbot replies'],
  })

  // The register's vendor outside the EEA becomes a transfer.
  await page.goto('/')
  await page.getByTestId('nav-transfers').click()
  await expect(page.getByRole('heading', { name: 'Transfers', exact: true })).toBeVisible()
  await expect(page.getByTestId('pack-status')).toContainText('as of 2026-11-01')
  const candidates = page.getByTestId('transfer-candidates')
  await expect(candidates).toContainText('Acme AI Inc. — United States (US)')
  await candidates.getByRole('button', { name: 'Record these transfers' }).click()
  await expect(page.getByTestId('table-transfers')).toContainText('Acme AI Inc.')
  await expect(page.getByTestId('transfer-findings')).toContainText(
    'Acme AI Inc. receives data outside the EEA (US) with no transfer tool recorded.',
  )

  // Its tool: SCCs, module 2. The page then says a TIA is needed, and why.
  await page.getByTestId('table-transfers').getByText('Acme AI Inc.').click()
  await page.getByRole('button', { name: 'Edit transfer' }).click()
  await page.getByLabel('Purpose').fill('Answers of the website chatbot')
  await page.getByRole('button', { name: 'Add tool' }).click()
  await page.getByRole('combobox', { name: 'SCC module' }).click()
  await page.getByRole('option', { name: '2', exact: true }).click()
  await page.getByTestId('save-transfer').click()
  await expect(page.getByTestId('tia-need')).toContainText(
    'TIA needed: the transfer relies on an Art. 46 tool',
  )

  // The wizard, prefilled from the transfer and the country pack.
  await page.getByTestId('start-tia').click()
  const wizard = page.getByTestId('tia-wizard')
  await expect(wizard).toBeVisible()
  await expect(page.getByLabel('Importer', { exact: true })).toHaveValue('Acme AI Inc.')
  await page.getByRole('combobox', { name: 'Categories of data' }).fill('Chat messages')
  await page.getByRole('combobox', { name: 'Categories of data' }).press('Enter')
  await page.getByRole('combobox', { name: 'Categories of people' }).fill('Website visitors')
  await page.getByRole('combobox', { name: 'Categories of people' }).press('Enter')
  await page.getByRole('checkbox', { name: 'Sent (in transit)' }).check()
  await page.getByTestId('clear-text-access').getByText('Yes', { exact: true }).click()
  await page.getByTestId('wizard-next').click()
  await expect(page.getByRole('combobox', { name: 'Tool relied on' })).toHaveValue(
    'Standard contractual clauses (2021/914)',
  )
  await page.getByTestId('wizard-next').click()

  // Step 3: the country pack's US summary and laws are there; the user answers in plain words.
  await expect(page.getByTestId('country-summary')).toContainText('Data Privacy Framework')
  await expect(page.getByRole('textbox', { name: 'Law' }).first()).toHaveValue(
    'FISA section 702 (50 U.S.C. §1881a)',
  )
  await page.getByTestId('importer-in-scope').getByText('Yes', { exact: true }).click()
  await page.getByTestId('practice-applies').getByText('No', { exact: true }).click()
  await page.getByTestId('law-impinges').getByText('Yes', { exact: true }).click()
  await page
    .getByTestId('assessment')
    .fill('FISA 702 can reach the importer; short pre-sales questions of no interest to authorities.')
  await page.getByTestId('wizard-next').click()
  await page.getByTestId('measure-data_minimisation').check()
  await page.getByTestId('measure-no_training_use').check()
  await page.getByTestId('wizard-next').click()
  await page.getByTestId('wizard-next').click()
  await page.getByTestId('wizard-next').click()

  // Conclude and sign; the rules' suggestion is shown, the user decides with reasons.
  await expect(page.getByTestId('suggestion')).toContainText(
    'Proceed only with the listed supplementary measures',
  )
  await page.getByTestId('conclusion-proceed_with_measures').check()
  await page
    .getByTestId('reasons')
    .fill('Minimal, non-sensitive data; documented practice; contractual measures.')
  await page.getByTestId('signed-by').fill('Mario Rossi')
  await page.getByTestId('sign-tia').click()

  await expect(page.getByTestId('tia-status')).toHaveText('Final')
  await expect(page.getByText('Review by 23 Nov 2027')).toBeVisible()

  // The PDF: written, with the six steps and the dated sources.
  await page.getByTestId('tia-pdf').click()
  const result = page.getByTestId('tia-pdf-result')
  await expect(result).toBeVisible()
  const path = (await result.locator('pre, code').first().textContent())?.trim() ?? ''
  expect(path.startsWith(harness.dir)).toBe(true)
  expect(existsSync(path)).toBe(true)
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain('Step 6 — Re-evaluation')
  expect(text).toContain('as of 2026-11-01')
  expect(text).toContain('Mario Rossi')

  // A year later, past the review date: the reminder fires once and shows.
  harness.clock.set('2027-11-24T09:00:00Z')
  expect(await harness.core.tick()).toBe(1)
  await expect(page.getByText('Review the TIA for Acme AI Inc. (US)')).toBeVisible()
  await expect(page.getByText(/The deadline passed on/)).toBeVisible()
})
