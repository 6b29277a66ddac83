// EU/EEA membership as of 2026 (TEU Art. 49 accessions; EEA Agreement: IS, LI, NO).
export const EU_MEMBERS = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const
export const EEA_ONLY = ['IS', 'LI', 'NO'] as const

export function isEea(country: string): boolean {
  return (EU_MEMBERS as readonly string[]).includes(country) || (EEA_ONLY as readonly string[]).includes(country)
}

/** ISO 3166-1 alpha-2: shape only; the name comes from Intl.DisplayNames where shown. */
export const COUNTRY_CODE = /^[A-Z]{2}$/
