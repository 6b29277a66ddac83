import { daysBetween } from '../../../../shared/rules/calendar'
import type { DsarListRow } from '../../../../shared/domain/dsar/views'

// Statistics of the DSAR register (issue 5 item 6): requests per type and month, on-time rate, median days
// from receipt to reply. Pure, from the rows the core computed (dates from shared/rules/dsar).

export interface StatsRow {
  receivedDate: string
  types: readonly string[]
  open: boolean
  overdue: boolean
  /** Day the reply (answer or refusal) was sent; null if none. */
  answeredOn: string | null
  onTime: boolean | null
}

export interface DsarStats {
  total: number
  open: number
  overdue: number
  /** Answered or refused (the replies whose timeliness is judged). */
  replied: number
  onTime: number
  /** 0..100, one decimal; null with no replies. */
  onTimePercent: number | null
  /** Median calendar days from receipt to reply; null with no replies. */
  medianDays: number | null
  /** One entry per month with requests, oldest first; a request counts once per type. */
  perMonth: { month: string; byType: Record<string, number>; total: number }[]
  types: string[]
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

export function dsarStats(rows: readonly StatsRow[]): DsarStats {
  const replied = rows.filter((r) => r.answeredOn && r.onTime !== null)
  const onTime = replied.filter((r) => r.onTime).length
  const months = new Map<string, Record<string, number>>()
  const types = new Set<string>()
  for (const r of rows) {
    const m = r.receivedDate.slice(0, 7)
    const byType = months.get(m) ?? {}
    for (const type of r.types) {
      byType[type] = (byType[type] ?? 0) + 1
      types.add(type)
    }
    months.set(m, byType)
  }
  return {
    total: rows.length,
    open: rows.filter((r) => r.open).length,
    overdue: rows.filter((r) => r.overdue).length,
    replied: replied.length,
    onTime,
    onTimePercent: replied.length ? Math.round((onTime / replied.length) * 1000) / 10 : null,
    medianDays: median(replied.map((r) => daysBetween(r.receivedDate, r.answeredOn as string))),
    perMonth: [...months.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, byType]) => ({ month, byType, total: Object.values(byType).reduce((a, b) => a + b, 0) })),
    types: [...types],
  }
}

/** Rows for the statistics from the list the core returns (receipt day from the clock, reply from the case). */
export const statsRow = (r: DsarListRow, receivedDate: string, answeredOn: string | null): StatsRow => ({
  receivedDate,
  types: r.requestTypes,
  open: r.open,
  overdue: r.overdue,
  answeredOn,
  onTime: r.onTime,
})
