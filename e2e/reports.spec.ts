import { statSync } from 'node:fs'
import { test, expect } from './harness'
import { seedVimage } from './seed'

test('reports: the workspace summary PDF is written and its path and size are shown', async ({
  page,
  harness,
}) => {
  await seedVimage(harness)
  await page.goto('/#/reports')
  await expect(page.getByRole('heading', { name: 'Workspace summary (PDF)' })).toBeVisible()
  await page.getByRole('combobox', { name: 'Report language' }).click()
  await page.getByRole('option', { name: 'Italiano' }).click()
  await page.getByRole('button', { name: 'Create PDF' }).click()

  const result = page.getByTestId('report-result')
  await expect(result).toContainText('Report written')
  const path = (await result.locator('pre, code').first().textContent())?.trim() ?? ''
  expect(path).toMatch(/\.pdf$/)
  expect(path.startsWith(harness.dir)).toBe(true)
  const bytes = statSync(path).size
  expect(bytes).toBeGreaterThan(1000)
  // "Size: 43.8 kB": the size the backend reported, in kB with one decimal.
  await expect(result).toContainText(`Size: ${(Math.round(bytes / 100) / 10).toString()} kB`)
})
