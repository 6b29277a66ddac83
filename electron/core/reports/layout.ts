import type { TFunction } from 'i18next'
import type {
  Content,
  ContentTable,
  CustomTableLayout,
  StyleDictionary,
  TDocumentDefinitions,
  TableCell,
} from 'pdfmake/interfaces'
import { formatDateTime, localeFor } from '../../../shared/format/dateTime'
import type { Language } from '../../../shared/reference/regimes'
import { translator } from '../../../shared/i18n/translate'
import { firstBlockHeight, marginOf } from './blockHeight'
import { fitLike, fitTable } from './lineFit'
import { FONT_FAMILY } from './pdfEngine'

// The one page layout every report uses: cover, contents, running header, footer with page numbers and
// the audit-log head hash, numbered headings, and the two kinds of table. Reports only supply sections.

export interface ReportMeta {
  title: string
  organisationName: string
  /** UTC ISO-8601 instant the report was made (from the injected Clock). */
  generatedAt: string
  /** The organisation's IANA time zone: every time in the report is printed in it. */
  timeZone: string
  lang: Language
  workspaceId: string
  /** Hash of the newest audit-log row: ties a printout to the state of the file. null = empty log. */
  auditHeadHash: string | null
  appVersion: string
}

export interface ReportSubsection {
  title: string
  content: Content[]
}

export interface ReportSection {
  title: string
  content: Content[]
  subsections?: ReportSubsection[]
  /** Start on a new page. Default: the first section follows the contents, later ones start a page. */
  newPage?: boolean
}

/** Characters of a hash shown in footers and tables; the cover prints it in full. */
export const SHORT_HASH_LENGTH = 12

export const shortHash = (hash: string, length = SHORT_HASH_LENGTH): string =>
  hash.length > length ? `${hash.slice(0, length)}…` : hash

export const COLORS = {
  ink: '#1d2430',
  muted: '#5f6b7a',
  accent: '#1f4e79',
  rule: '#c5cfdb',
  headerFill: '#e6edf5',
  zebra: '#f5f7fa',
  ok: '#1e6b34',
  bad: '#b3261e',
} as const

const PAGE = { width: 595.28, height: 841.89, marginX: 50, marginTop: 62, marginBottom: 58 } as const
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX

/**
 * Styles used on the many small runs of long reports, as plain properties to spread onto nodes
 * (`{ text, ...TEXT.muted }`) rather than named with `style`: pdfmake resolves a named style again for
 * every word and every property it looks up, a plain property on the node directly (a register of 1,000
 * activities lays out markedly faster). The named styles below are the same objects.
 */
export const TEXT = {
  muted: { color: COLORS.muted, italics: true },
  small: { fontSize: 7.5, color: COLORS.muted },
  ok: { color: COLORS.ok, bold: true },
  bad: { color: COLORS.bad, bold: true },
  kvLabel: { bold: true, color: COLORS.muted },
  tableHeader: { bold: true, color: COLORS.ink },
} as const

/** The two kinds of table, as plain properties (see TEXT). */
const TABLE = { fontSize: 8.5, margin: [0, 2, 0, 10] as [number, number, number, number] }
const KV_TABLE = { fontSize: 9.5, margin: [0, 2, 0, 10] as [number, number, number, number] }

const STYLES: StyleDictionary = {
  coverBrand: { fontSize: 10, bold: true, color: COLORS.accent, characterSpacing: 0.8 },
  coverTitle: { fontSize: 28, bold: true, color: COLORS.ink, lineHeight: 1.1 },
  coverOrg: { fontSize: 16, color: COLORS.ink },
  coverLabel: { fontSize: 9, color: COLORS.muted },
  coverValue: { fontSize: 10, color: COLORS.ink },
  h1: { fontSize: 16, bold: true, color: COLORS.accent, margin: [0, 0, 0, 8] },
  h2: { fontSize: 12, bold: true, color: COLORS.ink, margin: [0, 14, 0, 6] },
  tocTitle: { fontSize: 16, bold: true, color: COLORS.accent, margin: [0, 0, 0, 10] },
  para: { margin: [0, 0, 0, 8] },
  note: { fontSize: 8.5, italics: true, color: COLORS.muted, margin: [0, 0, 0, 6] },
  muted: TEXT.muted,
  table: TABLE,
  tableHeader: TEXT.tableHeader,
  kvTable: KV_TABLE,
  kvLabel: TEXT.kvLabel,
  small: TEXT.small,
  hash: { fontSize: 8.5, characterSpacing: 0.2 },
  running: { fontSize: 8, color: COLORS.muted },
  ok: TEXT.ok,
  bad: TEXT.bad,
}

