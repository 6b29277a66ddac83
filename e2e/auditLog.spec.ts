import { test, expect } from './harness'
import { seedVimage, vimageProfile } from './seed'

test('audit log table: virtual rows, sort, filters, remembered columns, entry drawer', async ({
  page,
  harness,
}) => {
  await seedVimage(harness)
  const profile = vimageProfile()
  // Many real audit rows: each save that changes something writes one 'update' entry.
  const saves = 400
  for (let i = 1; i <= saves; i++)
    await harness.invoke('profile.save', { ...profile, tradingName: `Vimage ${i}` })
  const total = saves + 2 // the create and the seed's update

  await page.goto('/#/settings/audit')
  const table = page.getByTestId('table-audit')
  await expect(table.getByTestId('row-count')).toHaveText(`${total} of ${total} rows`)
  // Virtual rows: only what fits the viewport (plus overscan) is in the DOM.
  const rendered = await table.locator('tbody tr[data-index]').count()
  expect(rendered).toBeGreaterThan(5)
  expect(rendered).toBeLessThan(60)
  // Newest first by default; the first data row is the last save.
  await expect(table.locator('tbody tr[data-index="0"] td').first()).toHaveText(String(total))

  // Sorting: a click on No. turns newest-first into oldest-first.
  const idHeader = table.getByRole('columnheader', { name: /No\./ })
  await expect(idHeader).toHaveAttribute('aria-sort', 'descending')
  await idHeader.getByRole('button').click()
  await expect(idHeader).toHaveAttribute('aria-sort', 'ascending')
  await expect(table.locator('tbody tr[data-index="0"] td').first()).toHaveText('1')

  // Scrolling far down renders rows from the far end of the list.
  await table.locator('tbody').evaluate((el) => el.closest('div')!.scrollTo(0, 1e7))
  await expect(table.locator(`tbody tr[data-index="${total - 1}"]`)).toBeVisible()

  // Global filter and a per-column filter.
  await page.getByLabel('Search all columns').fill('Created')
  await expect(table.getByTestId('row-count')).toHaveText(`1 of ${total} rows`)
  await page.getByLabel('Search all columns').fill('')
  await page.getByLabel('Filter Action').fill('Updated')
  await expect(table.getByTestId('row-count')).toHaveText(`${total - 1} of ${total} rows`)
  await page.getByLabel('Filter No.').fill('398')
  await expect(table.getByTestId('row-count')).toHaveText(`1 of ${total} rows`)

  // The drawer shows before/after of that entry: entry 398 is save no. 396 (entries 1-2 come from the seed).
  await table.locator('tbody tr[data-index="0"]').click()
  const drawer = page.getByTestId('audit-drawer')
  await expect(drawer).toContainText('"tradingName": "Vimage 395"')
  await expect(drawer).toContainText('"tradingName": "Vimage 396"')
  await page.keyboard.press('Escape')

  // Hide a column and move another; both survive a reload (UI preference in localStorage).
  await page.getByRole('button', { name: 'Columns' }).click()
  await page.getByRole('checkbox', { name: 'Hash' }).uncheck()
  await page.getByRole('button', { name: 'Move Action left' }).click()
  await page.keyboard.press('Escape')
  const headers = () => table.getByRole('columnheader').filter({ hasNotText: 'Filter' }).allInnerTexts()
  await expect(table.getByRole('columnheader', { name: 'Hash' })).toHaveCount(0)
  await page.reload()
  await expect(table.getByTestId('row-count')).toHaveText(`${total} of ${total} rows`)
  await expect(table.getByRole('columnheader', { name: 'Hash' })).toHaveCount(0)
  const texts = (await headers()).map((s) => s.trim()).filter(Boolean)
  expect(texts.indexOf('Action')).toBe(texts.indexOf('Record') - 1)
})
