// Drill incidents never reach real registers, reports or statistics (issue 6 item 11; DESIGN.md).
export function excludeDrills<T extends { drill: boolean }>(items: readonly T[]): T[] {
  return items.filter((i) => !i.drill)
}