/** Left + right padding of a cell in both kinds of table (vertical rules are never drawn). */
const CELL_PADDING_X = 8
/** Width of the label column of key/value tables. */
const KV_LABEL_WIDTH = 165

/** Lines between rows only, a tinted header row, light zebra striping. */
const DATA_TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) =>
    i === 0 || i === (node.table.headerRows ?? 0) || i === node.table.body.length ? 0.8 : 0.3,
  vLineWidth: () => 0,
  hLineColor: (i, node) => (i === 0 || i === node.table.body.length ? COLORS.accent : COLORS.rule),
  fillColor: (row, node) =>
    row < (node.table.headerRows ?? 0) ? COLORS.headerFill : row % 2 === 0 ? COLORS.zebra : null,
  paddingLeft: () => CELL_PADDING_X / 2,
  paddingRight: () => CELL_PADDING_X / 2,
  paddingTop: () => 3,
  paddingBottom: () => 3,
}

const KEY_VALUE_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0.3),
  vLineWidth: () => 0,
  hLineColor: (i, node) => (i === 0 || i === node.table.body.length ? COLORS.accent : COLORS.rule),
  paddingLeft: () => CELL_PADDING_X / 2,
  paddingRight: () => CELL_PADDING_X / 2,
  paddingTop: () => 4,
  paddingBottom: () => 4,
}

const COVER_TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 3,
  paddingBottom: () => 3,
}

export interface TableColumn {
  header: string
  width: number | '*' | 'auto'
  alignment?: 'left' | 'right' | 'center'
}

/**
 * A data table that may run over many pages: the header row repeats on each page, a row never splits
 * across pages, and the header is never left alone at the bottom of a page.
 */
export function dataTable(columns: TableColumn[], rows: TableCell[][], emptyText: string): Content {
  if (rows.length === 0) return { text: emptyText, ...TEXT.muted, margin: [0, 2, 0, 10] }
  const header: TableCell[] = columns.map((c) => ({
    text: c.header,
    ...TEXT.tableHeader,
    alignment: c.alignment,
  }))
  const body: TableCell[][] = rows.map((r) =>
    r.map((cell, i) => {
      const alignment = columns[i]?.alignment
      if (!alignment) return cell
      return typeof cell === 'object' && cell !== null && !Array.isArray(cell)
        ? ({ alignment, ...cell } as TableCell)
        : ({ text: cell as string, alignment } as TableCell)
    }),
  )
  const widths = columns.map((c) => c.width)
  return fitTable(
    {
      ...TABLE,
      layout: DATA_TABLE_LAYOUT,
      table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths, body: [header, ...body] },
    },
    widths,
    CELL_PADDING_X,
    TABLE.fontSize,
  )
}

export interface KeyValueRow {
  label: string
  /** A string, or any pdfmake content (several lines, styled text); null/'' prints "Not given". */
  value: Content | null | undefined
}

/** Two-column label/value table for records (the organisation profile, integrity facts). */
export function keyValueTable(rows: KeyValueRow[], t: TFunction): Content {
  const widths: (number | '*')[] = [KV_LABEL_WIDTH, '*']
  const table: ContentTable = {
    ...KV_TABLE,
    layout: KEY_VALUE_LAYOUT,
    table: {
      dontBreakRows: true,
      widths,
      body: rows.map((r) => [
        { text: r.label, ...TEXT.kvLabel },
        r.value === null || r.value === undefined || r.value === ''
          ? { text: t('layout.notGiven'), ...TEXT.muted }
          : (r.value as TableCell),
      ]),
    },
  }
  return keyValue(fitTable(table, widths, CELL_PADDING_X, KV_TABLE.fontSize))
}

/** Tables made by keyValueTable: a heading above one takes its first row along (keepHeadingsWithNext). */
const keyValueTables = new WeakSet<object>()
const keyValue = (table: ContentTable): Content => {
  keyValueTables.add(table)
  return table
}

/** A key/value table cut after its first row: the same lines as one table, the seam invisible. */
const KEY_VALUE_HEAD_LAYOUT: CustomTableLayout = {
  ...KEY_VALUE_LAYOUT,
  hLineWidth: (i) => (i === 0 ? 0.8 : 0.3),
  hLineColor: (i) => (i === 0 ? COLORS.accent : COLORS.rule),
}
const KEY_VALUE_REST_LAYOUT: CustomTableLayout = {
  ...KEY_VALUE_LAYOUT,
  hLineWidth: (i, node) => (i === 0 ? 0 : i === node.table.body.length ? 0.8 : 0.3),
}

