// The texts of the DSAR demo (dsarDemo.ts) that the organisation writes for itself (descriptions, notes,
// search logs), in every language; the demo is built in one of them (localizeDemo.ts). The texts its
// letters quote to the requester (decision and extension reasons, why an ID is asked for) are not here:
// they are written in the requester's language, whatever the demo's.

const officeManager = {
  en: 'Marco (office manager)',
  it: 'Marco (responsabile amministrativo)',
  fr: 'Marco (responsable administratif)',
}

export const DSAR_DEMO_TEXT = {
  /** Systems searched when the register module seeded none. */
  fallbackSystems: [
    {
      en: 'Customer e-mail (Google Workspace)',
      it: 'Posta dei clienti (Google Workspace)',
      fr: 'Messagerie clients (Google Workspace)',
    },
    { en: 'Invoicing software', it: 'Programma di fatturazione', fr: 'Logiciel de facturation' },
    { en: 'Website contact form', it: 'Modulo di contatto del sito', fr: 'Formulaire de contact du site' },
  ],
  answered: {
    description: {
      en: 'Asks for a copy of her data and to correct her billing address.',
      it: 'Chiede una copia dei suoi dati e la correzione del suo indirizzo di fatturazione.',
      fr: 'Demande une copie de ses données et la correction de son adresse de facturation.',
    },
    identityNotes: {
      en: 'Wrote from the address on her customer record.',
      it: 'Ha scritto dall’indirizzo presente nella sua scheda cliente.',
      fr: 'A écrit depuis l’adresse figurant dans sa fiche client.',
    },
    searchedBy: officeManager,
    findings: {
      en: 'Customer record, quotes and invoices 2023–2025.',
      it: 'Scheda cliente, preventivi e fatture 2023–2025.',
      fr: 'Fiche client, devis et factures 2023–2025.',
    },
  },
  extended: {
    description: {
      en: 'Former designer: wants every e-mail mentioning him since 2019 and the erasure of his portfolio pages.',
      it: 'Ex designer: chiede tutte le e-mail che lo menzionano dal 2019 e la cancellazione delle sue pagine di portfolio.',
      fr: 'Ancien designer : demande tous les e-mails qui le mentionnent depuis 2019 et l’effacement de ses pages de portfolio.',
    },
    archive: {
      en: 'E-mail archive 2019–2026',
      it: 'Archivio della posta 2019–2026',
      fr: 'Archives de la messagerie 2019–2026',
    },
  },
  pausedUk: {
    description: {
      en: 'UK visitor of the agency’s English site: “everything you hold about me”.',
      it: 'Visitatore britannico del sito in inglese dell’agenzia: chiede “tutto ciò che avete su di me”.',
      fr: 'Visiteur britannique du site anglais de l’agence : demande « tout ce que vous détenez sur moi ».',
    },
    idReceived: {
      en: 'Confirmed from the address used for the newsletter sign-up.',
      it: 'Confermato dall’indirizzo usato per l’iscrizione alla newsletter.',
      fr: 'Confirmé depuis l’adresse utilisée pour l’inscription à la newsletter.',
    },
    clarification: {
      en: 'Large amount of analytics data: asked which period and which services the request covers.',
      it: 'Grande quantità di dati statistici: chiesto a quale periodo e a quali servizi si riferisce la richiesta.',
      fr: 'Grand volume de données de mesure d’audience : demandé sur quelle période et quels services porte la demande.',
    },
  },
  overdue: {
    description: {
      en: 'Asks how she got on the agency’s mailing list and for a copy of her data.',
      it: 'Chiede come è finita nella mailing list dell’agenzia e una copia dei suoi dati.',
      fr: 'Demande comment elle s’est retrouvée sur la liste de diffusion de l’agence, et une copie de ses données.',
    },
    newsletterTool: { en: 'Newsletter tool', it: 'Strumento per la newsletter', fr: 'Outil de newsletter' },
    searchedBy: officeManager,
    findings: {
      en: 'Subscriber since 2024, source: trade fair sign-up sheet.',
      it: 'Iscritta dal 2024, fonte: modulo di iscrizione compilato a una fiera.',
      fr: 'Abonnée depuis 2024, source : fiche d’inscription remplie sur un salon.',
    },
    crm: { en: 'CRM', it: 'CRM', fr: 'CRM' },
  },
}
