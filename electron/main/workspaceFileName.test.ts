import { describe, expect, it } from 'vitest'
import { exportFileName, withExtension, withWorkspaceExtension, workspaceArgument, workspaceFileName } from './workspaceFileName'

describe('workspace file names', () => {
  it('turns a suggestion into a safe .pwb file name', () => {
    expect(workspaceFileName('Acme S.r.l.')).toBe('Acme S.r.l.pwb')
    expect(workspaceFileName('../../etc/passwd')).toBe('etc passwd.pwb')
    expect(workspaceFileName('a:b*c?"d<e>f|g\\h')).toBe('a b c d e f g h.pwb')
    expect(workspaceFileName('  \u0007  ')).toBe('Workspace.pwb')
    expect(workspaceFileName('x'.repeat(300))).toBe(`${'x'.repeat(120)}.pwb`)
  })

  it('adds the extension only when missing', () => {
    expect(withWorkspaceExtension('/d/acme')).toBe('/d/acme.pwb')
    expect(withWorkspaceExtension('/d/acme.PWB')).toBe('/d/acme.PWB')
  })

  it('suggests safe export file names with the extension of their kind, added only when missing', () => {
    expect(exportFileName('Acme register', 'xlsx')).toBe('Acme register.xlsx')
    expect(exportFileName('vendors.CSV', 'csv')).toBe('vendors.csv')
    expect(exportFileName('../a/b', 'csv')).toBe('a b.csv')
    expect(exportFileName(' . ', 'xlsx')).toBe('Export.xlsx')
    expect(withExtension('/d/register', 'csv')).toBe('/d/register.csv')
    expect(withExtension('/d/register.XLSX', 'xlsx')).toBe('/d/register.XLSX')
    expect(withExtension('/d/register.xlsx', 'csv')).toBe('/d/register.xlsx.csv')
  })

  it('finds a workspace passed on the command line, ignoring switches and the executable', () => {
    expect(workspaceArgument(['/opt/pwb/privacy-workbench', '--no-sandbox', '/home/a/Acme.pwb'])).toBe(
      '/home/a/Acme.pwb',
    )
    expect(workspaceArgument(['/x/app.pwb'])).toBeNull()
    expect(workspaceArgument(['app', '--flag=x.pwb', '.'])).toBeNull()
  })
})