function splitKeyValueTable(x: Content): { head: Content; rest: Content | null } | null {
  if (typeof x !== 'object' || x === null || !keyValueTables.has(x)) return null
  const table = x as ContentTable
  const [first, ...rest] = table.table.body
  if (rest.length === 0) return { head: table, rest: null }
  const [left, top, right, bottom] = marginOf(table, STYLES)
  return {
    head: fitLike<ContentTable>({ ...table, layout: KEY_VALUE_HEAD_LAYOUT, margin: [left, top, right, 0], table: { ...table.table, body: [first] } }, table),
    rest: fitLike<ContentTable>({ ...table, layout: KEY_VALUE_REST_LAYOUT, margin: [left, 0, right, bottom], table: { ...table.table, body: rest } }, table),
  }
}

/** At most this much room is reserved under a heading (a bit under half a page). */
const MAX_RESERVE = 0.45 * (PAGE.height - PAGE.marginTop - PAGE.marginBottom)

/** Headings grouped with what must follow them: the stack's items, and the room reserved after the last. */
const keptGroups = new WeakMap<object, { items: Content[]; reserve: number }>()

function keptGroup(items: Content[], reserve: number): Content {
  const group: Content = reserve > 0 ? { stack: items, unbreakable: true, margin: [0, 0, 0, -reserve] } : { stack: items, unbreakable: true }
  keptGroups.set(group, { items, reserve })
  return group
}

const isHeading = (x: Content): x is Extract<Content, object> & { headlineLevel: number } =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && 'headlineLevel' in x && x.headlineLevel !== undefined
const startsPage = (x: Content | undefined): boolean =>
  typeof x === 'object' && x !== null && 'pageBreak' in x && x.pageBreak === 'before'

/**
 * Keeps every heading (a node with `headlineLevel`, at the top level of the content) with what follows it,
 * so that a heading is never the last thing on a page, in the single layout pass: each heading goes into an
 * unbreakable block with
 * - the first row of a following key/value table (the table is cut in two, the seam invisible), or
 * - the heading that follows it, with whatever that one keeps, or
 * - room for the start of anything else (the first lines of a paragraph or list, the header row and first
 *   row of a data table): the room is estimated generously before layout (blockHeight.ts) and given back
 *   by a negative bottom margin, so the block only moves to the next page when that start would not fit.
 * Headings that start a page need nothing. Linear in the number of nodes.
 */
export function keepHeadingsWithNext(content: Content[]): Content[] {
  const reversed: Content[] = []
  for (let i = content.length - 1; i >= 0; i--) {
    const x = content[i]
    const next = reversed.at(-1)
    if (!isHeading(x) || startsPage(x) || next === undefined || startsPage(next)) {
      reversed.push(x)
      continue
    }
    reversed.pop()
    const group = typeof next === 'object' && next !== null ? keptGroups.get(next) : undefined
    if (group) {
      reversed.push(keptGroup([x, ...group.items], group.reserve))
      continue
    }
    const split = splitKeyValueTable(next)
    if (split) {
      if (split.rest) reversed.push(split.rest)
      reversed.push(keptGroup([x, split.head], 0))
      continue
    }
    const reserve = Math.min(MAX_RESERVE, Math.ceil(firstBlockHeight(next, { width: CONTENT_WIDTH, fontSize: 10, styles: STYLES }) * 1.15) + 2)
    const [left, top, right, bottom] = marginOf(x, STYLES)
    reversed.push(next)
    reversed.push(keptGroup([{ ...x, margin: [left, top, right, bottom + reserve] } as Content], reserve))
  }
  return reversed.reverse()
}

export const paragraph = (text: string): Content => ({ text, style: 'para' })
export const note = (text: string): Content => ({ text, style: 'note' })

function coverPage(meta: ReportMeta, t: TFunction): Content[] {
  const row = (label: string, value: Content): TableCell[] => [
    { text: label, style: 'coverLabel' },
    value as TableCell,
  ]
  return [
    { text: t('layout.appName').toUpperCase(), style: 'coverBrand' },
    {
      canvas: [{ type: 'rect', x: 0, y: 0, w: CONTENT_WIDTH, h: 3, color: COLORS.accent }],
      margin: [0, 6, 0, 0],
    },
    { text: meta.title, style: 'coverTitle', margin: [0, 170, 0, 10] },
    { text: meta.organisationName, style: 'coverOrg', margin: [0, 0, 0, 28] },
    {
      canvas: [
        { type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: COLORS.rule },
      ],
      margin: [0, 0, 0, 10],
    },
    {
      layout: COVER_TABLE_LAYOUT,
      table: {
        widths: [140, '*'],
        body: [
          row(t('layout.generated'), {
            text: formatDateTime(meta.generatedAt, meta.timeZone, meta.lang),
            style: 'coverValue',
          }),
          row(t('layout.timeZone'), { text: meta.timeZone, style: 'coverValue' }),
          row(t('layout.workspaceId'), { text: meta.workspaceId, style: 'coverValue' }),
          row(t('layout.appVersion'), {
            text: `${t('layout.appName')} ${meta.appVersion}`,
            style: 'coverValue',
          }),
          row(
            t('layout.auditHead'),
            meta.auditHeadHash
              ? { text: meta.auditHeadHash, style: ['coverValue', 'hash'] }
              : { text: t('layout.auditHeadNone'), style: ['coverValue', 'muted'] },
          ),
        ],
      },
    },
    {
      text: t('layout.auditHeadNote'),
      style: 'note',
      margin: [0, 12, 60, 0],
    },
  ]
}

