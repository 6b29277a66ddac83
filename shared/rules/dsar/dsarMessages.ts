// Explanations are built as i18n keys + parameters and rendered to plain sentences here, so the same
// result can be shown in another language once the `dsar` namespace is translated.
import { dsar as en } from '../../i18n/en/dsar'
import type { DeepStrings } from '../../i18n/types'
import { formatter, frenchFirst } from '../../format/dateTime'
import { isLocalDate } from '../calendar'
import type { DsarMessage, DsarMessageParams, DsarReading, DsarReadingId } from './dsarTypes'

export type DsarCatalogue = DeepStrings<typeof en>

type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>
}[keyof T & string]
export type DsarMessageKey = Paths<typeof en>

export const msg = (key: DsarMessageKey, params: DsarMessageParams = {}): DsarMessage => ({ key, params })

/** "Monday 2 March 2026" (en-GB without the comma); "lunedì 2 marzo 2026" for it-IT. */
export function longDate(d: string, locale = 'en-GB'): string {
  const [y, m, day] = d.split('-').map(Number)
  const at = new Date(Date.UTC(y, m - 1, day)) // formatting only; arithmetic stays in calendar.ts
  const weekday = formatter(locale, 'UTC', { weekday: 'long' }).format(at)
  const date = formatter(locale, 'UTC', { day: 'numeric', month: 'long', year: 'numeric' }).format(at)
  return frenchFirst(`${weekday} ${date}`, locale)
}

/** 'IT' -> "Italy (IT)"; named entries of the catalogue for UK nations, the US and 'none'. */
export function calendarLabel(id: string, catalogue: DsarCatalogue = en, locale = 'en-GB'): string {
  const named = (catalogue.calendars as Record<string, string>)[id]
  if (named) return named
  const name = new Intl.DisplayNames([locale], { type: 'region' }).of(id.split('-')[0])
  return name && name !== id ? `${name} (${id})` : id
}

function lookup(catalogue: DsarCatalogue, key: string): string | undefined {
  let node: unknown = catalogue
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  return typeof node === 'string' ? node : undefined
}

function formatParam(name: string, value: DsarMessageParams[string], catalogue: DsarCatalogue, locale: string): string {
  if (Array.isArray(value))
    return value.map((d) => (d.holiday ? `${longDate(d.date, locale)} (${d.holiday})` : longDate(d.date, locale))).join(', ')
  if (typeof value === 'number') return String(value)
  if (name === 'calendar') return calendarLabel(value, catalogue, locale)
  if (name === 'regime') return (catalogue.regimes as Record<string, string>)[value] ?? value
  return isLocalDate(value) ? longDate(value, locale) : value
}

/** Plain `{{name}}` substitution, values printed as given (for error messages that echo user input). */
export function fillTemplate(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (all, name: string) => params[name] ?? all)
}

/** Fills a `{{name}}` template; an unknown key renders as the key itself, so a gap shows rather than hides. */
export function renderDsarMessage(m: DsarMessage, catalogue: DsarCatalogue = en, locale = 'en-GB'): string {
  const template = lookup(catalogue, m.key) ?? m.key
  return template.replace(/\{\{(\w+)\}\}/g, (all, name: string) =>
    name in m.params ? formatParam(name, m.params[name], catalogue, locale) : all,
  )
}

/** A REFERENCE §8 reading with both dates; `chosenDate` is the one the rule uses. */
export function reading(
  id: DsarReadingId,
  chosenDate: string,
  alternativeDate: string,
  extra: DsarMessageParams = {},
  catalogue: DsarCatalogue = en,
): DsarReading {
  const params = { ...extra, chosenDate, alternativeDate }
  const text = (part: 'question' | 'chosen' | 'alternative' | 'why') =>
    renderDsarMessage({ key: `readings.${id}.${part}`, params }, catalogue)
  return {
    id,
    question: text('question'),
    chosen: text('chosen'),
    alternative: text('alternative'),
    why: text('why'),
    chosenDate,
    alternativeDate,
    params,
  }
}
