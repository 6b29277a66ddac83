import { describe, expect, it } from 'vitest'
import { contract, ReportTypeSchema, WORKSPACE_REPORTS } from './contract'

// What the contract lets through to the report handler, before it runs.
describe('report.create input', () => {
  const input = contract['report.create'].input

  it('takes a file or a folder for the report, not both (the field is named)', () => {
    expect(input.safeParse({ type: 'ropa', out: '/tmp/r.pdf' }).success).toBe(true)
    expect(input.safeParse({ type: 'ropa', outDir: '/tmp/reports' }).success).toBe(true)
    const both = input.safeParse({ type: 'ropa', out: '/tmp/r.pdf', outDir: '/tmp/reports' })
    expect(both.success).toBe(false)
    expect(both.error?.issues).toMatchObject([{ path: ['outDir'], message: 'validation.outOrOutDir' }])
  })

  it('lists as workspace reports only types that need no case', () => {
    for (const type of WORKSPACE_REPORTS) expect(ReportTypeSchema.options).toContain(type)
    expect(WORKSPACE_REPORTS.filter((t) => /case|letter|draft|^tia$/.test(t))).toEqual([])
  })
})
