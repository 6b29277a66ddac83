/** "Vimage S.r.l." -> "Vimage-Srl.pwb": a file name the save dialog can propose. */
export function suggestedFileName(organisationName: string): string {
  const base = organisationName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60)
  return `${base || 'workspace'}.pwb`
}
