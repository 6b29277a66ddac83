// The breach rules explain themselves as i18n keys + parameters (section `rules` of the `breach` namespace,
// shared/i18n/en/breach.ts), rendered to sentences here: in the reader's language with dates as people read
// them (screens, PDFs, reminders), or in English with ISO stamps (the rules' own `label`/`explanation`
// strings, which `pwb deadline breach` prints). Parameters hold instants and dates, never formatted text.
import { z } from 'zod'
import { formatDateTime, formatLocalDate, localeFor } from '../../format/dateTime'
import { breach } from '../../i18n/en/breach'
import type { DeepStrings } from '../../i18n/types'
import { isLocalDate, localIsoMinutes, utcSeconds, type Instant } from '../calendar'

const en = breach.rules

export type BreachRulesCatalogue = DeepStrings<typeof en>

type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>
}[keyof T & string]
/** A text of the `rules` section, e.g. 'gdpr.explain'. */
export type BreachMessageKey = Paths<typeof en>

const ScalarSchema = z.union([z.string(), z.number()])
/** A parameter that is itself a text of the catalogue (a name, a fragment), with its own plain parameters. */
export const BreachPhraseSchema = z.object({ key: z.string(), params: z.record(z.string(), ScalarSchema).optional() })
export type BreachPhrase = z.infer<typeof BreachPhraseSchema>

/**
 * A parameter: a string (an instant 'YYYY-MM-DDTHH:MM:SSZ', a date 'YYYY-MM-DD', or a name such as a zone
 * printed as is), a number, a phrase of the catalogue, or a list of phrases (printed comma-separated).
 */
export const BreachMessageParamSchema = z.union([ScalarSchema, BreachPhraseSchema, z.array(BreachPhraseSchema)])
export type BreachMessageParam = z.infer<typeof BreachMessageParamSchema>

/** One sentence (or a few) of a rule's explanation as a key of the `rules` section and its parameters. */
export const BreachMessageSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), BreachMessageParamSchema),
})
export type BreachMessage = z.infer<typeof BreachMessageSchema>

export const msg = (key: BreachMessageKey, params: Record<string, BreachMessageParam> = {}): BreachMessage => ({
  key,
  params,
})
export const phrase = (key: BreachMessageKey, params?: Record<string, string | number>): BreachPhrase =>
  params ? { key, params } : { key }

/** "2026-03-30T11:00:00Z (2026-03-30T13:00+02:00 Europe/Rome)": the English rule texts' way to print an instant. */
export function both(instant: Instant, tz: string): string {
  return `${utcSeconds(instant)} (${localIsoMinutes(instant, tz)} ${tz})`
}

export interface BreachRenderOptions {
  /** The `rules` section in the reader's language (shared/i18n/<lang>/breach.ts); English by default. */
  catalogue?: BreachRulesCatalogue
  /** UI/report language: the locale of dates and numbers in 'display' style. */
  lang?: string
  /** The organisation's zone: instants print there. Without it, in UTC. */
  tz?: string
  /**
   * 'display' (default): instants via formatDateTime (zone and offset), dates via formatLocalDate.
   * 'iso': instants as UTC stamps with the local time ("2026-03-30T11:00:00Z (2026-03-30T13:00+02:00
   * Europe/Rome)"), dates as YYYY-MM-DD: the rules' English strings and the CLI.
   */
  style?: 'display' | 'iso'
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

function lookup(catalogue: BreachRulesCatalogue, key: string): string | undefined {
  let node: unknown = catalogue
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  return typeof node === 'string' ? node : undefined
}

function scalar(value: string | number, o: BreachRenderOptions): string {
  const lang = o.lang ?? 'en'
  if (typeof value === 'number') {
    return o.style === 'iso'
      ? String(value)
      : new Intl.NumberFormat(localeFor(lang), { useGrouping: false, maximumFractionDigits: 2 }).format(value)
  }
  if (INSTANT.test(value)) {
    if (o.style === 'iso') return o.tz ? both(value, o.tz) : utcSeconds(value)
    return formatDateTime(value, o.tz ?? 'UTC', lang)
  }
  if (isLocalDate(value)) return o.style === 'iso' ? value : formatLocalDate(value, lang)
  return value
}

function fill(key: string, params: Record<string, BreachMessageParam>, o: BreachRenderOptions): string {
  const template = (o.catalogue && lookup(o.catalogue, key)) ?? lookup(en, key) ?? key
  const one = (p: BreachPhrase) => fill(p.key, p.params ?? {}, o)
  return template.replace(/\{\{(\w+)\}\}/g, (all, name: string) => {
    const v = params[name]
    if (v === undefined) return all
    if (Array.isArray(v)) return v.map(one).join(', ')
    if (typeof v === 'object') return one(v)
    return scalar(v, o)
  })
}

/** One message as a sentence; an unknown key renders as the key itself, so a gap shows rather than hides. */
export function renderBreachMessage(m: BreachMessage, o: BreachRenderOptions = {}): string {
  return fill(m.key, m.params, o)
}

/** The sentences of one explanation, joined by spaces. */
export function renderBreachMessages(ms: readonly BreachMessage[], o: BreachRenderOptions = {}): string {
  return ms.map((m) => renderBreachMessage(m, o)).join(' ')
}

/** The English strings the rules keep beside their messages (ISO stamps, as before the messages existed). */
export const englishText = (ms: readonly BreachMessage[], tz?: string): string =>
  renderBreachMessages(ms, { style: 'iso', tz })
