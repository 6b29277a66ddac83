// The texts of the breach demo (breachDemo.ts) in every language; the demo is built in one of them
// (localizeDemo.ts). People's and companies' names stay as they are.

const officeManager = {
  en: 'Giulia Rossi (office manager)',
  it: 'Giulia Rossi (responsabile amministrativa)',
  fr: 'Giulia Rossi (responsable administrative)',
}
const director = {
  en: 'Marco Ferri (director)',
  it: 'Marco Ferri (amministratore)',
  fr: 'Marco Ferri (gérant)',
}
const itTeam = { en: 'IT', it: 'Reparto IT', fr: 'Service informatique' }
const reference = {
  en: 'Demo reference 2026/0412',
  it: 'Riferimento demo 2026/0412',
  fr: 'Référence de démonstration 2026/0412',
}

export const BREACH_DEMO_TEXT = {
  contactName: {
    en: 'Privacy team, Vimage S.r.l.',
    it: 'Team privacy, Vimage S.r.l.',
    fr: 'Équipe protection des données, Vimage S.r.l.',
  },
  misdirected: {
    title: {
      en: 'Invoice e-mailed to the wrong client',
      it: 'Fattura inviata via e-mail al cliente sbagliato',
      fr: 'Facture envoyée par e-mail au mauvais client',
    },
    discoveryHow: {
      en: 'The receiving client replied within ten minutes to say the invoice was not theirs.',
      it: 'Il cliente che l’ha ricevuta ha risposto entro dieci minuti che la fattura non era sua.',
      fr: 'Le client destinataire a répondu dans les dix minutes que la facture ne le concernait pas.',
    },
    awareBy: officeManager,
    cause: {
      en: 'Wrong recipient chosen from the address book',
      it: 'Destinatario sbagliato scelto dalla rubrica',
      fr: 'Mauvais destinataire choisi dans le carnet d’adresses',
    },
    subjectCategories: [
      {
        en: 'Client (sole trader)',
        it: 'Cliente (ditta individuale)',
        fr: 'Client (entrepreneur individuel)',
      },
    ],
    dataCategory: {
      en: 'Name, address and invoice amount',
      it: 'Nome, indirizzo e importo della fattura',
      fr: 'Nom, adresse et montant de la facture',
    },
    likelyConsequences: {
      en: 'None expected: the recipient is a known business client who deleted the e-mail.',
      it: 'Nessuna prevista: il destinatario è un cliente professionale noto, che ha cancellato l’e-mail.',
      fr: 'Aucune attendue : le destinataire est un client professionnel connu, qui a supprimé l’e-mail.',
    },
    authorityReason: {
      en: 'One invoice sent to one known, trusted business client, who confirmed in writing the same day that it was deleted and not kept; no sensitive data, no malice: unlikely to result in a risk (Art. 33(1)).',
      it: 'Una sola fattura inviata a un solo cliente professionale noto e affidabile, che ha confermato per iscritto in giornata di averla cancellata senza conservarla; nessun dato sensibile, nessun intento malevolo: è improbabile che la violazione presenti un rischio (art. 33, par. 1, GDPR).',
      fr: 'Une seule facture envoyée à un seul client professionnel connu et de confiance, qui a confirmé par écrit le jour même l’avoir supprimée sans la conserver ; aucune donnée sensible, aucune malveillance : la violation n’est pas susceptible d’engendrer un risque (article 33.1 du RGPD).',
    },
    subjectsReason: {
      en: 'No high risk (Art. 34(1)); the client concerned was nevertheless informed by phone as a courtesy.',
      it: 'Nessun rischio elevato (art. 34, par. 1, GDPR); il cliente interessato è stato comunque avvisato per telefono, per cortesia.',
      fr: 'Aucun risque élevé (article 34.1 du RGPD) ; le client concerné a néanmoins été prévenu par téléphone, par courtoisie.',
    },
    decidedBy: director,
    reasoning: {
      en: 'Recipient trusted and known, deletion confirmed in writing (kept on file), single invoice with no special-category data.',
      it: 'Destinatario noto e affidabile, cancellazione confermata per iscritto (agli atti), una sola fattura senza categorie particolari di dati.',
      fr: 'Destinataire connu et de confiance, suppression confirmée par écrit (conservée au dossier), une seule facture sans catégorie particulière de données.',
    },
    remediation: {
      en: 'Address-book autocomplete turned off for invoices',
      it: 'Completamento automatico della rubrica disattivato per le fatture',
      fr: 'Saisie automatique du carnet d’adresses désactivée pour les factures',
    },
    remediationBy: { en: 'Office', it: 'Ufficio amministrativo', fr: 'Service administratif' },
    closingNote: {
      en: 'Documented, not notifiable.',
      it: 'Documentata, non da notificare.',
      fr: 'Documentée, non soumise à notification.',
    },
  },
  phishing: {
    title: {
      en: 'Mailbox taken over through phishing',
      it: 'Casella di posta violata tramite phishing',
      fr: 'Boîte aux lettres piratée par hameçonnage',
    },
    discoveryHow: {
      en: 'A client asked about an e-mail changing our bank details.',
      it: 'Un cliente ha chiesto spiegazioni su un’e-mail che cambiava le nostre coordinate bancarie.',
      fr: 'Un client nous a interrogés sur un e-mail qui modifiait nos coordonnées bancaires.',
    },
    awareBy: director,
    cause: {
      en: 'An employee entered the mailbox password on a fake login page; the attacker read the mailbox for a day',
      it: 'Un dipendente ha inserito la password della casella in una falsa pagina di accesso; l’attaccante ha letto la posta per un giorno',
      fr: 'Un salarié a saisi le mot de passe de la boîte aux lettres sur une fausse page de connexion ; l’attaquant a lu les messages pendant une journée',
    },
    subjectCategories: [
      { en: 'Clients', it: 'Clienti', fr: 'Clients' },
      { en: 'Suppliers', it: 'Fornitori', fr: 'Fournisseurs' },
    ],
    dataCategories: [
      { en: 'Contact details', it: 'Dati di contatto', fr: 'Coordonnées' },
      {
        en: 'Invoices with bank details (IBAN)',
        it: 'Fatture con coordinate bancarie (IBAN)',
        fr: 'Factures avec coordonnées bancaires (IBAN)',
      },
    ],
    likelyConsequences: {
      en: 'Invoice fraud: clients asked to pay to the attacker’s account; further phishing.',
      it: 'Frode sulle fatture: clienti invitati a pagare sul conto dell’attaccante; altri tentativi di phishing.',
      fr: 'Fraude à la facture : clients invités à payer sur le compte de l’attaquant ; nouvelles tentatives d’hameçonnage.',
    },
    containment: {
      en: 'Password reset, all sessions ended, forwarding rule removed',
      it: 'Password reimpostata, tutte le sessioni chiuse, regola di inoltro rimossa',
      fr: 'Mot de passe réinitialisé, toutes les sessions fermées, règle de transfert supprimée',
    },
    remediation: {
      en: 'Two-factor authentication made mandatory for all mailboxes',
      it: 'Autenticazione a due fattori resa obbligatoria per tutte le caselle',
      fr: 'Authentification à deux facteurs rendue obligatoire pour toutes les boîtes aux lettres',
    },
    by: itTeam,
    decidedBy: director,
    reasoning: {
      en: 'Bank details in the hands of an attacker: risk of invoice fraud against identified clients (high risk).',
      it: 'Coordinate bancarie in mano a un attaccante: rischio di frode sulle fatture ai danni di clienti identificati (rischio elevato).',
      fr: 'Coordonnées bancaires aux mains d’un attaquant : risque de fraude à la facture au détriment de clients identifiés (risque élevé).',
    },
    reference,
    initialToAuthority: {
      en: 'Initial notification through the Garante’s online procedure: facts known so far, 340 people, bank details exposed; follow-up to come.',
      it: 'Notifica iniziale tramite la procedura telematica del Garante: fatti noti finora, 340 persone, coordinate bancarie esposte; seguirà un’integrazione.',
      fr: 'Notification initiale par la procédure en ligne du Garante : faits connus à ce stade, 340 personnes, coordonnées bancaires exposées ; complément à suivre.',
    },
    individuals: {
      en: 'Clients and suppliers affected',
      it: 'Clienti e fornitori coinvolti',
      fr: 'Clients et fournisseurs concernés',
    },
    toIndividuals: {
      en: 'E-mail to each client and supplier: do not pay to new bank details; call us to confirm any change.',
      it: 'E-mail a ciascun cliente e fornitore: non effettuare pagamenti su nuove coordinate bancarie; telefonarci per confermare qualsiasi modifica.',
      fr: 'E-mail à chaque client et fournisseur : ne rien payer sur de nouvelles coordonnées bancaires ; nous appeler pour confirmer tout changement.',
    },
    finalToAuthority: {
      en: 'Final information: root cause, two-factor authentication rolled out, no payment diverted.',
      it: 'Informazioni finali: causa all’origine, autenticazione a due fattori introdotta, nessun pagamento dirottato.',
      fr: 'Informations finales : cause première, authentification à deux facteurs déployée, aucun paiement détourné.',
    },
    closingNote: {
      en: 'No payment was diverted; measures in place.',
      it: 'Nessun pagamento è stato dirottato; misure adottate.',
      fr: 'Aucun paiement n’a été détourné ; mesures en place.',
    },
  },
  laptop: {
    title: {
      en: 'Laptop stolen from a designer’s car',
      it: 'Portatile rubato dall’auto di un designer',
      fr: 'Ordinateur portable volé dans la voiture d’un designer',
    },
    discoveryHow: {
      en: 'The designer phoned the office manager the same evening.',
      it: 'Il designer ha telefonato alla responsabile amministrativa la sera stessa.',
      fr: 'Le designer a téléphoné à la responsable administrative le soir même.',
    },
    awareBy: officeManager,
    awareReasoning: {
      en: 'IT confirmed an hour after the call that client project folders were synchronised on the laptop.',
      it: 'Un’ora dopo la telefonata il reparto IT ha confermato che sul portatile erano sincronizzate cartelle di progetti dei clienti.',
      fr: 'Une heure après l’appel, le service informatique a confirmé que des dossiers de projets clients étaient synchronisés sur l’ordinateur.',
    },
    cause: {
      en: 'The laptop was stolen from a parked car in Mestre',
      it: 'Il portatile è stato rubato da un’auto parcheggiata a Mestre',
      fr: 'L’ordinateur a été volé dans une voiture garée à Mestre',
    },
    subjectCategories: [
      {
        en: 'Contact persons at client companies',
        it: 'Referenti presso le aziende clienti',
        fr: 'Interlocuteurs chez les entreprises clientes',
      },
    ],
    dataCategories: [
      {
        en: 'Names, business e-mail addresses and phone numbers',
        it: 'Nomi, indirizzi e-mail aziendali e numeri di telefono',
        fr: 'Noms, adresses e-mail professionnelles et numéros de téléphone',
      },
      {
        en: 'Project briefs and quotes',
        it: 'Brief di progetto e preventivi',
        fr: 'Cahiers des charges et devis',
      },
    ],
    likelyConsequences: {
      en: 'Targeted phishing against client contacts using real project details.',
      it: 'Phishing mirato ai referenti dei clienti, sfruttando dettagli reali dei progetti.',
      fr: 'Hameçonnage ciblé visant les interlocuteurs des clients, à l’aide de détails réels des projets.',
    },
    wipe: {
      en: 'Remote lock and wipe sent through the device manager',
      it: 'Blocco e cancellazione da remoto inviati tramite il sistema di gestione dei dispositivi',
      fr: 'Verrouillage et effacement à distance envoyés par l’outil de gestion des appareils',
    },
    passwords: {
      en: 'Passwords of the accounts used on the laptop changed',
      it: 'Cambiate le password degli account usati sul portatile',
      fr: 'Mots de passe des comptes utilisés sur l’ordinateur changés',
    },
    by: itTeam,
    assessmentNotes: {
      en: 'Disk encryption status still being checked with IT.',
      it: 'Stato della cifratura del disco ancora in verifica con il reparto IT.',
      fr: 'État du chiffrement du disque en cours de vérification avec le service informatique.',
    },
  },
  drill: {
    title: {
      en: 'Drill: ransomware on the file server',
      it: 'Esercitazione: ransomware sul file server',
      fr: 'Exercice : rançongiciel sur le serveur de fichiers',
    },
    awareBy: {
      en: 'Drill facilitator',
      it: 'Facilitatore dell’esercitazione',
      fr: 'Animateur de l’exercice',
    },
    cause: {
      en: 'Simulated scenario (EDPB Guidelines 01/2021, ransomware)',
      it: 'Scenario simulato (linee guida EDPB 01/2021, ransomware)',
      fr: 'Scénario simulé (lignes directrices 01/2021 du CEPD, rançongiciel)',
    },
  },
}
