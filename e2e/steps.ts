import { expect, type Page } from '@playwright/test'

/** Picks an option of a searchable Mantine Select by typing part of it. */
export async function chooseOption(page: Page, label: string, search: string, option: string): Promise<void> {
  const input = page.getByRole('combobox', { name: label })
  await input.click()
  await input.fill(search)
  await page.getByRole('option', { name: option, exact: true }).click()
  await expect(input).toHaveValue(option)
}

/** The start screen's create form, as a user fills it, up to (not including) the Create button. */
export async function fillCreateForm(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Create a workspace' })).toBeVisible()
  await page.getByLabel('Organisation name').fill(name)
  await chooseOption(page, 'Country of establishment', 'Ital', 'Italy (IT)')
  await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Rome')
  await page.getByRole('button', { name: 'Choose…' }).click()
  await expect(page.getByTestId('create-path')).toHaveText(/Vimage-Srl\.pwb$/)
}

export async function createWorkspaceFromStart(page: Page, name: string): Promise<void> {
  await fillCreateForm(page, name)
  await page.getByRole('button', { name: 'Create workspace' }).click()
  await expect(page.getByTestId('header-organisation')).toHaveText(name)
}
