import { translator } from '../i18n/translate'

/** "Label: text" as the language writes it ("Libellé : texte" in French), for reports and the CLI. */
export const labelled = (lang: string, label: string, text: string): string =>
  translator(lang, 'common')('format.labelled', { label, text })
