// Strings of the renderer (namespace `ui`). English is the source; other languages are typed from it.
export const ui = {
  app: {
    name: 'Privacy Workbench',
  },
  languages: {
    en: 'English',
    it: 'Italiano',
    fr: 'Français',
  },
  roles: {
    controller: 'Controller',
    processor: 'Processor',
  },
  regimes: {
    gdpr: 'GDPR (EU Regulation 2016/679)',
    uk_gdpr: 'UK GDPR',
    ccpa: 'CCPA / CPRA (California)',
    lgpd: 'LGPD (Brazil)',
    fadp: 'FADP (Switzerland)',
    nis2: 'NIS2 Directive (EU 2022/2555)',
    dora: 'DORA (EU Regulation 2022/2554)',
    eprivacy: 'ePrivacy Directive (2002/58/EC)',
    hipaa: 'HIPAA (US health data)',
    quebec: 'Québec Law 25',
  },
  errors: {
    title: 'Something went wrong',
  },
  // Date fields read and show day, month, year in every language (shared/format/typedDate.ts).
  dateField: { placeholder: 'DD/MM/YYYY', timePlaceholder: 'hh:mm', dateOf: '{{label}}: date', timeOf: '{{label}}: time', badDateTime: 'Enter the date as DD/MM/YYYY and the time as hh:mm, 24-hour (e.g. 09:30 or 21:05).' },
  start: {
    tagline: 'Keep your GDPR records, deadlines and reports in one file on this computer. Nothing leaves it.',
    problem: 'The workspace could not be opened',
    create: {
      title: 'Create a workspace',
      intro: 'One workspace file per organisation. You can fill in the rest of the profile afterwards.',
      organisationName: 'Organisation name',
      organisationNameHelp: 'The legal name, as in the business register.',
      country: 'Country of establishment',
      timeZone: 'Time zone',
      timeZoneHelp: 'Dates and deadlines are shown in this time zone.',
      language: 'Language',
      languageHelp: 'Language of the app and of the reports for this workspace.',
      location: 'Where to save the file',
      chooseLocation: 'Choose…',
      noLocation: 'No location chosen yet: you will be asked when you create the workspace.',
      submit: 'Create workspace',
    },
    open: {
      title: 'Open a workspace',
      intro: 'Open a .pwb file made by Privacy Workbench, for example one a colleague gave you.',
      choose: 'Open a workspace file…',
    },
    recent: {
      title: 'Recent workspaces',
      empty: 'No recent workspaces yet. Workspaces you create or open will be listed here.',
      openedAt: 'Last opened {{when}}',
    },
    demo: {
      title: 'Explore a demo',
      intro:
        'A ready-made workspace for Vimage S.r.l., an Italian web agency, built from its public privacy notice.',
      create: 'Create the demo workspace…',
    },
  },
  shell: {
    closeWorkspace: 'Close workspace',
    closeFailed: 'The workspace could not be closed',
    darkTheme: 'Switch to dark theme',
    lightTheme: 'Switch to light theme',
  },
  nav: {
    label: 'Main navigation',
    settingsSection: 'Settings',
    shortcut: 'Shortcut: {{keys}}',
    dashboard: 'Dashboard',
    register: 'Register',
    requests: 'Requests',
    breaches: 'Breaches',
    transfers: 'Transfers',
    drills: 'Drills',
    reports: 'Reports',
    organisation: 'Organisation',
    audit: 'Audit log',
    settings: 'Settings',
  },
  modules: {
    register: {
      what: 'Your record of processing activities (Art. 30): what personal data you process, why and on what legal basis, who receives it and how long you keep it, ready to show an inspector.',
      comingSoon:
        'This module arrives in a later version. Start by completing the organisation profile: the register builds on it.',
    },
    requests: {
      what: 'Log data-subject requests (access, rectification, erasure, objection and the other rights of Arts. 15–22) and see the legal deadline for each, worked out from the date you received it (Art. 12(3)).',
      comingSoon:
        'This module arrives in a later version. Until then, keep requests with their date of receipt: the deadline runs from that day.',
    },
    breaches: {
      what: 'Record personal-data breaches and follow their clocks: notify the supervisory authority within 72 hours of becoming aware (Art. 33), tell the people affected when the risk to them is high (Art. 34), and document every breach (Art. 33(5)).',
      comingSoon:
        'This module arrives in a later version. Your lead supervisory authority, set in the organisation profile, is where notifications will go.',
    },
    transfers: {
      what: 'List the vendors and recipients outside the EU/EEA, the transfer tool each one relies on (adequacy decision, standard contractual clauses and the other tools of Chapter V) and your transfer impact assessments.',
      comingSoon: 'This module arrives in a later version.',
    },
    drills: {
      what: 'Rehearse a breach on a simulated, accelerated clock: injects, decisions timed against the legal deadlines, and an after-action report. Drills never touch your real registers.',
      comingSoon: 'This module arrives in a later version.',
    },
  },
  dashboard: {
    title: 'Dashboard',
    intro: 'Where this organisation stands today.',
    warning: 'Note',
    org: {
      edit: 'Edit profile',
      country: 'Country',
      outsideEea: 'outside the EU/EEA',
      timeZone: 'Time zone',
      language: 'Language',
      authority: 'Lead supervisory authority',
      dpo: 'Data protection officer',
      dpoAppointed: 'Appointed: {{name}}',
      dpoNotAppointed: 'Not appointed',
      contact: 'Contact e-mail',
      none: 'Not set',
    },
    deadlines: {
      title: 'Deadlines in the next 14 days',
      empty: 'No deadlines in the next 14 days.',
      later:
        'Once you log data-subject requests and breaches, their legal deadlines will be listed here, earliest first.',
      due: 'Legal deadline: {{when}}',
      target: 'Target (not a legal period): {{when}}',
      more: 'and {{count}} more',
      open: 'Open the case',
      status: {
        pending: 'Open',
        met: 'Met',
        missed: 'Missed',
        late_with_reason: 'Late, reason recorded',
        not_required: 'Not required',
      },
    },
    audit: {
      title: 'Audit log',
      intro:
        'Every change to this workspace is logged in a hash chain, so you can prove the record was not edited afterwards.',
      open: 'Open the audit log',
    },
  },
  profile: {
    title: 'Organisation profile',
    intro:
      'Who you are, where you are established and who is responsible for data protection. These details head your register and your reports.',
    identity: {
      title: 'Identity and contact',
      intro:
        'The name and contact details of the controller must be in your register (Art. 30(1)(a)) and in your privacy notices (Art. 13(1)(a)).',
    },
    legalName: 'Legal name',
    legalNameHelp: 'As in the business register.',
    tradingName: 'Trading name',
    tradingNameHelp: 'The name customers know you by, if different.',
    legalForm: 'Legal form',
    legalFormHelp: 'For example S.r.l., GmbH, SAS or sole trader.',
    employees: 'People employed',
    employeesHelp: 'Under 250, Art. 30(5) may exempt occasional, low-risk processing from the register; leave empty if unsure (the duty then applies).',
    registrationNumber: 'Registration number',
    registrationNumberHelp: 'Your number in the business register, if you have one.',
    vatNumber: 'VAT number',
    vatNumberHelp: 'Your VAT identification number, if you have one.',
    contactEmail: 'Contact e-mail for privacy matters',
    contactEmailHelp: 'Where people can reach you about their data (Art. 13(1)(a)).',
    establishment: {
      title: 'Establishment',
      intro:
        'Your main establishment (Art. 4(16)): the place where decisions about processing are taken. It decides your lead supervisory authority (Art. 56).',
    },
    street: 'Street and number',
    postalCode: 'Postal code',
    city: 'City',
    region: 'Region or province',
    country: 'Country',
    countryHelp: 'Outside the EU/EEA you may need an EU representative (Art. 27).',
    timeZone: 'Time zone',
    timeZoneHelp: 'Dates and deadlines are shown in this time zone.',
    language: 'Language',
    languageHelp: 'Language of the app and of reports for this workspace.',
    dpo: {
      title: 'Data protection officer (DPO)',
      intro:
        'A DPO is required for public bodies, and when your core activities involve regular and systematic monitoring of people on a large scale, or special categories of data on a large scale (Art. 37(1)).',
      appointed: 'A DPO is appointed',
      name: 'DPO name',
      email: 'DPO e-mail',
      emailHelp: 'Must be published and given to the supervisory authority (Art. 37(7)).',
      phone: 'DPO phone',
      reason: 'Why no DPO is appointed',
      reasonHelp:
        'Record your reasoning: you must be able to show why Art. 37(1) does not apply to you (accountability, Art. 5(2)).',
    },
    representative: {
      title: 'EU representative (Art. 27)',
      intro:
        'An organisation outside the EU/EEA that offers goods or services to people in the EU, or monitors their behaviour, must designate a representative in the EU in writing, unless its processing is occasional and low-risk (Art. 27(2)).',
      name: 'Representative name',
      address: 'Representative address',
      email: 'Representative e-mail',
    },
    scope: {
      title: 'Role and applicable law',
      intro: 'These choices decide which duties, deadlines and reports apply to this workspace.',
    },
    leadAuthority: 'Lead supervisory authority',
    leadAuthorityHelp:
      'The authority of your main or single establishment (Art. 56). Breaches are notified to it (Art. 33).',
    leadAuthorityNone: 'Choose an authority',
    roles: 'Your role',
    rolesHelp:
      'Controller: you decide why and how personal data is processed (Art. 4(7)). Processor: you process it on behalf of a client (Art. 4(8), Art. 28). Many businesses are both.',
    regimes: 'Laws that apply',
    regimesHelp: 'An EU business chooses GDPR; add the others that apply to your customers or your sector.',
    fixErrors: 'Some fields need attention: see the messages above. Nothing was saved.',
    saveFailed: 'The profile was not saved',
    saved: 'Profile saved',
    savedDetail: 'The change is recorded in the audit log.',
    unsaved: 'Unsaved changes',
    discard: 'Discard changes',
    save: 'Save profile',
  },
  audit: {
    title: 'Audit log',
    intro:
      'Every change to this workspace, newest first. Times are shown in {{timeZone}}. Click a row to see what changed.',
    verify: 'Verify audit log',
    empty: 'No entries yet.',
    truncated: 'Showing the latest {{shown}} of {{total}} entries.',
    col: {
      id: 'No.',
      at: 'When',
      actor: 'Who',
      entity: 'What',
      entityId: 'Record',
      action: 'Action',
      hash: 'Hash',
    },
    actions: {
      create: 'Created',
      update: 'Updated',
      delete: 'Deleted',
      redact: 'Redacted',
      open: 'Opened',
      migrate: 'Upgraded',
    },
    drawer: {
      title: 'Audit entry {{id}}',
      summary: '{{when}}: {{actor}} — {{action}} {{entity}} {{entityId}}',
      hash: 'Hash: {{hash}}',
      before: 'Before',
      after: 'After',
      payload: 'Details',
      redactedTitle: 'Details erased',
      redacted:
        'The details of this entry were redacted on {{when}}, when their retention period ended. The entry itself stays in the chain.',
    },
  },
  reports: {
    title: 'Reports',
    intro: 'PDF reports made from this workspace. The app tells you where each file was written.',
    language: 'Report language',
    create: 'Create PDF',
    failed: 'The report was not created',
    written: 'Report written',
    size: 'Size: {{size}}',
    createAll: 'Create all {{count}}',
    languageHint: 'Every report below is written in this language; the workspace’s own texts stay as they were entered.',
    ropa: {
      title: 'Register of processing activities (Art. 30)',
      intro:
        'The register a supervisory authority asks for first: every activity with all its Art. 30 fields, the summary tables and the vendors.',
    },
    dsar: {
      title: 'Register of data-subject requests',
      intro:
        'Every request with its legal deadline, extensions, pauses and outcome: the evidence that each was answered in time (Art. 12(3)).',
    },
    breach: {
      title: 'Register of personal-data breaches (Art. 33(5))',
      intro:
        'Every breach, notified or not, with its facts, effects and remedial action, and how each notification met its deadline.',
    },
    transfers: {
      title: 'Register of international transfers',
      intro:
        'Every transfer outside the EEA with its transfer tool, whether a transfer impact assessment is needed, and its status (Chapter V).',
    },
    summary: {
      title: 'Workspace summary (PDF)',
      intro:
        'An overview of this workspace on a few pages, to hand to a client, a colleague or an inspector.',
    },
  },
  settings: {
    title: 'Settings',
    intro: 'Preferences of this app on this computer. The organisation’s data is under Organisation.',
    appearance: {
      title: 'Appearance',
      intro: 'Remembered on this computer only; it is not stored in the workspace.',
      light: 'Light',
      dark: 'Dark',
      auto: 'Follow the system',
    },
    shortcuts: {
      title: 'Keyboard shortcuts',
      intro: 'Hold Alt and press a digit to jump to a section.',
    },
    about: {
      title: 'About',
      version: 'Version {{version}}',
      folder: 'New workspaces are suggested in {{folder}}',
      file: 'Open workspace: {{path}}',
      schema: 'Workspace format {{version}}',
    },
  },
  table: {
    search: 'Search all columns',
    filter: 'Filter',
    filterColumn: 'Filter {{column}}',
    columns: 'Columns',
    columnsHelp: 'Show, hide and reorder columns. Remembered on this computer.',
    moveLeft: 'Move {{column}} left',
    moveRight: 'Move {{column}} right',
    resetColumns: 'Reset columns',
    rowCount: '{{shown}} of $t(common:count.rows, {"count": {{total}} })',
    empty: 'Nothing here yet.',
    noMatch: 'No rows match the filters.',
  },
} as const
