import { BUILTIN_COUNTRY_PACK } from './builtinPack'
import { CountryPackSchema, type AdequacyDecision, type CountryAssessment, type CountryPack } from './schema'

export * from './schema'

/** The pack shipped with the app, validated once at load (a broken built-in pack fails every test). */
export const BUILTIN_PACK: CountryPack = CountryPackSchema.parse(BUILTIN_COUNTRY_PACK)

export function packIsEea(pack: CountryPack, country: string): boolean {
  return pack.eea.includes(country)
}

/** Adequacy decisions for `country` in force on `onDate` (YYYY-MM-DD), newest first. */
export function adequacyFor(pack: CountryPack, country: string, onDate: string): AdequacyDecision[] {
  return pack.adequacy
    .filter(
      (a) => a.country === country && a.validFrom <= onDate && (!a.validUntil || onDate <= a.validUntil),
    )
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))
}

export function findAdequacy(pack: CountryPack, id: string): AdequacyDecision | undefined {
  return pack.adequacy.find((a) => a.id === id)
}

/** The workspace's own assessment of a country wins over the pack's. */
export function assessmentFor(
  pack: CountryPack,
  overrides: readonly CountryAssessment[],
  country: string,
): { assessment: CountryAssessment; overridden: boolean } | undefined {
  const own = overrides.find((o) => o.country === country)
  if (own) return { assessment: own, overridden: true }
  const shipped = pack.countries.find((c) => c.country === country)
  return shipped ? { assessment: shipped, overridden: false } : undefined
}
