import { test, expect } from './harness'

// The start screen speaks the computer's language (no workspace is open yet); the demo it creates is in that
// language too: its content, and the workspace, whose language the whole UI then follows.

const cases = [
  {
    locale: 'it-IT',
    lang: 'it',
    button: 'Crea l’archivio demo…',
    activity: 'Chatbot con IA (Vimage AI)',
    english: 'AI chatbot (Vimage AI)',
  },
  {
    locale: 'fr-FR',
    lang: 'fr',
    button: 'Créer l’espace de travail de démonstration…',
    activity: 'Chatbot d’IA (Vimage AI)',
    english: 'AI chatbot (Vimage AI)',
  },
] as const

for (const c of cases) {
  test.describe(`start screen in ${c.locale}`, () => {
    test.use({ locale: c.locale })

    test(`creates the demo in the start screen’s language (${c.lang})`, async ({ page, harness }) => {
      await page.goto('/')
      await page.getByRole('button', { name: c.button }).click()
      await expect(page.getByTestId('header-organisation')).toHaveText('Vimage S.r.l.')
      expect((await harness.invoke('profile.get', {})).language).toBe(c.lang)
      await expect(page.locator('html')).toHaveAttribute('lang', c.lang)

      await page.getByTestId('nav-register').click()
      const activities = page.getByTestId('table-register-activities')
      await expect(activities).toContainText(c.activity)
      await expect(activities).not.toContainText(c.english)
    })
  })
}
