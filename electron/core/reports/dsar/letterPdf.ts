import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { LetterLanguage } from '../../../../shared/domain/dsar/enums'
import type { OrganisationProfile } from '../../../../shared/domain/organisation'
import { localeFor } from '../../../../shared/format/dateTime'
import { translator } from '../../../../shared/i18n/translate'
import { COLORS } from '../layout'
import { FONT_FAMILY, renderPdf } from '../pdfEngine'

// A letter to the data subject, on the shared report fonts and colours: letterhead, date, addressee,
// subject, the filled body, and a footer with the case reference and page numbers.

export interface LetterPdfInput {
  profile: OrganisationProfile
  lang: LetterLanguage
  reference: string
  letterDate: string
  /** The letter's date in words, as printed. */
  letterDateText: string
  to: { name: string; lines: string[] }
  subject: string
  body: string
  /** From the injected clock: the same letter gives the same bytes. */
  createdAt: string
}

function bodyContent(body: string): Content[] {
  return body.split(/\n{2,}/).map((para): Content => {
    const lines = para.split('\n')
    if (lines.every((l) => l.startsWith('• ')))
      return { ul: lines.map((l) => l.slice(2)), margin: [0, 0, 0, 10] }
    return { text: lines.join('\n'), margin: [0, 0, 0, 10] }
  })
}

export function buildLetterDoc(i: LetterPdfInput): TDocumentDefinitions {
  const t = translator(i.lang, 'dsarUi')
  const p = i.profile
  const address = [
    p.address.street,
    [p.address.postalCode, p.address.city].filter(Boolean).join(' '),
    p.address.region,
  ]
    .filter((x) => x && x.trim())
    .join(' · ')
  const letterhead: Content = {
    stack: [
      { text: p.legalName, fontSize: 14, bold: true, color: COLORS.accent },
      ...(address ? [{ text: address, fontSize: 8.5, color: COLORS.muted }] : []),
      ...(p.contactEmail ? [{ text: p.contactEmail, fontSize: 8.5, color: COLORS.muted }] : []),
      { canvas: [{ type: 'rect', x: 0, y: 0, w: 495, h: 2, color: COLORS.accent }], margin: [0, 6, 0, 0] },
    ],
    margin: [0, 0, 0, 24],
  }
  return {
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 60],
    language: localeFor(i.lang),
    info: {
      title: i.subject,
      author: p.legalName,
      subject: i.reference,
      creationDate: new Date(i.createdAt),
      modDate: new Date(i.createdAt),
    },
    defaultStyle: { font: FONT_FAMILY, fontSize: 10.5, lineHeight: 1.25, color: COLORS.ink },
    footer: (current, total) => ({
      margin: [50, 20, 50, 0],
      columns: [
        { text: t('letters.reference', { reference: i.reference }), fontSize: 8, color: COLORS.muted },
        { text: t('letters.page', { current, total }), fontSize: 8, color: COLORS.muted, alignment: 'right' },
      ],
    }),
    content: [
      letterhead,
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: t('letters.to'), fontSize: 8, color: COLORS.muted },
              { text: i.to.name, bold: true },
              ...i.to.lines.map((l) => ({ text: l })),
            ],
          },
          { width: 'auto', text: i.letterDateText, alignment: 'right' },
        ],
        margin: [0, 0, 0, 24],
      },
      { text: i.subject, bold: true, fontSize: 12, margin: [0, 0, 0, 14] },
      ...bodyContent(i.body),
    ],
  }
}

export const renderLetterPdf = (i: LetterPdfInput, fontsDir: string): Promise<Buffer> =>
  renderPdf(buildLetterDoc(i), fontsDir)
