import type { DeepStrings } from '../types'
import type { common as en } from '../en/common'

export const common: DeepStrings<typeof en> = {
  validation: {
    required: 'Campo obbligatorio.',
    tooLong: 'Il testo è troppo lungo.',
    tooShort: 'Il testo è troppo corto.',
    email: 'Inserire un indirizzo e-mail, ad esempio nome@esempio.it.',
    country: 'Inserire il codice di due lettere del paese, ad esempio IT, FR o DE.',
    timeZone: 'Scegliere un fuso orario dall’elenco, ad esempio Europe/Rome.',
    language: 'Scegliere una delle lingue disponibili.',
    authority: 'Scegliere un’autorità di controllo dall’elenco.',
    roleRequired: 'Scegliere almeno un ruolo: titolare o responsabile.',
    regimeRequired: 'Scegliere almeno una normativa applicabile (per un’impresa UE: GDPR).',
    dpoEmailRequired: 'Indicare l’e-mail del RPD: l’art. 37(7) richiede di pubblicarne i dati di contatto.',
    dpoReasonRequired: 'Indicare perché non è designato un RPD (art. 37).',
    representativeOnlyOutsideEu: 'Il rappresentante nell’UE (art. 27) serve solo a chi non è stabilito nell’UE/SEE.',
    duplicate: 'Ogni valore può comparire una sola volta.',
    invalid: 'Valore non valido.',
    number: 'Inserire un numero.',
    pdfPath: 'Il nome del file deve terminare con .pdf.',
  },
  errors: {
    noWorkspace: 'Nessun archivio aperto. Aprirne o crearne uno.',
    invalidInput: 'Alcuni campi non sono validi: {{fields}}. Correggerli e riprovare; nulla è stato salvato.',
    unknownChannel: 'L’app ha chiesto un’operazione sconosciuta ({{channel}}). Aggiornare l’app.',
    internal: 'Errore interno: {{detail}}. Nulla è stato modificato.',
    notAWorkspace: '“{{path}}” non è un archivio di Privacy Workbench. Il file non è stato modificato.',
    newerSchema: '“{{path}}” è stato salvato da una versione più recente (formato {{found}}; questa legge fino al {{known}}). Aggiornare l’app; il file non è stato modificato.',
    locked: '“{{path}}” è aperto altrove ({{holder}}). Chiuderlo e riprovare.',
    exists: '“{{path}}” esiste già. Scegliere un altro nome o aprire l’archivio esistente.',
    notFound: '“{{path}}” non esiste.',
    io: 'Impossibile leggere o scrivere “{{path}}”: {{detail}}.',
    unknownReport: 'Non esiste un report di tipo “{{type}}”.',
  },
  warnings: {
    strayWal: 'L’archivio non era stato chiuso correttamente; le modifiche salvate sono state recuperate.',
    staleLock: 'È stato rimosso un blocco lasciato da un programma non più in esecuzione ({{holder}}).',
    backupTaken: 'L’archivio è stato aggiornato a un nuovo formato; copia di sicurezza: {{backup}}.',
  },
  reminders: {
    before: 'Mancano {{left}} — scadenza {{due}}.',
    overdue: 'La scadenza è passata il {{due}}. Registrare cosa è stato fatto e, se in ritardo, il motivo.',
    target: '(obiettivo fissato dall’app, non un termine di legge)',
  },
  audit: {
    ok: 'Registro delle modifiche integro: {{rows}} voci, controllo di integrità {{integrity}}.',
    broken: 'Registro delle modifiche alterato alla voce {{id}}: {{problem}}.',
  },
}
