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
    tiaStep3: 'Passo 3 — Legge e prassi del paese di destinazione',
    adequacy: 'Decisione di esecuzione (UE) 2023/1795 del 10 luglio 2023',
  },
  {
    locale: 'fr-FR',
    lang: 'fr',
    button: 'Créer l’espace de travail de démonstration…',
    activity: 'Chatbot d’IA (Vimage AI)',
    english: 'AI chatbot (Vimage AI)',
    tiaStep3: 'Étape 3 — Législation et pratiques du pays de destination',
    adequacy: 'Décision d’exécution (UE) 2023/1795 du 10 juillet 2023',
  },
] as const

for (const c of cases) {
  test.describe(`start screen in ${c.locale}`, () => {
    test.use({ locale: c.locale })

    test(`creates the demo in the start screen’s language (${c.lang})`, async ({ page, harness }) => {
      await page.goto('/')
      // Before any workspace is open, the page says which language it speaks (screen readers read by it).
      await expect(page.locator('html')).toHaveAttribute('lang', c.lang)
      await page.getByRole('button', { name: c.button }).click()
      await expect(page.getByTestId('header-organisation')).toHaveText('Vimage S.r.l.')
      expect((await harness.invoke('profile.get', {})).language).toBe(c.lang)
      await expect(page.locator('html')).toHaveAttribute('lang', c.lang)

      await page.getByTestId('nav-register').click()
      const activities = page.getByTestId('table-register-activities')
      await expect(activities).toContainText(c.activity)
      await expect(activities).not.toContainText(c.english)

      // The TIA: its country texts come from the built-in pack in the same language.
      const [tia] = await harness.invoke('transfers.tia.list', {})
      await page.goto(`/#/transfers/tia/${tia.id}`)
      await expect(page.getByText(c.tiaStep3)).toBeVisible()
      await expect(page.getByText(c.adequacy, { exact: false }).first()).toBeVisible()
      await expect(page.locator('body')).not.toContainText('Only organisations on the Data Privacy Framework List')
    })
  })
}
