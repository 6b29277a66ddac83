import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { test, expect } from './harness'
import { seedVimage } from './seed'

test('reports: the workspace summary PDF is written and its path and size are shown', async ({
  page,
  harness,
}) => {
  await seedVimage(harness)
  await page.goto('/#/reports')
  const card = page.getByTestId('report-summary')
  await expect(card.getByRole('heading', { name: 'Workspace summary (PDF)' })).toBeVisible()
  await page.getByRole('combobox', { name: 'Report language' }).click()
  await page.getByRole('option', { name: 'Italiano' }).click()
  await card.getByRole('button', { name: 'Create PDF' }).click()

  const result = card.getByTestId('report-result')
  await expect(result).toContainText('Report written')
  const path = (await result.locator('pre, code').first().textContent())?.trim() ?? ''
  expect(path).toMatch(/\.pdf$/)
  expect(path.startsWith(harness.dir)).toBe(true)
  const bytes = statSync(path).size
  expect(bytes).toBeGreaterThan(1000)
  // "Size: 43.8 kB": the size the backend reported, in kB with one decimal.
  await expect(result).toContainText(`Size: ${(Math.round(bytes / 100) / 10).toString()} kB`)
  // Only the report asked for was written.
  await expect(page.getByTestId('report-result')).toHaveCount(1)
})

test('reports: every register of the workspace is on one page, and "Create all" writes each in the chosen language', async ({
  page,
  harness,
}) => {
  await seedVimage(harness)
  await page.goto('/#/reports')
  const types = ['summary', 'ropa', 'dsar', 'breach', 'transfers']
  for (const type of types) await expect(page.getByTestId(`report-${type}`)).toBeVisible()
  await expect(page.getByTestId('report-ropa')).toContainText('Register of processing activities (Art. 30)')
  await expect(page.getByTestId('report-breach')).toContainText('Register of personal-data breaches (Art. 33(5))')

  await page.getByRole('combobox', { name: 'Report language' }).click()
  await page.getByRole('option', { name: 'Français' }).click()
  await page.getByRole('button', { name: 'Create all 5' }).click()

  for (const type of types) {
    const result = page.getByTestId(`report-${type}`).getByTestId('report-result')
    await expect(result).toContainText('Report written', { timeout: 20_000 })
    const path = (await result.locator('pre, code').first().textContent())?.trim() ?? ''
    // Each card shows its own file: the type is in the name the backend chose.
    expect(basename(path)).toContain(`-${type}-`)
    expect(statSync(path).size).toBeGreaterThan(1000)
  }
  const written = await Promise.all(
    types.map(async (type) => (await page.getByTestId(`report-${type}`).locator('pre, code').first().textContent())?.trim()),
  )
  expect(new Set(written).size).toBe(types.length)
  // Written in French (poppler's pdftotext, installed with the e2e tools, reads them back).
  const text = (i: number) => execFileSync('pdftotext', ['-layout', written[i] ?? '', '-'], { encoding: 'utf8' })
  expect(text(1)).toContain('Registre des activités de traitement')
  expect(text(3)).toMatch(/Page 1 sur \d+/)
})

test('reports: a report that cannot be written says why on its own card, without showing the older file as if just written', async ({
  page,
  harness,
}) => {
  await seedVimage(harness)
  await page.goto('/#/reports')
  const ropa = page.getByTestId('report-ropa')
  await ropa.getByRole('button', { name: 'Create PDF' }).click()
  const result = ropa.getByTestId('report-result')
  await expect(result).toContainText('Report written', { timeout: 20_000 })
  const path = (await result.locator('pre, code').first().textContent())?.trim() ?? ''
  expect(path).toMatch(/\.pdf$/)

  // A folder now stands where the register would be written again: the write is refused.
  rmSync(path)
  mkdirSync(path)
  await page.getByRole('button', { name: 'Create all 5' }).click()
  const summary = page.getByTestId('report-summary').getByTestId('report-result')
  await expect(summary).toContainText('Report written', { timeout: 20_000 })
  await expect(page.getByTestId('report-transfers').getByTestId('report-result')).toContainText('Report written', { timeout: 20_000 })
  await expect(ropa.getByText('The report was not created')).toBeVisible()
  // It names the file asked for (not the ".part" written first) and says what to do.
  await expect(ropa).toContainText(`“${path}” could not be read or written: a folder has that name. Choose another file name.`)
  // The refusal replaced the path of the file written before: nothing on the card says it was written.
  await expect(result).toHaveCount(0)
  // The other cards were written despite it.
  for (const type of ['summary', 'dsar', 'breach', 'transfers'])
    await expect(page.getByTestId(`report-${type}`).getByTestId('report-result')).toHaveCount(1)
})
