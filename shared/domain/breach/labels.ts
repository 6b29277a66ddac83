// i18n keys for values the core returns (clock ids contain dots, which i18next reads as nesting).

/** 'gdpr.sa.fromProcessorAwareness' -> 'clocks.gdpr_sa_fromProcessorAwareness' (namespace 'breach'). */
export const clockLabelKey = (clockId: string): string => `clocks.${clockId.replace(/\./g, '_')}`
