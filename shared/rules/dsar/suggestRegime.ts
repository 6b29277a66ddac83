// Which DSAR regime a new request most likely falls under (issue 5 item 3: "suggested from the
// organisation's regimes and the requester's country"). A suggestion only: the user confirms it.
// The territorial scope rules are GDPR Art. 3 and UK GDPR Art. 3 (establishment, targeting); a
// requester's country is the best signal a small controller has for which of its declared laws applies.
import { isEea } from '../../reference/countries'
import type { Regime } from '../../reference/regimes'
import type { DsarRegime } from './dsarTypes'

const FROM_PROFILE: Partial<Record<Regime, DsarRegime>> = {
  gdpr: 'gdpr',
  uk_gdpr: 'uk',
  ccpa: 'ccpa',
  lgpd: 'lgpd',
  fadp: 'fadp',
}

/** The regime whose people live in `country`. */
function regimeOfCountry(country: string): DsarRegime | undefined {
  if (isEea(country)) return 'gdpr'
  if (country === 'GB') return 'uk'
  if (country === 'US') return 'ccpa'
  if (country === 'BR') return 'lgpd'
  if (country === 'CH') return 'fadp'
  return undefined
}

export interface RegimeSuggestion {
  regime: DsarRegime
  /** The `country` to pass to dsarDeadline: the holiday calendar of the rule. */
  country: string
  /** i18n key (namespace dsarUi) saying why, with its parameters. */
  why: { key: string; params: Record<string, string> }
}

/** Default holiday calendar per regime: the controller's member state for GDPR (REFERENCE §8 Q7). */
export function defaultCalendarCountry(
  regime: DsarRegime,
  orgCountry: string,
  requesterCountry?: string,
): string {
  switch (regime) {
    case 'gdpr':
      return isEea(orgCountry)
        ? orgCountry
        : requesterCountry && isEea(requesterCountry)
          ? requesterCountry
          : 'IT'
    case 'uk':
      return 'GB-ENG'
    case 'ccpa':
      return 'US'
    case 'lgpd':
      return 'BR'
    case 'fadp':
      return 'CH'
  }
}

export function suggestRegime(
  orgRegimes: readonly Regime[],
  orgCountry: string,
  requesterCountry?: string,
): RegimeSuggestion {
  const declared = orgRegimes.map((r) => FROM_PROFILE[r]).filter((r): r is DsarRegime => r !== undefined)
  const pick = (regime: DsarRegime, key: string, params: Record<string, string> = {}): RegimeSuggestion => ({
    regime,
    country: defaultCalendarCountry(regime, orgCountry, requesterCountry),
    why: { key, params: { regime, ...params } },
  })
  const byRequester = requesterCountry ? regimeOfCountry(requesterCountry) : undefined
  if (byRequester && declared.includes(byRequester))
    return pick(byRequester, 'suggest.requesterCountry', { country: requesterCountry as string })
  const byOrg = regimeOfCountry(orgCountry)
  if (byOrg && declared.includes(byOrg)) return pick(byOrg, 'suggest.orgCountry', { country: orgCountry })
  if (declared.length) return pick(declared[0], 'suggest.declared')
  return pick('gdpr', 'suggest.fallback')
}
