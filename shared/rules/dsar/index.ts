// Public API of the DSAR deadline rules (issue 5 items 1-2): one call per request.
export { checkDsarInput, computeDsarDeadline, dsarDeadline, DsarInputError, type DsarInputIssue } from './dsarDeadline'
export { calendarLabel, fillTemplate, longDate, renderDsarMessage, type DsarCatalogue, type DsarMessageKey } from './dsarMessages'
export * from './dsarTypes'
