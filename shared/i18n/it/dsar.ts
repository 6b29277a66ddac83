import type { DeepStrings } from '../types'
import type { dsar as en } from '../en/dsar'

// Testi italiani delle regole sui termini DSAR (namespace `dsar`). Le citazioni normative restano come
// nell'originale (GDPR = RGPD; Reg. 1182/71; Linee guida EDPB 01/2022).
export const dsar: DeepStrings<typeof en> = {
  regimes: {
    gdpr: 'GDPR (UE/SEE)',
    uk: 'UK GDPR',
    ccpa: 'CCPA/CPRA (California)',
    lgpd: 'LGPD (Brasile)',
    fadp: 'LPD (Svizzera)',
  },
  types: {
    access: 'accesso',
    rectification: 'rettifica',
    erasure: 'cancellazione',
    restriction: 'limitazione del trattamento',
    portability: 'portabilità dei dati',
    objection: 'opposizione',
    'objection-direct-marketing': 'opposizione al marketing diretto',
    'automated-decision': 'riesame di una decisione automatizzata',
    'withdraw-consent': 'revoca del consenso',
    'ccpa-know': 'richiesta di conoscere (request to know)',
    'ccpa-delete': 'richiesta di cancellazione (request to delete)',
    'ccpa-correct': 'richiesta di rettifica (request to correct)',
    'ccpa-opt-out': 'opposizione alla vendita o condivisione (opt-out)',
    'ccpa-limit': 'limitazione dell’uso di informazioni personali sensibili',
  },
  calendars: {
    none: 'nessuno (giorni di calendario, nessuno slittamento)',
    'GB-ENG': 'Inghilterra e Galles',
    'GB-SCT': 'Scozia',
    'GB-NIR': 'Irlanda del Nord',
    US: 'Stati Uniti (festività federali)',
  },
  explain: {
    startReceipt:
      'La richiesta è stata ricevuta il {{received}}. Il termine decorre da quel giorno, che sia lavorativo o no ({{law}}).',
    receivedOnly: 'La richiesta è stata ricevuta il {{received}}.',
    monthSameDate: 'Un mese dal {{start}} scade nella stessa data del mese successivo: {{end}} ({{law}}).',
    monthClamped:
      'Un mese dal {{start}} scadrebbe il giorno {{day}} del mese successivo, che non esiste, quindi scade l’ultimo giorno di quel mese: {{end}} ({{law}}).',
    rolled:
      '{{target}} non è un giorno lavorativo, quindi il termine legale slitta al primo giorno lavorativo successivo, {{due}} (giorni saltati: {{skipped}}; {{law}}).',
    notRolled: '{{target}} è un giorno lavorativo, quindi è anche il termine legale.',
    holidaysNational:
      'Festività considerate: le festività nazionali di {{calendar}}; le festività regionali e patronali non sono considerate, il che può solo anticipare la data (Reg. 1182/71 art. 2, par. 1).',
    holidaysUk: 'Festività considerate: i bank holiday di {{calendar}}, compresi i giorni sostitutivi.',
    targetReminder:
      'I promemoria si basano sul {{target}}, la scadenza prima di ogni slittamento: rispondere entro quella data soddisfa ogni lettura.',
    extension:
      'Se necessario, tenuto conto della complessità e del numero delle richieste, il termine può essere prorogato di due mesi, fino al {{extendedTarget}} (termine legale {{extendedDue}}); l’interessato deve essere informato della proroga e dei motivi entro il {{noticeBy}} ({{law}}).',
    refusal:
      'Se non darà seguito alla richiesta, lo comunichi all’interessato, con i motivi e la possibilità di proporre reclamo a un’autorità di controllo e ricorso giurisdizionale, entro il {{refusalBy}}; la proroga non sposta questa data ({{law}}).',
    actAtOnceConsent:
      'La revoca del consenso ha effetto immediato: interrompa il trattamento basato sul consenso il giorno stesso della ricezione, {{received}} ({{law}}). Invii la conferma entro il {{due}}.',
    actAtOnceMarketing:
      'L’opposizione al marketing diretto è assoluta: smetta di usare i dati per il marketing diretto il giorno stesso della ricezione, {{received}} ({{law}}). Invii la conferma entro il {{due}}.',
    actAtOnceNoDelay: 'Le date di identificazione, pagamento e chiarimento non ritardano l’esecuzione.',
    noPauseEu:
      'Il GDPR non prevede alcuna sospensione del termine: mentre si verifica l’identità o si chiarisce la richiesta il mese continua a decorrere, quindi le date registrate di identificazione, pagamento e chiarimento non spostano la scadenza (GDPR art. 12, par. 3 e 6; Linee guida EDPB 01/2022 §3.3).',
    noPauseOther:
      '{{regime}} non prevede alcuna sospensione del termine: le date registrate di identificazione, pagamento e chiarimento non spostano la scadenza ({{law}}).',
    ukIdReceived: 'Le informazioni di identificazione richieste sono arrivate il {{idReceived}}.',
    ukFeeReceived: 'Il contributo è stato pagato il {{feeReceived}}.',
    ukStart:
      'Il termine decorre dalla più tarda tra la ricezione della richiesta, delle informazioni di identificazione richieste e del contributo: {{start}} (UK GDPR art. 12A).',
    ukPause:
      'Chiarimento chiesto il {{from}} e ricevuto il {{to}}: i giorni dall’una all’altra data, entrambe comprese, non si contano ({{days}} in tutto) (UK GDPR art. 12A; DPA 2018 s.54(3C)).',
    ukPauseBeforeStart:
      'Chiarimento chiesto il {{from}} e ricevuto il {{to}}, prima che il termine decorresse: non cambia nulla.',
    ukPauseAfterEnd:
      'Chiarimento chiesto il {{from}}, dopo la scadenza del mese il {{end}}: non sposta quella data (sposta solo la data prorogata, se la proroga è stata comunicata in tempo).',
    ukPauseOpen:
      'Chiarimento chiesto il {{from}} e non ancora ricevuto: il termine è sospeso da allora. Assumendo che la risposta arrivi oggi, {{to}}, i giorni dalla domanda alla risposta, entrambe comprese, non si contano ({{days}} in tutto) (UK GDPR art. 12A; DPA 2018 s.54(3C)); ogni ulteriore giorno di attesa sposta la data di un giorno.',
    ukIdAwaited:
      'Le informazioni di identificazione richieste il {{since}} non sono arrivate, quindi il termine non è iniziato; le date assumono che arrivino oggi, {{idReceived}} (UK GDPR art. 12A).',
    ukFeeAwaited:
      'Il contributo richiesto il {{since}} non è stato pagato, quindi il termine non è iniziato; le date assumono che sia pagato oggi, {{feeReceived}} (UK GDPR art. 12A).',
    ukPausedTotal: 'Giorni non conteggiati: {{days}}; il termine scade il {{target}}.',
    ukPauseNotAccess:
      'Il termine si sospende per chiarimenti solo nelle richieste di accesso (art. 15); per questa richiesta le date del chiarimento non spostano la scadenza (UK GDPR art. 12A).',
    ukUnpaused:
      'Senza le date di identificazione, pagamento e chiarimento il termine scadrebbe il {{unpausedTarget}} (termine legale {{unpausedDue}}); puntare a quella data è la scelta più sicura.',
    ccpaStart:
      'Il periodo di 45 giorni inizia il giorno in cui la richiesta è ricevuta, {{received}}, contato come giorno 1; il tempo impiegato per verificare la richiesta non lo sospende (Cal. Code Regs. tit. 11 §7021(b)).',
    ccpaRespond:
      'Il giorno 45 è il {{target}}: risponda entro quella data. Si contano i giorni di calendario; la data non slitta per fine settimana o festività.',
    ccpaAck:
      'Confermi la ricezione, indicando come sarà trattata la richiesta, entro 10 giorni lavorativi: entro il {{ackBy}} (§7021(a)).',
    ccpaBusinessDays:
      'I giorni lavorativi escludono sabati, domeniche e festività federali statunitensi e si contano dal giorno successivo alla ricezione (Cal. Civ. Code §10).',
    ccpaExtension:
      'Se necessario sono consentiti fino a 45 giorni in più (90 in totale dalla ricezione), fino al {{extendedTarget}}, purché il consumatore ne sia informato, con il motivo, entro il {{noticeBy}}, cioè entro i primi 45 giorni (§7021(b)).',
    ccpaOptOut:
      'Dia seguito alla richiesta di opposizione alla vendita o condivisione dei dati appena possibile e comunque entro 15 giorni lavorativi dalla ricezione: entro il {{due}} (§7026(f)). Non è ammessa proroga.',
    ccpaLimit:
      'Dia seguito alla richiesta di limitare l’uso delle informazioni personali sensibili appena possibile e comunque entro 15 giorni lavorativi dalla ricezione: entro il {{due}} (§7027(g)). Non è ammessa proroga.',
    lgpdAccess:
      'Una conferma semplificata è dovuta subito; la dichiarazione chiara e completa entro 15 giorni dalla richiesta, {{received}}: entro il {{target}} (LGPD art. 19 I–II). Si contano i giorni di calendario; la data non slitta per fine settimana o festività.',
    lgpdOther:
      'La LGPD fissa 15 giorni solo per la conferma e l’accesso (art. 19); gli altri diritti seguono la regolamentazione (art. 18 §5), quindi l’app applica gli stessi 15 giorni alla risposta: {{due}}.',
    fadpAccess:
      'L’accesso va dato entro 30 giorni dalla ricezione, {{received}}: entro il {{target}} (LPD art. 25 cpv. 7; OPDa art. 18). Si contano i giorni di calendario; la data non slitta per fine settimana o festività.',
    fadpOther:
      'La LPD fissa 30 giorni solo per l’accesso (art. 25 cpv. 7), quindi l’app applica gli stessi 30 giorni alla risposta: {{due}}.',
    fadpNotice:
      'Se le informazioni non possono essere fornite in tempo, lo comunichi all’interessato entro il {{noticeBy}} indicando la data entro cui saranno fornite (OPDa art. 18).',
    fadpExtendedTo: 'All’interessato è stato comunicato che saranno fornite entro il {{extendedTarget}}.',
  },
  readings: {
    Q4: {
      question:
        'Il termine prorogato scade tre mesi dopo l’inizio ({{plus3}}) o due mesi dopo la fine del primo periodo ({{plus1plus2}})?',
      chosen: '{{chosenDate}}, la data anteriore',
      alternative: '{{alternativeDate}}, la data posteriore',
      why: '«Due mesi» ulteriori si può leggere in entrambi i modi e le due letture differiscono a fine mese; la data anteriore le soddisfa entrambe (art. 12, par. 3).',
    },
    Q5: {
      question:
        'La comunicazione della proroga va inviata entro la fine del primo periodo prima o dopo lo slittamento per fine settimana/festività?',
      chosen: 'entro il {{chosenDate}}, prima dello slittamento',
      alternative: 'entro il {{alternativeDate}}, il termine legale dopo lo slittamento',
      why: 'L’art. 12, par. 3 richiede la comunicazione entro il primo periodo; la fine senza slittamento è anteriore e soddisfa entrambe le letture.',
    },
    Q6: {
      question:
        'L’attesa di informazioni di identificazione, di un contributo o di un chiarimento sospende il termine?',
      chosen: 'no: la scadenza resta il {{chosenDate}}',
      alternative: 'sì, come nell’UK GDPR art. 12A: {{alternativeDate}}',
      why: 'Il GDPR non prevede sospensioni; l’EDPB chiede verifiche di identità proporzionate e tempestive (Linee guida 01/2022 §3.3).',
    },
    Q9: {
      question: 'La proroga concede più tempo anche per rifiutare o decidere di non dare seguito?',
      chosen: 'no: informi l’interessato entro il {{chosenDate}}',
      alternative: 'sì: entro il {{alternativeDate}}',
      why: 'L’art. 12, par. 4 fissa la comunicazione del rifiuto «al più tardi entro un mese dal ricevimento».',
    },
    Q10: {
      question: 'Quando va eseguita una revoca del consenso o un’opposizione al marketing diretto?',
      chosen: 'il giorno stesso della ricezione, {{chosenDate}}',
      alternative: 'entro un mese, entro il {{alternativeDate}}',
      why: 'Gli artt. 7, par. 3 e 21, par. 3 non ammettono ritardi; il mese vale solo per la conferma.',
    },
    Q13: {
      question: 'Il giorno di ricezione è il giorno 1 dei 45?',
      chosen: 'sì: {{chosenDate}}',
      alternative: 'no, contando dal giorno dopo: {{alternativeDate}}',
      why: '§7021(b): il periodo inizia il giorno in cui l’impresa riceve la richiesta.',
    },
    ccpaRoll: {
      question:
        'Una scadenza CCPA che cade in un fine settimana o festivo slitta al giorno lavorativo successivo?',
      chosen: 'no: {{chosenDate}}',
      alternative: 'sì (Cal. Code Civ. Proc. §12a): {{alternativeDate}}',
      why: 'Il regolamento conta giorni di calendario e non prevede slittamenti; la data anteriore soddisfa entrambe le letture.',
    },
    Q14: {
      question: 'I 15 giorni della LGPD sono di calendario o lavorativi?',
      chosen: 'di calendario, senza slittamento: {{chosenDate}}',
      alternative: 'lavorativi: {{alternativeDate}}',
      why: 'L’art. 19 II non dice «dias úteis»; i giorni di calendario danno la data anteriore.',
    },
    Q15: {
      question: '«Di norma entro 30 giorni» è un limite rigido, e slitta per fine settimana o festività?',
      chosen: '30 giorni di calendario rigidi, senza slittamento: {{chosenDate}}',
      alternative: 'slittamento al giorno lavorativo successivo: {{alternativeDate}}',
      why: 'La LPD art. 25 cpv. 7 dice «di norma»; una data successiva richiede una comunicazione che la indichi (OPDa art. 18).',
    },
  },
  cli: {
    usage:
      'Uso: pwb deadline dsar --regime gdpr|uk|ccpa|lgpd|fadp --received AAAA-MM-GG [--country CC] [--type TIPO] [--id-received AAAA-MM-GG] [--fee-received AAAA-MM-GG] [--pause DAL..AL]... [--extended-to AAAA-MM-GG] [--json]\nTipi: {{types}}',
    heading: '{{regime}}: {{type}}',
    received: 'Ricevuta: {{date}}',
    clockStart: 'Decorrenza: {{date}}',
    target: 'Obiettivo: {{date}} (i promemoria si basano su questa data)',
    dueRolled:
      'Scadenza: {{date}} (il periodo termina {{end}}; slitta al primo giorno lavorativo dopo i giorni non lavorativi: {{skipped}})',
    dueSame: 'Scadenza: {{date}} (ultimo giorno del periodo, lavorativo)',
    dueNoRoll: 'Scadenza: {{date}} (giorni di calendario, nessuno slittamento)',
    dueBusinessDays: 'Scadenza: {{date}} (in giorni lavorativi)',
    acknowledgeBy: 'Conferma di ricezione entro: {{date}}',
    extensionNoticeBy: 'Comunicazione della proroga entro: {{date}}',
    extendedDue: 'Scadenza prorogata: {{date}} (se prorogata in tempo)',
    refusalNoticeBy: 'Comunicazione del rifiuto entro: {{date}}',
    unpaused: 'Senza sospensioni, identificazione o contributo: obiettivo {{target}}, scadenza {{due}}',
    calendar: 'Festività: {{calendar}}',
    why: 'Perché:',
    readings: 'Dove la norma si presta a due letture (si usa la data anteriore):',
    reading: '{{question}} Scelta: {{chosen}}. Alternativa: {{alternative}}. {{why}}',
    missing: '{{flag}} è obbligatorio ({{hint}}). Vedi pwb deadline dsar --help.',
    badValue: '{{flag}} «{{value}}»: {{message}}.',
    badPause:
      '{{flag}} «{{value}}»: scriva una sospensione per chiarimento come DAL..AL, ad es. 2026-09-07..2026-09-14.',
    badArgs: '{{message}} Vedi pwb deadline dsar --help.',
    unexpected: 'Argomento inatteso «{{value}}». Vedi pwb deadline dsar --help.',
  },
  validation: {
    required: 'è obbligatorio',
    date: 'deve essere una data scritta AAAA-MM-GG',
    regime: 'deve essere uno tra gdpr, uk, ccpa, lgpd, fadp',
    type: 'deve essere uno tra {{types}}',
    typeForRegime: '«{{type}}» non è un tipo di richiesta di {{regime}}; usi uno tra {{types}}',
    country: 'per {{regime}} usi uno tra {{allowed}}',
    countryEea:
      '«{{country}}» non è uno Stato membro UE/SEE con un calendario delle festività; usi un codice di due lettere come IT, FR, DE o IE',
    pauseOrder: 'la risposta a un chiarimento non può arrivare prima della domanda',
    pauseBeforeReceipt: 'non si può chiedere un chiarimento prima di aver ricevuto la richiesta',
    extendedToRegime:
      'solo la LPD svizzera consente al titolare di fissare una data successiva (con comunicazione)',
    extendedToEarly: 'deve essere successiva alla data dei 30 giorni, {{target}}',
  },
}
