/** "Italy" / "Italia" for "IT", in the UI language; the code itself when the runtime has no name. */
export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}
