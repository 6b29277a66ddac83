// Legal regimes a workspace can declare (REFERENCE.md §3.4, §4.4). Later issues attach clocks to each.
export const REGIMES = ['gdpr', 'uk_gdpr', 'ccpa', 'lgpd', 'fadp', 'nis2', 'dora', 'eprivacy', 'hipaa', 'quebec'] as const
export type Regime = (typeof REGIMES)[number]

export const LANGUAGES = ['en', 'it', 'fr'] as const
export type Language = (typeof LANGUAGES)[number]
