import { test, expect } from './harness'
import { seedVimage, vimageProfile } from './seed'

test('shell: shortcuts, plain-words module pages, theme remembered across reloads', async ({
  page,
  harness,
}) => {
  await seedVimage(harness)
  await page.goto('/')
  await expect(page.getByTestId('header-organisation')).toHaveText('Vimage S.r.l.')

  // Module pages are reached by Alt+digit; a module not built yet says in plain words what it will do.
  await page.keyboard.press('Alt+Digit4')
  await expect(page.getByRole('heading', { name: 'Breaches', exact: true })).toBeVisible()
  await expect(page.getByTestId('nav-breaches')).toHaveAttribute('data-active', 'true')
  await page.keyboard.press('Alt+Digit6')
  await expect(page.getByRole('heading', { name: 'Drills' })).toBeVisible()
  await expect(page.getByTestId('module-placeholder')).toContainText('Drills never touch your real registers')
  await expect(page.getByTestId('nav-drills')).toHaveAttribute('data-active', 'true')
  await page.keyboard.press('Alt+Digit0')
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible()
  await expect(page.getByTestId('nav-settings')).toHaveAttribute('data-active', 'true')
  await expect(page.getByTestId('nav-organisation')).not.toHaveAttribute('data-active', 'true')

  await page.getByRole('button', { name: 'Switch to dark theme' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await page.reload()
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
})

test('the UI follows the workspace language', async ({ page, harness }) => {
  await seedVimage(harness)
  await harness.invoke('profile.save', { ...vimageProfile(), language: 'it' })
  await page.goto('/#/settings/organisation')
  await expect(page.getByRole('heading', { name: 'Profilo dell’organizzazione' })).toBeVisible()
  await expect(page.getByTestId('nav-audit')).toContainText('Registro delle modifiche')
  // Validation messages come in the same language.
  await page.getByLabel('E-mail di contatto per la privacy').fill('privacy')
  await page.getByRole('button', { name: 'Salva profilo' }).click()
  await expect(page.getByText('Inserire un indirizzo e-mail, ad esempio nome@esempio.it.')).toBeVisible()
})

test('a French workspace: the UI, its validation messages and the activity templates speak French', async ({ page, harness }) => {
  await seedVimage(harness)
  await harness.invoke('profile.save', { ...vimageProfile(), language: 'fr' })
  await page.goto('/#/settings/organisation')
  await expect(page.getByRole('heading', { name: 'Profil de l’organisme' })).toBeVisible()
  await expect(page.getByTestId('nav-audit')).toContainText('Journal d’audit')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await page.getByLabel('E-mail de contact pour les questions de protection des données').fill('privacy')
  await page.getByRole('button', { name: 'Enregistrer le profil' }).click()
  await expect(page.getByText('Saisissez une adresse e-mail, par exemple nom@exemple.fr.')).toBeVisible()
  // The templates come in the workspace's language too (resources/templates/activities/*.json).
  await page.goto('/#/register/new')
  await expect(page.getByTestId('template-newsletter')).toContainText('Newsletter et prospection par e-mail')
})

test('date fields read and show the day first, whatever the computer’s locale, with the calendar in the workspace’s language', async ({ page, harness }) => {
  await seedVimage(harness)
  await harness.invoke('profile.save', { ...vimageProfile(), language: 'it' })
  const activity = (await harness.invoke('register.saveActivity', { name: 'Paghe' })) as { id: string }
  await page.goto(`/#/register/activities/${activity.id}`)
  const next = page.getByTestId('field-nextReviewOn')
  // This browser runs in en-US, where a native date field reads 04/03 as April 3rd: here it is 4 March.
  await next.fill('04/03/2027')
  await page.keyboard.press('Escape')
  await page.getByTestId('save-activity').click()
  await expect
    .poll(async () => ((await harness.invoke('register.getActivity', { id: activity.id })) as { activity: { nextReviewOn?: string } }).activity.nextReviewOn)
    .toBe('2027-03-04')
  await page.reload()
  await expect(next).toHaveValue('04/03/2027')
  // An ISO date (pasted from an export) is read too, and shown day first once the field is left.
  await next.fill('2027-12-31')
  await page.keyboard.press('Tab')
  await expect(next).toHaveValue('31/12/2027')
  // The calendar speaks Italian.
  await next.click()
  await expect(page.getByText('dicembre 2027')).toBeVisible()
})
