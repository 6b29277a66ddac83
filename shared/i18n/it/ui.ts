import type { DeepStrings } from '../types'
import type { ui as en } from '../en/ui'

export const ui: DeepStrings<typeof en> = {
  app: {
    name: 'Privacy Workbench',
  },
  languages: {
    en: 'English',
    it: 'Italiano',
    fr: 'Français',
  },
  roles: {
    controller: 'Titolare del trattamento',
    processor: 'Responsabile del trattamento',
  },
  regimes: {
    gdpr: 'GDPR (Regolamento UE 2016/679)',
    uk_gdpr: 'UK GDPR',
    ccpa: 'CCPA / CPRA (California)',
    lgpd: 'LGPD (Brasile)',
    fadp: 'LPD (Svizzera)',
    nis2: 'Direttiva NIS2 (UE 2022/2555)',
    dora: 'DORA (Regolamento UE 2022/2554)',
    eprivacy: 'Direttiva ePrivacy (2002/58/CE)',
    hipaa: 'HIPAA (dati sanitari, USA)',
    quebec: 'Legge 25 del Québec',
  },
  errors: {
    title: 'Si è verificato un problema',
  },
  dateField: { placeholder: 'GG/MM/AAAA', timePlaceholder: 'hh:mm', dateOf: '{{label}}: data', timeOf: '{{label}}: ora', badDateTime: 'Inserire la data come GG/MM/AAAA e l’ora come hh:mm, su 24 ore (ad es. 09:30 o 21:05).' },
  start: {
    tagline: 'Registri, scadenze e report GDPR in un unico file su questo computer. Nulla esce da qui.',
    problem: 'Impossibile aprire l’archivio',
    create: {
      title: 'Crea un archivio',
      intro: 'Un file di archivio per ogni organizzazione. Il resto del profilo si può completare dopo.',
      organisationName: 'Nome dell’organizzazione',
      organisationNameHelp: 'La denominazione legale, come nel registro delle imprese.',
      country: 'Paese di stabilimento',
      timeZone: 'Fuso orario',
      timeZoneHelp: 'Date e scadenze sono mostrate in questo fuso orario.',
      language: 'Lingua',
      languageHelp: 'Lingua dell’app e dei report per questo archivio.',
      location: 'Dove salvare il file',
      chooseLocation: 'Scegli…',
      noLocation: 'Nessuna posizione scelta: verrà chiesta alla creazione dell’archivio.',
      submit: 'Crea archivio',
    },
    open: {
      title: 'Apri un archivio',
      intro: 'Apri un file .pwb creato con Privacy Workbench, ad esempio uno ricevuto da un collega.',
      choose: 'Apri un file di archivio…',
    },
    recent: {
      title: 'Archivi recenti',
      empty: 'Nessun archivio recente. Gli archivi creati o aperti compariranno qui.',
      openedAt: 'Ultima apertura: {{when}}',
    },
    demo: {
      title: 'Provate una demo',
      intro:
        'Un archivio già compilato per Vimage S.r.l., una web agency italiana, ricavato dalla sua informativa privacy pubblica.',
      create: 'Crea l’archivio demo…',
    },
  },
  shell: {
    closeWorkspace: 'Chiudi archivio',
    closeFailed: 'Impossibile chiudere l’archivio',
    darkTheme: 'Passa al tema scuro',
    lightTheme: 'Passa al tema chiaro',
  },
  nav: {
    label: 'Navigazione principale',
    settingsSection: 'Impostazioni',
    shortcut: 'Scorciatoia: {{keys}}',
    dashboard: 'Riepilogo',
    register: 'Registro',
    requests: 'Richieste',
    breaches: 'Violazioni',
    transfers: 'Trasferimenti',
    drills: 'Esercitazioni',
    reports: 'Report',
    organisation: 'Organizzazione',
    audit: 'Registro delle modifiche',
    settings: 'Impostazioni',
  },
  modules: {
    register: {
      what: 'Il registro delle attività di trattamento (art. 30): quali dati personali trattate, per quali finalità e su quale base giuridica, a chi li comunicate e per quanto tempo li conservate, pronto da mostrare in caso di ispezione.',
      comingSoon:
        'Questo modulo arriverà in una versione successiva. Intanto completate il profilo dell’organizzazione: il registro parte da lì.',
    },
    requests: {
      what: 'Annotate le richieste degli interessati (accesso, rettifica, cancellazione, opposizione e gli altri diritti degli artt. 15–22) e vedete la scadenza di legge di ciascuna, calcolata dalla data di ricezione (art. 12(3)).',
      comingSoon:
        'Questo modulo arriverà in una versione successiva. Nel frattempo conservate le richieste con la data di ricezione: il termine decorre da quel giorno.',
    },
    breaches: {
      what: 'Registrate le violazioni dei dati personali e seguitene i termini: notifica all’autorità di controllo entro 72 ore dalla conoscenza (art. 33), comunicazione agli interessati quando il rischio per loro è elevato (art. 34) e documentazione di ogni violazione (art. 33(5)).',
      comingSoon:
        'Questo modulo arriverà in una versione successiva. Le notifiche andranno all’autorità capofila indicata nel profilo dell’organizzazione.',
    },
    transfers: {
      what: 'Elencate i fornitori e i destinatari fuori dall’UE/SEE, lo strumento di trasferimento su cui si basa ciascuno (decisione di adeguatezza, clausole contrattuali tipo e gli altri strumenti del capo V) e le vostre valutazioni d’impatto sul trasferimento.',
      comingSoon: 'Questo modulo arriverà in una versione successiva.',
    },
    drills: {
      what: 'Simulate una violazione con un orologio accelerato: eventi imprevisti, decisioni cronometrate rispetto ai termini di legge e un rapporto finale. Le esercitazioni non toccano mai i registri reali.',
      comingSoon: 'Questo modulo arriverà in una versione successiva.',
    },
  },
  dashboard: {
    title: 'Riepilogo',
    intro: 'La situazione di questa organizzazione oggi.',
    warning: 'Nota',
    org: {
      edit: 'Modifica profilo',
      country: 'Paese',
      outsideEea: 'fuori dall’UE/SEE',
      timeZone: 'Fuso orario',
      language: 'Lingua',
      authority: 'Autorità di controllo capofila',
      dpo: 'Responsabile della protezione dei dati',
      dpoAppointed: 'Designato: {{name}}',
      dpoNotAppointed: 'Non designato',
      contact: 'E-mail di contatto',
      none: 'Non indicato',
    },
    deadlines: {
      title: 'Scadenze nei prossimi 14 giorni',
      empty: 'Nessuna scadenza nei prossimi 14 giorni.',
      later:
        'Quando registrerete richieste degli interessati e violazioni, le relative scadenze di legge compariranno qui, dalla più vicina.',
      due: 'Scadenza di legge: {{when}}',
      target: 'Obiettivo (non un termine di legge): {{when}}',
      more: 'e altre {{count}}',
      open: 'Apri',
      status: {
        pending: 'Aperta',
        met: 'Rispettata',
        missed: 'Mancata',
        late_with_reason: 'In ritardo, motivo annotato',
        not_required: 'Non richiesta',
      },
    },
    audit: {
      title: 'Registro delle modifiche',
      intro:
        'Ogni modifica a questo archivio è registrata in una catena di hash, così potete dimostrare che i dati non sono stati alterati in seguito.',
      open: 'Apri il registro delle modifiche',
    },
  },
  profile: {
    title: 'Profilo dell’organizzazione',
    intro:
      'Chi siete, dove siete stabiliti e chi si occupa della protezione dei dati. Questi dati compaiono in testa al registro e ai report.',
    identity: {
      title: 'Identità e contatti',
      intro:
        'Il nome e i dati di contatto del titolare devono comparire nel registro (art. 30(1)(a)) e nelle informative (art. 13(1)(a)).',
    },
    legalName: 'Denominazione legale',
    legalNameHelp: 'Come nel registro delle imprese.',
    tradingName: 'Nome commerciale',
    tradingNameHelp: 'Il nome con cui vi conoscono i clienti, se diverso.',
    legalForm: 'Forma giuridica',
    legalFormHelp: 'Ad esempio S.r.l., S.p.A., S.a.s. o ditta individuale.',
    employees: 'Persone occupate',
    employeesHelp: 'Sotto i 250, l’art. 30(5) può esentare dal registro i trattamenti occasionali e a basso rischio; lasciare vuoto se incerti (l’obbligo resta).',
    registrationNumber: 'Numero di iscrizione',
    registrationNumberHelp: 'Il numero nel registro delle imprese (ad esempio il numero REA), se presente.',
    vatNumber: 'Partita IVA',
    vatNumberHelp: 'Il vostro numero di partita IVA, se presente.',
    contactEmail: 'E-mail di contatto per la privacy',
    contactEmailHelp: 'L’indirizzo a cui le persone possono scrivervi sui propri dati (art. 13(1)(a)).',
    establishment: {
      title: 'Stabilimento',
      intro:
        'Lo stabilimento principale (art. 4(16)): il luogo in cui si decidono i trattamenti. Determina l’autorità di controllo capofila (art. 56).',
    },
    street: 'Via e numero civico',
    postalCode: 'CAP',
    city: 'Città',
    region: 'Regione o provincia',
    country: 'Paese',
    countryHelp: 'Fuori dall’UE/SEE può servire un rappresentante nell’UE (art. 27).',
    timeZone: 'Fuso orario',
    timeZoneHelp: 'Date e scadenze sono mostrate in questo fuso orario.',
    language: 'Lingua',
    languageHelp: 'Lingua dell’app e dei report per questo archivio.',
    dpo: {
      title: 'Responsabile della protezione dei dati (RPD/DPO)',
      intro:
        'Il RPD è obbligatorio per gli enti pubblici e quando le attività principali consistono nel monitoraggio regolare e sistematico delle persone su larga scala, o nel trattamento su larga scala di categorie particolari di dati (art. 37(1)).',
      appointed: 'È stato designato un RPD',
      name: 'Nome del RPD',
      email: 'E-mail del RPD',
      emailHelp: 'Va pubblicata e comunicata all’autorità di controllo (art. 37(7)).',
      phone: 'Telefono del RPD',
      reason: 'Perché non è designato un RPD',
      reasonHelp:
        'Annotate il ragionamento: dovete poter dimostrare perché l’art. 37(1) non si applica a voi (responsabilizzazione, art. 5(2)).',
    },
    representative: {
      title: 'Rappresentante nell’UE (art. 27)',
      intro:
        'Un’organizzazione fuori dall’UE/SEE che offre beni o servizi a persone nell’UE, o ne monitora il comportamento, deve designare per iscritto un rappresentante nell’UE, salvo che il trattamento sia occasionale e a basso rischio (art. 27(2)).',
      name: 'Nome del rappresentante',
      address: 'Indirizzo del rappresentante',
      email: 'E-mail del rappresentante',
    },
    scope: {
      title: 'Ruolo e normativa applicabile',
      intro: 'Queste scelte determinano obblighi, scadenze e report che valgono per questo archivio.',
    },
    leadAuthority: 'Autorità di controllo capofila',
    leadAuthorityHelp:
      'L’autorità dello stabilimento principale o unico (art. 56). A essa si notificano le violazioni (art. 33).',
    leadAuthorityNone: 'Scegliere un’autorità',
    roles: 'Il vostro ruolo',
    rolesHelp:
      'Titolare: decidete finalità e mezzi del trattamento (art. 4(7)). Responsabile: trattate dati per conto di un cliente (art. 4(8), art. 28). Molte imprese sono entrambe le cose.',
    regimes: 'Normative applicabili',
    regimesHelp:
      'Un’impresa dell’UE sceglie il GDPR; aggiungete le altre che valgono per i vostri clienti o il vostro settore.',
    fixErrors: 'Alcuni campi vanno corretti: vedere i messaggi sopra. Nulla è stato salvato.',
    saveFailed: 'Il profilo non è stato salvato',
    saved: 'Profilo salvato',
    savedDetail: 'La modifica è annotata nel registro delle modifiche.',
    unsaved: 'Modifiche non salvate',
    discard: 'Annulla modifiche',
    save: 'Salva profilo',
  },
  audit: {
    title: 'Registro delle modifiche',
    intro:
      'Tutte le modifiche a questo archivio, dalla più recente. Gli orari sono nel fuso {{timeZone}}. Fate clic su una riga per vedere cosa è cambiato.',
    verify: 'Verifica il registro',
    empty: 'Nessuna voce per ora.',
    truncated: 'Sono mostrate le ultime {{shown}} voci su {{total}}.',
    col: {
      id: 'N.',
      at: 'Quando',
      actor: 'Chi',
      entity: 'Cosa',
      entityId: 'Scheda',
      action: 'Azione',
      hash: 'Hash',
    },
    actions: {
      create: 'Creato',
      update: 'Modificato',
      delete: 'Eliminato',
      redact: 'Oscurato',
      open: 'Aperto',
      migrate: 'Aggiornato',
    },
    drawer: {
      title: 'Voce {{id}} del registro',
      summary: '{{when}}: {{actor}} — {{action}} {{entity}} {{entityId}}',
      hash: 'Hash: {{hash}}',
      before: 'Prima',
      after: 'Dopo',
      payload: 'Dettagli',
      redactedTitle: 'Dettagli cancellati',
      redacted:
        'I dettagli di questa voce sono stati oscurati il {{when}}, alla fine del periodo di conservazione. La voce resta nella catena.',
    },
  },
  reports: {
    title: 'Report',
    intro: 'Report PDF generati da questo archivio. L’app indica dove è stato scritto ciascun file.',
    language: 'Lingua del report',
    create: 'Crea PDF',
    failed: 'Il report non è stato creato',
    written: 'Report creato',
    size: 'Dimensione: {{size}}',
    createAll: 'Crea tutti e {{count}}',
    languageHint: 'Ogni report qui sotto è scritto in questa lingua; i testi dell’archivio restano come sono stati inseriti.',
    ropa: {
      title: 'Registro delle attività di trattamento (art. 30)',
      intro:
        'Il registro che l’autorità di controllo chiede per primo: ogni trattamento con tutti i campi dell’art. 30, le tabelle di sintesi e i fornitori.',
    },
    dsar: {
      title: 'Registro delle richieste degli interessati',
      intro:
        'Ogni richiesta con la scadenza di legge, le proroghe, le sospensioni e l’esito: la prova che ciascuna ha avuto risposta in tempo (art. 12(3)).',
    },
    breach: {
      title: 'Registro delle violazioni dei dati personali (art. 33(5))',
      intro:
        'Ogni violazione, notificata o no, con i fatti, le conseguenze e i provvedimenti adottati, e come ogni notifica ha rispettato la sua scadenza.',
    },
    transfers: {
      title: 'Registro dei trasferimenti internazionali',
      intro:
        'Ogni trasferimento fuori dal SEE con il suo strumento di trasferimento, se serve una valutazione d’impatto (TIA) e il suo stato (capo V).',
    },
    summary: {
      title: 'Riepilogo dell’archivio (PDF)',
      intro:
        'Una panoramica di questo archivio in poche pagine, da consegnare a un cliente, a un collega o in caso di ispezione.',
    },
  },
  settings: {
    title: 'Impostazioni',
    intro: 'Preferenze dell’app su questo computer. I dati dell’organizzazione sono in Organizzazione.',
    appearance: {
      title: 'Aspetto',
      intro: 'Memorizzato solo su questo computer, non nell’archivio.',
      light: 'Chiaro',
      dark: 'Scuro',
      auto: 'Come il sistema',
    },
    shortcuts: {
      title: 'Scorciatoie da tastiera',
      intro: 'Tenete premuto Alt e premete una cifra per passare a una sezione.',
    },
    about: {
      title: 'Informazioni',
      version: 'Versione {{version}}',
      folder: 'I nuovi archivi sono proposti in {{folder}}',
      file: 'Archivio aperto: {{path}}',
      schema: 'Formato dell’archivio {{version}}',
    },
  },
  table: {
    search: 'Cerca in tutte le colonne',
    filter: 'Filtra',
    filterColumn: 'Filtra {{column}}',
    columns: 'Colonne',
    columnsHelp: 'Mostrate, nascondete e riordinate le colonne. Memorizzato su questo computer.',
    moveLeft: 'Sposta {{column}} a sinistra',
    moveRight: 'Sposta {{column}} a destra',
    resetColumns: 'Ripristina colonne',
    rowCount: '{{shown}} di $t(common:count.rows, {"count": {{total}} })',
    empty: 'Ancora nulla qui.',
    noMatch: 'Nessuna riga corrisponde ai filtri.',
  },
}