function sectionContent(sections: ReportSection[]): Content[] {
  const out: Content[] = []
  sections.forEach((s, i) => {
    const n = i + 1
    const newPage = s.newPage ?? i > 0
    out.push({
      text: `${n}   ${s.title}`,
      style: 'h1',
      headlineLevel: 1,
      tocItem: true,
      tocStyle: { bold: true },
      tocMargin: [0, 6, 0, 2],
      ...(newPage
        ? { pageBreak: 'before' as const }
        : { margin: [0, 18, 0, 8] as [number, number, number, number] }),
    })
    out.push(...s.content)
    s.subsections?.forEach((sub, j) => {
      out.push({
        text: `${n}.${j + 1}   ${sub.title}`,
        style: 'h2',
        headlineLevel: 2,
        tocItem: true,
        tocMargin: [16, 2, 0, 2],
      })
      out.push(...sub.content)
    })
  })
  return keepHeadingsWithNext(out)
}

/** The whole document: cover, contents, numbered sections, running header and footer. */
export function buildReportDoc(input: {
  meta: ReportMeta
  sections: ReportSection[]
  t?: TFunction
}): TDocumentDefinitions {
  const { meta, sections } = input
  const t = input.t ?? translator(meta.lang, 'report')
  const footerHash = meta.auditHeadHash
    ? t('layout.auditHeadFooter', { hash: shortHash(meta.auditHeadHash) })
    : t('layout.auditHeadFooterNone')

  return {
    pageSize: 'A4',
    pageMargins: [PAGE.marginX, PAGE.marginTop, PAGE.marginX, PAGE.marginBottom],
    language: localeFor(meta.lang),
    info: {
      title: `${meta.title} — ${meta.organisationName}`,
      author: meta.organisationName,
      subject: meta.title,
      creator: `${t('layout.appName')} ${meta.appVersion}`,
      producer: t('layout.appName'),
      // From the injected clock, not "now": the same data gives the same document.
      creationDate: new Date(meta.generatedAt),
      modDate: new Date(meta.generatedAt),
    },
    defaultStyle: { font: FONT_FAMILY, fontSize: 10, lineHeight: 1.2, color: COLORS.ink },
    styles: STYLES,
    header: (currentPage) =>
      currentPage === 1
        ? null
        : {
            margin: [PAGE.marginX, 26, PAGE.marginX, 0],
            stack: [
              {
                columns: [
                  { text: meta.organisationName, style: 'running', bold: true, width: '*' },
                  { text: meta.title, style: 'running', alignment: 'right', width: 'auto' },
                ],
              },
              {
                canvas: [
                  {
                    type: 'line',
                    x1: 0,
                    y1: 3,
                    x2: CONTENT_WIDTH,
                    y2: 3,
                    lineWidth: 0.5,
                    lineColor: COLORS.rule,
                  },
                ],
              },
            ],
          },
    footer: (currentPage, pageCount) => ({
      margin: [PAGE.marginX, 16, PAGE.marginX, 0],
      stack: [
        {
          canvas: [
            { type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: COLORS.rule },
          ],
        },
        {
          margin: [0, 4, 0, 0],
          columns: [
            { text: footerHash, style: 'running', width: '*' },
            {
              text: t('layout.page', { current: currentPage, total: pageCount }),
              style: 'running',
              alignment: 'right',
              width: 'auto',
            },
          ],
        },
      ],
    }),
    // No pageBreakBefore: pdfmake would lay the whole document out again for every heading it moves, and
    // scan the rest of the document for each heading (minutes for 1,000 headings). Headings are kept with
    // what follows them by keepHeadingsWithNext, in the single layout pass.
    content: [
      ...coverPage(meta, t),
      {
        pageBreak: 'before',
        toc: {
          title: { text: t('layout.contents'), style: 'tocTitle' },
          textMargin: [0, 2, 0, 2],
          numberStyle: { bold: false },
        },
      },
      ...sectionContent(sections),
    ],
  }
}
