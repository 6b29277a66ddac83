// English texts of the DSAR deadline rules (shared/rules/dsar) and of `pwb deadline dsar`.
// i18next syntax: {{name}} placeholders. renderDsarMessage prints a YYYY-MM-DD value as a long date
// ("Monday 2 March 2026"), a list of non-working days as dates with holiday names, and `calendar` by name.
// Ready to be registered as namespace `dsar` in shared/i18n/resources.ts (translations: DeepStrings<typeof dsar>).
export const dsar = {
  regimes: {
    gdpr: 'GDPR (EU/EEA)',
    uk: 'UK GDPR',
    ccpa: 'California CCPA/CPRA',
    lgpd: 'Brazil LGPD',
    fadp: 'Swiss FADP',
  },
  types: {
    access: 'access',
    rectification: 'rectification',
    erasure: 'erasure',
    restriction: 'restriction of processing',
    portability: 'data portability',
    objection: 'objection',
    'objection-direct-marketing': 'objection to direct marketing',
    'automated-decision': 'review of an automated decision',
    'withdraw-consent': 'withdrawal of consent',
    'ccpa-know': 'request to know',
    'ccpa-delete': 'request to delete',
    'ccpa-correct': 'request to correct',
    'ccpa-opt-out': 'opt-out of sale or sharing',
    'ccpa-limit': 'limit use of sensitive personal information',
  },
  calendars: {
    none: 'none (calendar days, no move)',
    'GB-ENG': 'England and Wales',
    'GB-SCT': 'Scotland',
    'GB-NIR': 'Northern Ireland',
    US: 'the United States (federal holidays)',
  },
  explain: {
    startReceipt:
      'The request was received on {{received}}. The clock starts on that day, whether or not it is a working day ({{law}}).',
    receivedOnly: 'The request was received on {{received}}.',
    monthSameDate: 'One month from {{start}} ends on the same date of the next month: {{end}} ({{law}}).',
    monthClamped:
      'One month from {{start}} would end on day {{day}} of the next month, which does not exist, so it ends on that month’s last day: {{end}} ({{law}}).',
    rolled:
      '{{target}} is not a working day, so the legal limit moves to the next working day, {{due}} (days skipped: {{skipped}}; {{law}}).',
    notRolled: '{{target}} is a working day, so it is also the legal limit.',
    holidaysNational:
      'Holidays counted: the national public holidays of {{calendar}}; regional and patron-saint days are not counted, which can only make the date earlier (Reg. 1182/71 Art. 2(1)).',
    holidaysUk: 'Holidays counted: the bank holidays of {{calendar}}, substitute days included.',
    targetReminder: 'Reminders key off {{target}}, the end before any move: answering by then meets every reading.',
    extension:
      'Where necessary because of the complexity or number of requests, the period can be extended by two further months, to {{extendedTarget}} (legal limit {{extendedDue}}); the person must be told of the extension and the reasons by {{noticeBy}} ({{law}}).',
    refusal:
      'If you will not act on the request, tell the person, with the reasons and their right to complain to a supervisory authority and to seek a judicial remedy, by {{refusalBy}}; an extension does not move this date ({{law}}).',
    actAtOnceConsent:
      'Withdrawal of consent takes effect at once: stop the processing that relied on it on the day of receipt, {{received}} ({{law}}). Send the confirmation by {{due}}.',
    actAtOnceMarketing:
      'An objection to direct marketing is absolute: stop using the data for direct marketing on the day of receipt, {{received}} ({{law}}). Send the confirmation by {{due}}.',
    actAtOnceNoDelay: 'Identity, fee and clarification dates do not delay acting on it.',
    noPauseEu:
      'GDPR has no rule that stops the clock: while identity is checked or the request is clarified the month keeps running, so the identity, fee and clarification dates recorded do not move the deadline (GDPR Art. 12(3), 12(6); EDPB Guidelines 01/2022 §3.3).',
    noPauseOther:
      '{{regime}} has no rule that stops the clock: the identity, fee and clarification dates recorded do not move the deadline ({{law}}).',
    ukIdReceived: 'The identity information asked for arrived on {{idReceived}}.',
    ukFeeReceived: 'The fee was paid on {{feeReceived}}.',
    ukStart:
      'The period runs from the latest of receipt of the request, of the identity information asked for and of the fee: {{start}} (UK GDPR Art. 12A).',
    ukPause:
      'Clarification asked on {{from}} and received on {{to}}: the days from the one to the other, both included, do not count ({{days}} in all) (UK GDPR Art. 12A; DPA 2018 s.54(3C)).',
    ukPauseBeforeStart: 'Clarification asked on {{from}} and received on {{to}}, before the clock started: it changes nothing.',
    ukPauseAfterEnd:
      'Clarification asked on {{from}}, after the one-month period ended on {{end}}: it does not move that date (it moves the extended date only if the period was extended in time).',
    ukPauseOpen:
      'Clarification asked on {{from}} and not answered yet: the clock has been stopped since then. Assuming the answer arrives today, {{to}}, the days from the question to the answer, both included, do not count ({{days}} in all) (UK GDPR Art. 12A; DPA 2018 s.54(3C)); each further day of waiting moves the date by one.',
    ukIdAwaited:
      'The identity information asked for on {{since}} has not arrived, so the period has not started; the dates assume it arrives today, {{idReceived}} (UK GDPR Art. 12A).',
    ukFeeAwaited:
      'The fee asked for on {{since}} has not been paid, so the period has not started; the dates assume it is paid today, {{feeReceived}} (UK GDPR Art. 12A).',
    ukPausedTotal: 'Days not counted: {{days}}; the period ends on {{target}}.',
    ukPauseNotAccess:
      'The clock stops for clarification only on requests for access (Art. 15); for this request the clarification dates do not move the deadline (UK GDPR Art. 12A).',
    ukUnpaused:
      'Without the identity, fee and clarification dates the period would end on {{unpausedTarget}} (legal limit {{unpausedDue}}); aiming for that date is safest.',
    ccpaStart:
      'The 45-day period begins on the day the request is received, {{received}}, counted as day 1; time spent verifying the request does not stop it (Cal. Code Regs. tit. 11 §7021(b)).',
    ccpaRespond: 'Day 45 is {{target}}: respond by then. Calendar days count; the date does not move off a weekend or holiday.',
    ccpaAck:
      'Confirm receipt, and say how the request will be handled, within 10 business days: by {{ackBy}} (§7021(a)).',
    ccpaBusinessDays:
      'Business days exclude Saturdays, Sundays and US federal holidays and are counted from the day after receipt (Cal. Civ. Code §10).',
    ccpaExtension:
      'If necessary, up to 45 more days (90 in total from receipt) are allowed, to {{extendedTarget}}, provided the consumer is told, with the reason, by {{noticeBy}}, within the first 45 days (§7021(b)).',
    ccpaOptOut:
      'Comply with a request to opt out of the sale or sharing of personal information as soon as feasibly possible and no later than 15 business days from receipt: by {{due}} (§7026(f)). No extension is allowed.',
    ccpaLimit:
      'Comply with a request to limit the use of sensitive personal information as soon as feasibly possible and no later than 15 business days from receipt: by {{due}} (§7027(g)). No extension is allowed.',
    lgpdAccess:
      'A simplified confirmation is due at once; the clear and complete declaration within 15 days of the request, {{received}}: by {{target}} (LGPD Art. 19 I–II). Calendar days count; the date does not move off a weekend or holiday.',
    lgpdOther:
      'The LGPD fixes 15 days only for confirmation and access (Art. 19); other rights follow regulation (Art. 18 §5), so the app applies the same 15 days to the reply: {{due}}.',
    fadpAccess:
      'Access must be given within 30 days of receipt, {{received}}: by {{target}} (FADP Art. 25(7); DPO Art. 18). Calendar days count; the date does not move off a weekend or holiday.',
    fadpOther:
      'The FADP fixes 30 days only for access (Art. 25(7)), so the app applies the same 30 days to the reply: {{due}}.',
    fadpNotice:
      'If the information cannot be given in time, tell the person by {{noticeBy}} and state the date by which it will be given (DPO Art. 18).',
    fadpExtendedTo: 'The person was told it will be given by {{extendedTarget}}.',
  },
  readings: {
    Q4: {
      question:
        'Does the extended period end three months after the start ({{plus3}}) or two months after the first period’s end ({{plus1plus2}})?',
      chosen: '{{chosenDate}}, the earlier',
      alternative: '{{alternativeDate}}, the later',
      why: '“Two further months” can be read either way and the two differ at month ends; the earlier date meets both (Art. 12(3)).',
    },
    Q5: {
      question: 'Must the extension notice be sent by the first period’s end before or after the weekend/holiday move?',
      chosen: 'by {{chosenDate}}, before the move',
      alternative: 'by {{alternativeDate}}, the legal limit after the move',
      why: 'Art. 12(3) requires the notice within the first period; the unmoved end is earlier and meets both readings.',
    },
    Q6: {
      question: 'Does waiting for identity information, a fee or a clarification stop the clock?',
      chosen: 'no: the deadline stays {{chosenDate}}',
      alternative: 'yes, as under UK GDPR Art. 12A: {{alternativeDate}}',
      why: 'GDPR has no pause rule; the EDPB expects identity checks to be proportionate and prompt (Guidelines 01/2022 §3.3).',
    },
    Q9: {
      question: 'Does an extension also give more time to refuse or to decide not to act?',
      chosen: 'no: tell the person by {{chosenDate}}',
      alternative: 'yes: by {{alternativeDate}}',
      why: 'Art. 12(4) sets the refusal notice “at the latest within one month of receipt”.',
    },
    Q10: {
      question: 'When must a withdrawal of consent or an objection to direct marketing be acted on?',
      chosen: 'on the day of receipt, {{chosenDate}}',
      alternative: 'within one month, by {{alternativeDate}}',
      why: 'Art. 7(3) and 21(3) leave no room for delay; the one month applies only to the confirmation.',
    },
    Q13: {
      question: 'Is the day of receipt day 1 of the 45 days?',
      chosen: 'yes: {{chosenDate}}',
      alternative: 'no, counting from the next day: {{alternativeDate}}',
      why: '§7021(b): the period begins on the day the business receives the request.',
    },
    ccpaRoll: {
      question: 'Does a CCPA deadline falling on a weekend or holiday move to the next business day?',
      chosen: 'no: {{chosenDate}}',
      alternative: 'yes (Cal. Code Civ. Proc. §12a): {{alternativeDate}}',
      why: 'The regulation counts calendar days and provides no move; the earlier date meets both readings.',
    },
    Q14: {
      question: 'Are the LGPD 15 days calendar days or business days?',
      chosen: 'calendar days, no move: {{chosenDate}}',
      alternative: 'business days: {{alternativeDate}}',
      why: 'Art. 19 II does not say “dias úteis”; calendar days give the earlier date.',
    },
    Q15: {
      question: 'Is “in general within 30 days” a hard limit, and does it move off a weekend or holiday?',
      chosen: 'a hard 30 calendar days, no move: {{chosenDate}}',
      alternative: 'moved to the next working day: {{alternativeDate}}',
      why: 'FADP Art. 25(7) says “in general”; a later date needs a notice that states it (DPO Art. 18).',
    },
  },
  cli: {
    usage:
      'Usage: pwb deadline dsar --regime gdpr|uk|ccpa|lgpd|fadp --received YYYY-MM-DD [--country CC] [--type TYPE] [--id-received YYYY-MM-DD] [--fee-received YYYY-MM-DD] [--pause FROM..TO]... [--extended-to YYYY-MM-DD] [--json]\nTypes: {{types}}',
    heading: '{{regime}}: {{type}}',
    received: 'Received: {{date}}',
    clockStart: 'Clock starts: {{date}}',
    target: 'Target: {{date}} (reminders key off this date)',
    dueRolled: 'Due: {{date}} (the period ends on {{end}}; moved to the next working day past {{skipped}})',
    dueSame: 'Due: {{date}} (the period’s last day, a working day)',
    dueNoRoll: 'Due: {{date}} (calendar days, no move off weekends or holidays)',
    dueBusinessDays: 'Due: {{date}} (counted in business days)',
    acknowledgeBy: 'Acknowledge by: {{date}}',
    extensionNoticeBy: 'Extension notice by: {{date}}',
    extendedDue: 'Extended due: {{date}} (if extended in time)',
    refusalNoticeBy: 'Refusal notice by: {{date}}',
    unpaused: 'Without pauses, identity or fee: target {{target}}, due {{due}}',
    calendar: 'Holidays: {{calendar}}',
    why: 'Why:',
    readings: 'Where the law reads two ways (the earlier date is used):',
    reading: '{{question}} Chosen: {{chosen}}. Alternative: {{alternative}}. {{why}}',
    missing: '{{flag}} is required ({{hint}}). See pwb deadline dsar --help.',
    badValue: '{{flag}} “{{value}}”: {{message}}.',
    badPause: '{{flag}} “{{value}}”: write a clarification pause as FROM..TO, e.g. 2026-09-07..2026-09-14.',
    badArgs: '{{message}} See pwb deadline dsar --help.',
    unexpected: 'Unexpected argument “{{value}}”. See pwb deadline dsar --help.',
  },
  validation: {
    required: 'is required',
    date: 'must be a calendar date written YYYY-MM-DD',
    regime: 'must be one of gdpr, uk, ccpa, lgpd, fadp',
    type: 'must be one of {{types}}',
    typeForRegime: '“{{type}}” is not a request type of {{regime}}; use one of {{types}}',
    country: 'for {{regime}} use one of {{allowed}}',
    countryEea: '“{{country}}” is not an EU/EEA member state with a holiday calendar; use a two-letter code such as IT, FR, DE or IE',
    pauseOrder: 'the answer to a clarification cannot arrive before the question was asked',
    pauseBeforeReceipt: 'a clarification cannot be asked before the request was received',
    extendedToRegime: 'only the Swiss FADP lets the controller set a later date (with notice)',
    extendedToEarly: 'must be after the 30-day date, {{target}}',
  },
} as const
