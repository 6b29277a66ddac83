import type { DeepStrings } from '../types'
import type { breach as en } from '../en/breach'

export const breach: DeepStrings<typeof en> = {
  validation: {
    instant: 'Saisissez une date et une heure avec le fuseau horaire, par exemple 2026-03-27T11:00:00Z.',
    natureRequired: 'Choisissez au moins une option : confidentialité, intégrité ou disponibilité.',
    awareBeforeDiscovery:
      'La prise de connaissance ne peut pas précéder le premier signalement de l’incident. Vérifiez les deux heures.',
    awareReasonRequired:
      'Indiquez pourquoi vous avez pris connaissance de la violation après le premier signalement : la prise de connaissance intervient normalement dès le premier signalement (lignes directrices 9/2022 du CEPD).',
    endBeforeStart: 'La fin ne peut pas précéder le début.',
    endedButOngoing:
      'Une violation en cours n’a pas encore de fin : effacez la fin ou décochez « en cours ».',
    controllerRequired:
      'En tant que sous-traitant, indiquez le responsable du traitement que vous devez informer (art. 33(2)).',
    processorAwareAsController:
      'Seul un responsable du traitement enregistre le moment où son sous-traitant a pris connaissance de la violation.',
    inFuture: 'Cette heure est dans le futur. Indiquez le moment où cela s’est réellement produit.',
    unknownBreach: 'Aucune violation ne porte cet identifiant.',
    adjustmentReason: 'Indiquez le motif de l’ajustement du score.',
    dataTypeRequired: 'Choisissez au moins un type de données.',
    riskNeedsNotification:
      'Une violation susceptible d’engendrer un risque doit être notifiée à l’autorité (art. 33(1)). Choisissez « aucun risque » en le justifiant, ou notifiez.',
    noNotifyReason:
      'Indiquez pourquoi la violation n’est pas notifiée à l’autorité : l’art. 33(5) exige cette justification.',
    highRiskNeedsSubjects:
      'En cas de risque élevé, les personnes concernées doivent être informées (art. 34(1)), sauf si une exception de l’art. 34(3) s’applique : choisissez-la et justifiez-la.',
    exceptionRequired: 'Choisissez l’exception de l’art. 34(3) qui s’applique.',
    exceptionCIsPublic:
      'L’exception (c) implique une communication publique à la place : choisissez « communication publique ».',
    subjectsReasonRequired: 'Indiquez pourquoi les personnes concernées ne sont pas informées.',
    recipientRequired: 'Choisissez l’autorité ou indiquez le destinataire.',
    unknownClock: 'Ce délai n’existe pas pour cette violation.',
    unknownAssessment: 'Cette évaluation n’existe pas pour cette violation.',
    delayReasonNeedsClock: 'Choisissez l’échéance à laquelle se rapportent les motifs du retard.',
    unknownActivity: 'Un traitement choisi ne figure plus au registre. Choisissez-le de nouveau dans la liste.',
    unknownVendor: 'Un fournisseur choisi ne figure plus au registre. Choisissez-le de nouveau dans la liste.',
  },
  errors: {
    notFound: 'Aucune violation ne porte l’identifiant « {{id}} » dans cet espace de travail.',
    inFuture:
      'Ces heures sont dans le futur : {{fields}}. Indiquez le moment où les faits se sont réellement produits ; rien n’a été enregistré.',
    unknownClock:
      'Le délai « {{clockId}} » ne court pas pour cette violation. Choisissez l’un de ses délais ; rien n’a été enregistré.',
    unknownAssessment: 'L’évaluation choisie n’appartient pas à cette violation ; rien n’a été enregistré.',
    delayReasonNeedsClock:
      'Les motifs d’un retard doivent se rapporter à une échéance : choisissez-la. Rien n’a été enregistré.',
    caseRequired: 'Ce rapport porte sur une seule violation : indiquez son identifiant (--case ID).',
    drillReport:
      'La violation {{ref}} est un exercice : les exercices n’apparaissent jamais dans les rapports réels.',
    unknownLinks:
      'Ces traitements ou fournisseurs ne figurent pas au registre : {{ids}}. Rechargez la page et choisissez dans le registre ; rien n’a été enregistré.',
  },
  labels: {
    nature: { confidentiality: 'Confidentialité', integrity: 'Intégrité', availability: 'Disponibilité' },
    natureHelp: {
      confidentiality: 'Données divulguées à une personne non autorisée à les voir, ou consultées par elle',
      integrity: 'Données modifiées sans autorisation',
      availability: 'Données perdues ou détruites, ou accès aux données perdu',
    },
    causeKind: {
      external_malicious: 'Externe, malveillante (attaque, vol)',
      internal_malicious: 'Interne, malveillante',
      internal_accidental: 'Interne, accidentelle (erreur humaine)',
      external_accidental: 'Externe, accidentelle',
      system_failure: 'Défaillance du système',
      unknown: 'Pas encore connue',
    },
    role: {
      controller: 'Responsable du traitement',
      processor: 'Sous-traitant (pour un autre responsable du traitement)',
    },
    status: { open: 'Ouverte', closed: 'Clôturée' },
    clockStatus: {
      pending: 'En cours',
      met: 'Respecté',
      missed: 'Dépassé — motifs requis',
      missedTarget: 'Objectif manqué',
      late_with_reason: 'En retard, motifs enregistrés',
      not_required: 'Non requis (décision documentée)',
    },
    severity: { low: 'Faible', medium: 'Moyenne', high: 'Élevée', very_high: 'Très élevée' },
    risk: { no_risk: 'Aucun risque', risk: 'Risque', high_risk: 'Risque élevé' },
    notification: {
      notified: 'Notifiée',
      to_notify: 'À notifier',
      not_notified: 'Non notifiée (décision)',
      undecided: 'Pas encore de décision',
    },
    subjects: {
      communicate: 'Informer les personnes concernées',
      public_communication: 'Communication publique à la place (art. 34(3)(c))',
      exception: 'Non informées : exception de l’art. 34(3)',
      not_required: 'Non informées : pas de risque élevé',
    },
    proposeSubjects: {
      communicate: 'Informer les personnes concernées',
      public_communication: 'Communication publique à la place',
      exception: 'Une exception peut s’appliquer',
      not_proposed: 'Aucun message aux personnes concernées n’est proposé',
    },
    art34: {
      a: '(a) Données incompréhensibles, p. ex. chiffrées',
      b: '(b) Des mesures ultérieures ont écarté le risque élevé',
      c: '(c) Efforts disproportionnés : communication publique',
    },
    phase: { initial: 'Initiale', follow_up: 'Complémentaire', final: 'Finale' },
    channel: {
      online_form: 'Formulaire en ligne',
      pec: 'Courrier électronique certifié (PEC)',
      email: 'E-mail',
      post: 'Courrier postal',
      phone: 'Téléphone',
      in_person: 'En personne',
      website: 'Avis sur le site web',
      other: 'Autre',
    },
    recipient: {
      supervisory_authority: 'Autorité de contrôle',
      controller: 'Responsable du traitement',
      csirt_or_competent_authority: 'CSIRT ou autorité compétente',
      competent_authority: 'Autorité compétente',
      individuals: 'Personnes concernées',
      hhs: 'HHS (États-Unis)',
      media: 'Médias',
    },
    regime: {
      gdpr: 'RGPD',
      uk_gdpr: 'UK GDPR',
      ccpa: 'CCPA/CPRA',
      lgpd: 'LGPD (Brésil)',
      fadp: 'LPD (Suisse)',
      nis2: 'NIS2',
      dora: 'DORA',
      eprivacy: 'ePrivacy (règl. 611/2013)',
      hipaa: 'HIPAA',
      quebec: 'Loi 25 (Québec)',
    },
    regimeWhy: {
      declared: 'S’applique : déclarée dans le profil de l’organisation',
      flag_off: 'Ne s’applique pas à cet incident',
      excluded: 'Exclue pour cet incident',
      no_clock: 'Pas de délai fixe dans l’application',
    },
    actionKind: { containment: 'Confinement', remediation: 'Mesure corrective' },
    answer: { yes: 'Oui', no: 'Non', unknown: 'Inconnu' },
    question: {
      sensitiveData:
        'Des données de catégorie particulière, pénales, financières, de pièces d’identité, des mots de passe ou des données de localisation sont-ils concernés ?',
      easilyIdentified: 'Les personnes peuvent-elles être facilement identifiées à partir des données ?',
      vulnerableIndividuals:
        'Des enfants, des patients, des salariés ou d’autres personnes vulnérables sont-ils concernés ?',
      largeScale: 'Un grand nombre de personnes ou d’enregistrements ?',
      maliciousIntent: 'Intention malveillante (vol, piratage, extorsion) ?',
      untrustedRecipients:
        'Les données sont-elles parvenues à des destinataires inconnus ou non fiables, ou ont-elles été rendues publiques ?',
      seriousConsequences:
        'Cela peut-il entraîner une usurpation d’identité, une fraude, une perte financière, une discrimination, un préjudice ou une souffrance morale ?',
      irreversible: 'Les conséquences seraient-elles difficilement réversibles ?',
      unintelligible:
        'Les données étaient-elles incompréhensibles pour des tiers (p. ex. chiffrement fort, clé en lieu sûr) ?',
      recoveredBeforeMisuse:
        'Les données ont-elles été récupérées ou supprimées avant toute utilisation abusive ?',
    },
    dataType: {
      simple: 'Simples (coordonnées, formation, famille)',
      behavioural: 'Comportementales (localisation, habitudes, préférences)',
      financial: 'Financières',
      sensitive: 'Sensibles (santé, opinions politiques, vie sexuelle, …)',
    },
    ease: {
      negligible: 'Négligeable',
      limited: 'Limitée',
      significant: 'Significative',
      maximum: 'Maximale',
    },
    cbConfidentiality: {
      none: 'Non',
      known_recipients: 'Destinataires connus',
      unknown_recipients: 'Destinataires inconnus',
    },
    cbIntegrity: {
      none: 'Non',
      recoverable: 'Modifiées, récupérables',
      not_recoverable: 'Modifiées, non récupérables',
    },
    cbAvailability: { none: 'Non', temporary: 'Temporairement', permanent: 'Définitivement' },
    checklist: {
      recordAwareness:
        'Notez quand et comment vous avez pris connaissance de l’incident, et qui a conclu qu’il s’agit d’une violation de données à caractère personnel',
      contain:
        'Contenez la violation : isolez les systèmes, révoquez les accès, changez les mots de passe, effacez ou verrouillez à distance les appareils perdus',
      preserveEvidence:
        'Conservez les preuves : journaux, e-mails, informations sur les appareils ; n’effacez rien avant d’en avoir fait une copie',
      assembleTeam:
        'Prévenez la personne responsable (DPD ou dirigeant), l’informatique et le service juridique ; désignez un coordinateur',
      involveProcessors:
        'En tant que responsable du traitement, interrogez les sous-traitants concernés ; en tant que sous-traitant, informez immédiatement le responsable du traitement',
      assessRisk: 'Évaluez le risque : remplissez l’évaluation ci-dessous',
      planNotification:
        'Vérifiez les délais ci-dessus et planifiez la notification (les 72 heures courent à partir de la prise de connaissance)',
      keepLog: 'Consignez ici chaque fait et chaque action, avec l’heure',
    },
    timeline: {
      discovered: 'Premier signalement',
      aware: 'Prise de connaissance',
      processorAware: 'Prise de connaissance par le sous-traitant',
      started: 'Début de la violation',
      ended: 'Fin de la violation',
      action: 'Action',
      assessment: 'Risque évalué',
      decision: 'Décision enregistrée',
      notification: 'Notification envoyée',
      checklist: 'Liste de contrôle',
      delayReason: 'Motifs du retard enregistrés',
      closed: 'Clôturée',
    },
  },
  report: {
    approx: 'environ {{n}}',
    peopleCount_one: '{{n}} personne', // also for 0 in French
    peopleCount_other: 'environ {{n}} personnes',
    recordCount_one: '{{n}} enregistrement',
    recordCount_other: 'environ {{n}} enregistrements',
    startedAt: 'Début : {{when}}',
    endedAt: 'Fin : {{when}}',
    ongoing: 'Toujours en cours',
    startUnknown: 'Début pas encore connu',
    special: 'catégorie particulière',
    target: 'objectif fixé par l’application, pas un délai légal',
    sentAt: 'envoyée le {{when}}',
    deviates:
      'La décision s’écarte de la proposition de l’application ; les motifs sont consignés ci-dessus.',
    noDecision: 'Aucune décision enregistrée pour l’instant.',
    noActions: 'Aucune mesure de confinement ni mesure corrective enregistrée.',
    noClocks: 'Aucun délai de notification ne court pour cette violation.',
    noNotifications: 'Aucune notification envoyée.',
    noAssessment: 'Aucune évaluation du risque enregistrée pour l’instant.',
    awareOn: 'prise de connaissance le {{when}}',
    timesIn:
      'Toutes les heures sont indiquées dans le fuseau {{timeZone}}, avec le décalage par rapport à UTC.',
    enisaParts: 'DPC {{dpc}} ({{type}}) × EI {{ei}} ({{ease}}) + CB {{cb}}',
    proposeAuthority: 'Notifier la violation à l’autorité de contrôle',
    proposeNoAuthority: 'Pas de notification, avec un motif écrit',
    proposalNote:
      'La proposition de l’application retient le plus élevé des deux résultats : la gravité ENISA (méthodologie de 2013) et les questions de risque du CEPD (lignes directrices 9/2022). Ce n’est qu’une proposition : une personne nommément désignée décide et consigne pourquoi (art. 33(5)).',
    fields: {
      ref: 'Violation',
      status: 'Statut',
      discovered: 'Premier signalement',
      aware: 'Prise de connaissance (qui, pourquoi à ce moment)',
      processorAware: 'Prise de connaissance par le sous-traitant',
      period: 'Période de la violation',
      nature: 'Nature',
      cause: 'Cause',
      subjects: 'Personnes concernées',
      records: 'Données à caractère personnel concernées',
      countries: 'Pays des personnes concernées',
      role: 'Notre rôle',
      consequences: 'Conséquences probables',
      contact: 'Point de contact',
      authority: 'Autorité compétente',
      regimes: 'Réglementations prises en compte',
      decidedBy: 'Auteur et date de la décision',
      riskLevel: 'Niveau de risque retenu',
      notifyAuthority: 'Notification à l’autorité',
      authorityReason: 'Pourquoi la violation n’est pas notifiée à l’autorité',
      subjectsDecision: 'Personnes concernées',
      subjectsReason: 'Pourquoi elles ne sont pas informées',
      reasoning: 'Justification',
      proposal: 'Proposition de l’application',
      assessedBy: 'Auteur et date de l’évaluation',
      enisa: 'Gravité ENISA',
      enisaParts: 'Calcul du score',
      proposedRisk: 'Niveau de risque proposé',
      notes: 'Notes',
      whatHappened: 'Ce qui s’est passé',
      subjectCategories: 'Catégories de personnes',
      subjectCount: 'Nombre approximatif de personnes',
      dataCategories: 'Catégories de données à caractère personnel',
      recordCount: 'Nombre approximatif d’enregistrements',
    },
    col: {
      when: 'Date',
      kind: 'Type',
      action: 'Action',
      by: 'Par',
      deadline: 'Délai',
      due: 'Échéance',
      status: 'Statut',
      phase: 'Phase',
      recipient: 'Destinataire',
      channel: 'Canal',
      reference: 'Référence',
      ref: 'Réf.',
      breach: 'Violation',
      nature: 'Nature',
      people: 'Personnes / enreg.',
      severity: 'Gravité',
      authority: 'Notifiée à l’autorité',
      subjects: 'Personnes informées',
      event: 'Événement',
      details: 'Détails',
      question: 'Question de risque du CEPD',
      answer: 'Réponse',
    },
    register: {
      title: 'Registre des violations',
      overviewHeading: 'Registre des violations de données à caractère personnel',
      intro:
        'Toutes les violations de données à caractère personnel de l’organisation, notifiées ou non, avec les faits, leurs effets et les mesures prises pour y remédier, ainsi que la décision et ses motifs (art. 33(5) RGPD). Les exercices ne font pas partie du registre.',
      counts:
        'Violations : {{total}} ; jugées non soumises à notification : {{notNotified}}. Heures dans le fuseau {{timeZone}}.',
      empty: 'Aucune violation enregistrée.',
      notNotifiedHeading: 'Violations non notifiées, avec les motifs',
      notNotifiedIntro:
        'Une violation qui n’est pas susceptible d’engendrer un risque pour les personnes n’a pas à être notifiée (art. 33(1)), mais la décision et ses motifs doivent être documentés (art. 33(5)).',
      noneNotNotified: 'Aucune violation n’a été jugée non soumise à notification.',
      recordsHeading: 'La fiche de chaque violation',
      recordsIntro:
        'Faits, effets, mesures correctives, décision, délais et notifications de chaque violation.',
    },
    case: {
      title: 'Rapport sur la violation {{ref}}',
      factsHeading: 'Faits',
      actionsHeading: 'Confinement et mesures correctives',
      clocksHeading: 'Délais de notification',
      clocksIntro:
        'Chaque réglementation applicable fait courir son propre délai à partir de son propre point de départ. Les échéances sont des instants précis calculés à partir des heures enregistrées ; un délai exprimé en heures n’est jamais reporté au jour ouvrable suivant.',
      timelineHeading: 'Chronologie',
      assessmentHeading: 'Évaluation du risque',
      decisionHeading: 'Décision (art. 33(5))',
      decisionIntro:
        'Notifier ou non la violation à l’autorité, informer ou non les personnes concernées : qui a décidé, quand et pourquoi.',
      earlierDecision: 'Décision antérieure, enregistrée le {{when}}',
      notificationsHeading: 'Notifications',
    },
    sa: {
      title: 'Projet de notification à l’autorité de contrôle — {{ref}}',
      toHeading: 'Destinataire',
      authority: 'Autorité de contrôle',
      noAuthority: 'Choisissez l’autorité compétente dans la fiche de la violation.',
      breachRef: 'Notre référence',
      deadline: 'Échéance (art. 33(1))',
      draftNote:
        'Projet préparé à partir de la fiche de la violation, avec le contenu exigé par l’art. 33(3)(a) à (d). Vérifiez-le, complétez-le et envoyez-le par le canal propre à l’autorité (la plupart proposent un formulaire en ligne).',
      bHeading: 'Qui notifie, et le point de contact (art. 33(3)(b))',
      organisation: 'Responsable du traitement',
      contactPoint: 'Point de contact pour obtenir des informations supplémentaires',
      dpo: 'Délégué à la protection des données',
      noDpo: 'Aucun délégué désigné',
      aHeading: 'Nature de la violation (art. 33(3)(a))',
      cHeading: 'Conséquences probables (art. 33(3)(c))',
      dHeading: 'Mesures prises ou proposées (art. 33(3)(d))',
      toComplete: 'À compléter avant l’envoi.',
      phasesHeading: 'Informations communiquées de manière échelonnée et retard',
      phases:
        'Si toutes les informations ne sont pas encore disponibles, elles peuvent être communiquées de manière échelonnée sans autre retard indu (art. 33(4)) : envoyez ce qui est connu maintenant et indiquez que des compléments suivront.',
      lateIntro:
        'Cette notification intervient plus de 72 heures après la prise de connaissance. L’art. 33(1) exige les motifs du retard :',
      reasonMissing: 'motifs pas encore enregistrés — ajoutez-les avant l’envoi',
    },
    subjects: {
      title: 'Information sur une violation de données à caractère personnel',
      letterHeading: 'Message aux personnes concernées',
      draftNote:
        'Projet de communication aux personnes concernées (art. 34(2)) : en des termes clairs et simples. Vérifiez-le, complétez-le et envoyez-le directement à chaque personne.',
      greeting: 'Madame, Monsieur,',
      opening:
        'Nous vous écrivons pour vous informer d’un incident survenu chez {{organisation}} qui concerne vos données personnelles. Il a commencé le {{date}} ou aux alentours de cette date. Nous regrettons sincèrement cet incident et souhaitons vous expliquer ce qu’il signifie pour vous et ce que nous faisons pour y remédier.',
      whatHappened: 'Ce qui s’est passé',
      whichData: 'Quelles données vous concernant sont en cause',
      consequences: 'Ce que cela pourrait signifier pour vous',
      whatWeDid: 'Ce que nous avons fait',
      whatYouCanDo: 'Ce que vous pouvez faire',
      adviceMessages:
        'Méfiez-vous des e-mails, SMS ou appels inattendus qui mentionnent cet incident ou vous demandent vos informations personnelles. Nous ne vous demanderons jamais votre mot de passe.',
      advicePasswords:
        'Si vous utilisiez le même mot de passe ailleurs, changez-le aussi sur ces autres services.',
      adviceAccounts:
        'Surveillez vos comptes et vos relevés, et signalez à votre banque toute opération inhabituelle.',
      adviceAsk: 'Pour toute question, contactez-nous : nos coordonnées figurent ci-dessous.',
      contact: 'Qui contacter',
      contactIntro: 'Pour plus d’informations, contactez :',
      complaint:
        'Vous avez également le droit d’introduire une réclamation auprès de l’autorité de protection des données.',
      toComplete: 'À compléter avant l’envoi.',
    },
  },
  ui: {
    cancel: 'Annuler',
    yes: 'Oui',
    no: 'Non',
    countdown: {
      days_one: '{{count}} jour',
      days_other: '{{count}} jours',
      left: 'Il reste {{time}}',
      overdue: 'En retard de {{time}}',
    },
    list: {
      title: 'Violations',
      intro:
        'Toutes les violations de données à caractère personnel, notifiées ou non (art. 33(5)). Chaque réglementation applicable fait courir son propre délai ; la prochaine échéance et le temps restant sont affichés dans le fuseau horaire de votre organisation.',
      new: 'Nouvelle violation',
      empty:
        'Aucune violation enregistrée. Si un incident survient, cliquez sur « Nouvelle violation » et indiquez quand vous en avez pris connaissance : les délais commencent à courir immédiatement.',
      notAssessed: 'Non évaluée',
      noRunningClock: 'Aucun délai en cours',
      col: {
        ref: 'Réf.',
        title: 'Violation',
        status: 'Statut',
        severity: 'Gravité',
        notification: 'Autorité',
        nextDeadline: 'Prochaine échéance',
        timeLeft: 'Temps restant',
        clockStatus: 'Délais',
      },
    },
    running: {
      title_one: 'Un délai lié à une violation est en cours',
      title_other: '{{count}} délais liés à des violations sont en cours',
    },
    new: {
      title: 'Nouvelle violation',
      intro:
        'Enregistrez ce que vous savez maintenant : un titre, le type de violation, la date du premier signalement et celle de votre prise de connaissance. Les délais courent à partir de votre prise de connaissance ; vous pourrez compléter tout le reste plus tard.',
      submit: 'Enregistrer la violation et lancer les délais',
    },
    form: {
      section: {
        what: 'Ce qui s’est passé',
        aware: 'Quand vous l’avez appris',
        affected: 'Personnes et données concernées',
        role: 'Votre rôle et le point de contact',
        laws: 'Autres réglementations',
        links: 'Liens avec le registre',
      },
      title: 'Titre court',
      titleHelp: 'Par exemple « Vol d’un ordinateur portable contenant des données clients ».',
      natures: 'Type de violation',
      causeKind: 'Cause',
      cause: 'Ce qui l’a provoquée',
      startedAt: 'Début de la violation',
      endedAt: 'Fin de la violation',
      ongoing: 'Toujours en cours',
      inZone: 'Heure locale ({{timeZone}})',
      awareHelp:
        'Vous avez « pris connaissance » de la violation dès que vous avez un degré raisonnable de certitude que des données à caractère personnel sont concernées (lignes directrices 9/2022 du CEPD). C’est normalement le moment du premier signalement ; un moment plus tardif doit être justifié. Les 72 heures courent à partir de la prise de connaissance.',
      discoveredAt: 'Premier signalement',
      discoveryHow: 'Comment l’incident a été signalé',
      awareAt: 'Prise de connaissance',
      awareBy: 'Qui a conclu qu’il s’agit d’une violation de données à caractère personnel',
      awareReasoning: 'Pourquoi à ce moment-là',
      awareReasoningHelp:
        'Nécessaire si vous avez pris connaissance de la violation après le premier signalement.',
      processorAwareAt: 'Quand votre sous-traitant en a pris connaissance (s’il vous l’a indiqué)',
      processorAwareHelp:
        'L’application affiche alors aussi l’échéance calculée à partir de la prise de connaissance par le sous-traitant : la lecture la plus prudente.',
      subjectCategories: 'Catégories de personnes concernées',
      subjectCount: 'Nombre de personnes (approximatif)',
      dataCategories: 'Catégories de données à caractère personnel',
      recordCount: 'Nombre d’enregistrements (approximatif)',
      specialCategories:
        'Catégories particulières de données ou données relatives aux condamnations pénales et aux infractions (art. 9/10)',
      subjectCountries: 'Pays où elles résident',
      onePerLine: 'Un élément par ligne.',
      approximate: 'Une estimation suffit (art. 33(3)(a)).',
      specialHelp: 'Santé, données biométriques, opinions politiques, … un élément par ligne.',
      countriesHelp: 'Codes à deux lettres, p. ex. IT, FR.',
      likelyConsequences: 'Conséquences probables pour les personnes',
      role: 'Votre rôle',
      controllerName: 'Responsable du traitement à informer',
      controllerContact: 'Coordonnées du responsable du traitement',
      contactName: 'Point de contact',
      contactEmail: 'E-mail de contact',
      contactPhone: 'Téléphone de contact',
      authorityCode: 'Autorité de contrôle compétente',
      authorityHelp: 'Par défaut : l’autorité chef de file indiquée dans le profil de l’organisation.',
      lawsHelp:
        'Les réglementations déclarées dans le profil de l’organisation s’appliquent ; ces éléments déterminent si leurs délais courent pour cet incident.',
      lawsNone:
        'Le profil de l’organisation ne déclare aucune des lois qui demandent d’autres faits ici. Si NIS2, DORA, les règles ePrivacy, HIPAA, la LGPD brésilienne ou la LPD suisse s’appliquent à vous, déclarez-les dans le profil de l’organisation et leurs questions apparaîtront ici.',
      nis2Significant: 'NIS2 : incident important',
      doraMajor: 'DORA : incident majeur lié aux TIC',
      doraClassifiedAt: 'DORA : classé comme majeur le',
      eprivacyService:
        'ePrivacy : survenue dans le cadre de la fourniture d’un service de communications électroniques accessible au public',
      hipaaPhi: 'HIPAA : informations de santé protégées non sécurisées',
      lgpdSmallAgent: 'LGPD : agent de traitement de petite taille',
      processorTargetHours: 'Objectif pour informer le responsable du traitement (heures)',
      fadpTargetHours: 'Objectif pour l’annonce au PFPDT (heures)',
      targetHelp:
        'Un objectif que vous fixez, pas un délai légal. Vide : la valeur par défaut de l’application.',
      linksHelp:
        'Les activités de traitement et les fournisseurs du registre concernés par cette violation. Leurs personnes, données, sous-traitants et pays alimentent l’impact et les autorités à notifier.',
      activityIds: 'Activités de traitement concernées',
      vendorIds: 'Fournisseurs concernés',
      noneInRegister: 'Rien dans le registre ne correspond.',
    },
    clocks: {
      title: 'Délais',
      none: 'Aucun délai de notification ne court pour cette violation au titre des réglementations du profil de l’organisation.',
      due: 'Échéance : {{when}}',
      target: 'Objectif : {{when}}',
      sentAt: 'envoyée le {{when}}',
      targetNote: 'Un objectif fixé par l’application, pas un délai légal : « dans les meilleurs délais ».',
      saferNote:
        'Calculé à partir de la prise de connaissance par votre sous-traitant : la lecture la plus prudente, affichée à côté de la vôtre.',
      reasonRecorded: 'Motifs du retard :',
      recordReason: 'Enregistrer les motifs du retard',
      delayReason: 'Motifs du retard',
      delayReasonHelp: 'Une notification tardive doit indiquer les motifs du retard (art. 33(1)).',
      saveReason: 'Enregistrer les motifs',
    },
    checklist: {
      title: 'La première heure',
      intro:
        'Ce qu’il faut faire tout de suite. Cochez chaque étape une fois faite ; la chronologie enregistre qui l’a faite et quand.',
      doneBy: 'Fait par {{who}}, le {{when}}',
    },
    page: {
      close: 'Clôturer la violation',
      reopen: 'Rouvrir',
      drill:
        'Ceci est un exercice : il n’apparaît jamais dans les registres, rapports ou statistiques réels.',
      timeline: 'Chronologie',
      tabs: {
        facts: 'Faits',
        assessment: 'Évaluation du risque',
        decision: 'Décision',
        notifications_one: 'Notifications ({{count}})',
        notifications_other: 'Notifications ({{count}})',
        impact: 'Impact',
      },
    },
    facts: {
      edit: 'Modifier les faits',
      editTitle: 'Modifier la violation {{ref}}',
      save: 'Enregistrer',
    },
    assess: {
      current: 'Évaluation actuelle',
      currentText:
        'Gravité ENISA {{level}} ({{score}}), risque proposé : {{risk}}. Évaluation faite par {{who}}, le {{when}}.',
      enisaTitle: 'Gravité ENISA',
      dataTypes: 'Types de données concernées (c’est le plus élevé qui compte)',
      adjust: 'Ajuster le score',
      adjustReason: 'Motif de l’ajustement',
      easeOfIdentification: 'Facilité d’identification',
      confidentiality: 'Perte de confidentialité',
      integrity: 'Perte d’intégrité',
      availability: 'Perte de disponibilité',
      malicious: 'Intention malveillante',
      unintelligible: 'Données incompréhensibles (p. ex. chiffrées)',
      edpbTitle: 'Questions de risque du CEPD',
      art34: 'Exception de l’art. 34(3) susceptible de s’appliquer',
      art34Help: 'Utile uniquement en cas de risque élevé.',
      proposalTitle: 'L’application propose',
      score: '{{level}} ({{score}})',
      assessedBy: 'Évaluation faite par',
      save: 'Enregistrer l’évaluation',
    },
    decision: {
      current: 'Décision en vigueur',
      none: 'Aucune décision enregistrée pour l’instant. Décidez s’il faut notifier la violation à l’autorité et informer les personnes concernées ; indiquez qui a décidé et pourquoi.',
      proposal: 'L’application propose',
      noAssessment: 'Pas encore d’évaluation : la proposition apparaît une fois le risque évalué.',
      record: 'Enregistrer la décision',
      revise: 'Enregistrer une nouvelle décision',
      riskLevel: 'Risque pour les personnes',
      notify: 'Notifier la violation à l’autorité de contrôle ?',
      notifyYes: 'Oui, notifier',
      notifyNo: 'Non : pas susceptible d’engendrer un risque',
      authorityReason: 'Pourquoi la violation n’est pas notifiée à l’autorité',
      subjects: 'Informer les personnes concernées ?',
      art34: 'Quelle exception de l’art. 34(3)',
      subjectsReason: 'Pourquoi elles ne sont pas informées',
      decidedBy: 'Décidé par',
      decidedAt: 'Décidé le',
      reasoning: 'Pourquoi (la justification conservée dans le dossier)',
      reasoningHelp:
        'Art. 33(5) : les faits, les effets et les mesures prises pour y remédier, ainsi que les motifs de cette décision.',
      save: 'Enregistrer la décision',
      history: 'Décisions antérieures',
    },
    notify: {
      none: 'Aucune notification enregistrée pour l’instant.',
      log: 'Enregistrer une notification',
      clock: 'Délai auquel elle répond',
      noClock: 'Aucun (p. ex. un complément)',
      phase: 'Phase',
      recipientKind: 'Destinataire',
      authority: 'Autorité',
      recipientName: 'Nom du destinataire',
      recipientNameHelp: 'Si le champ est vide : le nom de l’autorité figurant dans la liste.',
      channel: 'Canal',
      sentAt: 'Envoyée le',
      reference: 'Numéro de référence',
      content: 'Contenu envoyé',
      contentHelp:
        'Collez le texte ou résumez-le ; les projets du menu « Rapports » vous aident à le rédiger.',
      save: 'Enregistrer la notification',
    },
    impact: {
      noRegister:
        'Le registre des activités de traitement est encore vide : les faits ci-dessous proviennent de la seule fiche de cette violation. Inscrivez au registre les activités et fournisseurs concernés, puis liez-les ici pour voir qui et quoi ils concernent.',
      noneRecorded: 'Aucun élément enregistré.',
      subjects: 'Personnes concernées',
      data: 'Données à caractère personnel concernées',
      activities: 'Activités de traitement',
      vendors: 'Sous-traitants et fournisseurs',
      countries: 'Pays',
      authorities: 'Autorités',
      regimes: 'Réglementations',
      suggested:
        '{{regime}} peut aussi s’appliquer : personnes ou traitements dans le pays {{country}}. Si c’est le cas, ajoutez cette réglementation au profil de l’organisation.',
      clocks: 'Délais qui courent',
    },
    reports: {
      menu: 'Rapports',
      case: 'Rapport sur la violation (PDF)',
      saDraft: 'Projet de notification à l’autorité (PDF)',
      subjectDraftEn: 'Projet de message aux personnes concernées — anglais (PDF)',
      subjectDraftIt: 'Projet de message aux personnes concernées — italien (PDF)',
      subjectDraftFr: 'Projet de message aux personnes concernées — français (PDF)',
      written: 'Rapport créé',
      failed: 'Le rapport n’a pas pu être créé',
    },
  },
  deadlineTitle: '{{ref}} {{title}} : {{clock}}',
  clocks: {
    gdpr_sa: 'Notification à l’autorité de contrôle (art. 33 RGPD)',
    gdpr_sa_fromProcessorAwareness:
      'Notification à l’autorité de contrôle, à compter de la prise de connaissance par le sous-traitant',
    uk_gdpr_sa: 'Notification à l’ICO (art. 33 UK GDPR)',
    uk_gdpr_sa_fromProcessorAwareness:
      'Notification à l’ICO, à compter de la prise de connaissance par le sous-traitant',
    gdpr_processorToController: 'Information du responsable du traitement (art. 33(2) RGPD)',
    uk_gdpr_processorToController: 'Information du responsable du traitement (art. 33(2) UK GDPR)',
    fadp_processorToController: 'Information du responsable du traitement (art. 24, al. 3, LPD)',
    fadp_fdpic: 'Annonce au PFPDT (art. 24 LPD)',
    nis2_earlyWarning: 'NIS2 : alerte précoce',
    nis2_notification: 'NIS2 : notification d’incident',
    nis2_finalReport: 'NIS2 : rapport final',
    dora_initial: 'DORA : notification initiale',
    dora_intermediate: 'DORA : rapport intermédiaire',
    dora_final: 'DORA : rapport final',
    eprivacy_initial: 'Notification à l’autorité nationale (règl. 611/2013)',
    eprivacy_remainder: 'Informations restantes (règl. 611/2013)',
    lgpd_anpd: 'Communication à l’ANPD (LGPD)',
    lgpd_dataSubjects: 'Communication aux personnes concernées (LGPD)',
    hipaa_individuals: 'Notification aux personnes (HIPAA)',
    hipaa_hhs: 'Notification au HHS (HIPAA)',
    hipaa_hhsLog: 'Registre annuel HHS (HIPAA)',
    hipaa_media: 'Notification aux médias (HIPAA)',
    hipaa_businessAssociate: 'Notification à l’entité couverte (HIPAA)',
  },
  // Textes des règles sur les violations (shared/rules/breach) : noms et explications des délais, statut des
  // délais, proposition sur le risque. Les instants arrivent en paramètres et s’affichent dans le fuseau de
  // l’organisation.
  rules: {
    names: {
      notifySa: { gdpr: 'à l’autorité de contrôle', uk_gdpr: 'à l’ICO' },
      law33_1: { gdpr: 'art. 33(1) RGPD', uk_gdpr: 'art. 33(1) UK GDPR' },
      law33_2: { gdpr: 'art. 33(2) RGPD', uk_gdpr: 'art. 33(2) UK GDPR', fadp: 'art. 24, al. 3, LPD' },
      processorWording: {
        gdpr: 'dans les meilleurs délais',
        uk_gdpr: 'dans les meilleurs délais',
        fadp: 'dans les meilleurs délais',
      },
    },
    elapsedHours:
      'Les nuits, les week-ends, les jours fériés et les changements d’heure comptent tous, et un délai exprimé en heures n’est jamais reporté au jour ouvrable suivant (règl. 1182/71, art. 3(4)).',
    wallClock:
      'Le décalage par rapport à UTC change entre-temps dans le fuseau {{tz}} (de {{fromOffset}} à {{toOffset}}) : l’horloge locale affiche donc un écart de {{wall}} heures ; la loi compte {{hours}} heures écoulées.',
    gdpr: {
      label: 'Notification {{sa}} ({{law}})',
      explain:
        'Notifiez la violation {{sa}} dans les meilleurs délais et au plus tard 72 heures après en avoir pris connaissance ({{law}}) : prise de connaissance le {{awareAt}}, échéance le {{deadline}}.',
      lateReasons: 'Une notification plus tardive doit être accompagnée des motifs du retard.',
      saferLabel:
        'Notification {{sa}}, à compter de la prise de connaissance par le sous-traitant (lecture la plus prudente)',
      saferExplain:
        'Votre sous-traitant a pris connaissance de la violation le {{processorAwareAt}} ; 72 heures plus tard, l’échéance tombe le {{deadline}}. En principe, le responsable du traitement prend connaissance de la violation lorsque le sous-traitant l’en informe, mais un retard du sous-traitant ne protège pas le responsable du traitement : l’application affiche donc cette échéance à côté de celle calculée à partir de votre propre prise de connaissance ({{ownDeadline}}) et retient la plus proche des deux.',
    },
    processor: {
      label: 'Information du responsable du traitement ({{law}})',
      explain:
        'En tant que sous-traitant, informez le responsable du traitement {{wording}} après avoir pris connaissance de la violation ({{law}}). La loi ne fixe aucun nombre d’heures : il s’agit d’un objectif de {{hours}} heures que vous pouvez modifier (vérifiez votre contrat avec le responsable du traitement), pas d’un délai légal. Prise de connaissance le {{awareAt}}, objectif le {{deadline}}.',
    },
    nis2: {
      earlyWarning: {
        label: 'Alerte précoce au CSIRT ou à l’autorité compétente (NIS2, art. 23(4)(a))',
        explain:
          'Alerte précoce sans retard injustifié et dans les 24 heures suivant la prise de connaissance de l’incident important (directive (UE) 2022/2555 NIS2, art. 23(4)(a)) : prise de connaissance le {{awareAt}}, échéance le {{deadline}}.',
      },
      notification: {
        label: 'Notification d’incident au CSIRT ou à l’autorité compétente (NIS2, art. 23(4)(b))',
        explain:
          'Notification d’incident sans retard injustifié et dans les 72 heures suivant la prise de connaissance de l’incident important (directive (UE) 2022/2555 NIS2, art. 23(4)(b)) : prise de connaissance le {{awareAt}}, échéance le {{deadline}}.',
      },
      finalReport: {
        label: 'Rapport final (NIS2, art. 23(4)(d))',
        submitted:
          'Rapport final au plus tard un mois après la notification d’incident, présentée le {{from}} : échéance le {{deadline}}.',
        latest:
          'Rapport final au plus tard un mois après la notification d’incident. Celle-ci n’étant pas encore présentée, voici la date la plus tardive possible : un mois après l’échéance de la notification ({{from}}), soit le {{deadline}}. Cette date est avancée si la notification est envoyée plus tôt.',
        oneMonth:
          'Un mois = la même heure locale ({{tz}}) le même jour du mois suivant (le dernier jour du mois si ce jour n’existe pas) ; jamais reporté à un jour ouvrable.',
        ongoing:
          'Si l’incident est toujours en cours à cette date, envoyez à la place un rapport d’avancement, puis le rapport final dans un délai d’un mois après le traitement de l’incident (directive (UE) 2022/2555 NIS2, art. 23(4)(e)).',
      },
    },
    dora: {
      initial: {
        label: 'Notification initiale à l’autorité compétente (DORA, art. 19(4)(a))',
        explain:
          'Notification initiale dans les 4 heures suivant la classification de l’incident comme majeur et au plus tard 24 heures après la prise de connaissance (DORA, art. 19(4) ; RTS, règl. dél. (UE) 2025/301, art. 5) : échéance le {{deadline}}.',
        notClassified:
          'Pas encore classé comme majeur : l’échéance affichée est le plafond de 24 heures après la prise de connaissance ; une fois l’incident classé, le délai de 4 heures après la classification peut expirer plus tôt.',
        byClassification:
          'Le délai de 4 heures après la classification comme majeur (classé le {{classifiedAt}}) expire avant celui de 24 heures après la prise de connaissance ({{cap}}).',
        byCap:
          'Le délai de 24 heures après la prise de connaissance expire en premier ; celui de 4 heures après la classification comme majeur expirerait le {{fromClassification}}.',
        noRelief:
          'L’éventuel assouplissement pour les week-ends et jours fériés prévu pour certaines entités n’est pas appliqué ici (la date la plus proche est retenue).',
      },
      intermediate: {
        label: 'Rapport intermédiaire (DORA, art. 19(4)(b))',
        submitted:
          'Rapport intermédiaire dans les 72 heures suivant la présentation de la notification initiale ({{from}}) : échéance le {{deadline}}.',
        latest:
          'Rapport intermédiaire dans les 72 heures suivant la présentation de la notification initiale. Celle-ci n’étant pas encore présentée, le délai est compté à partir de son échéance ({{from}}) : échéance le {{deadline}} ; cette date est avancée si la notification initiale est envoyée plus tôt.',
        recovered:
          'Envoyez un rapport intermédiaire actualisé lorsque les activités normales ont été rétablies.',
      },
      final: {
        label: 'Rapport final (DORA, art. 19(4)(c))',
        submitted:
          'Rapport final au plus tard un mois après le dernier rapport intermédiaire (présenté le {{from}}) : échéance le {{deadline}}.',
        latest:
          'Rapport final au plus tard un mois après le dernier rapport intermédiaire. Aucun n’ayant encore été présenté, le délai est compté à partir de l’échéance du rapport intermédiaire ({{from}}) : échéance le {{deadline}} ; il court en réalité à partir du dernier rapport intermédiaire effectivement présenté.',
        oneMonth:
          'Un mois = la même heure locale ({{tz}}) un mois civil plus tard ; jamais reporté à un jour ouvrable.',
      },
    },
    eprivacy: {
      initial: {
        label: 'Notification à l’autorité nationale compétente (règl. 611/2013, art. 2(2))',
        explain:
          'Notifiez la violation à l’autorité nationale compétente au plus tard 24 heures après l’avoir constatée, dans la mesure du possible (règlement (UE) n° 611/2013 de la Commission, art. 2(2)) : constatée le {{detectedAt}}, échéance le {{deadline}}.',
        rest: 'Si toutes les informations ne sont pas disponibles, envoyez d’ici là celles dont vous disposez, et le reste dans les 3 jours qui suivent.',
      },
      remainder: {
        label:
          'Informations restantes, si la notification initiale était incomplète (règl. 611/2013, art. 2(3))',
        submitted:
          'Si la notification initiale était incomplète, les informations restantes doivent être fournies dans les 3 jours qui la suivent (règlement (UE) n° 611/2013 de la Commission, art. 2(3)), comptés ici comme 72 heures à partir de sa présentation ({{from}}) : échéance le {{deadline}}. Compter en heures donne la date la plus proche, donc la plus prudente.',
        latest:
          'Si la notification initiale était incomplète, les informations restantes doivent être fournies dans les 3 jours qui la suivent (règlement (UE) n° 611/2013 de la Commission, art. 2(3)), comptés ici comme 72 heures à partir de son échéance, le {{from}} (celle-ci est avancée si la notification initiale est envoyée plus tôt) : échéance le {{deadline}}. Compter en heures donne la date la plus proche, donc la plus prudente.',
      },
    },
    lgpd: {
      anpd: {
        label: 'Communication de l’incident à l’ANPD (Rés. CD/ANPD 15/2024, art. 6)',
        explain:
          'Lorsque l’incident peut entraîner un risque ou un dommage significatif pour les personnes concernées, communiquez-le à l’ANPD dans un délai de {{days}} jours ouvrés à compter du moment où vous avez su qu’il touchait des données à caractère personnel (LGPD, art. 48 ; Rés. CD/ANPD 15/2024, art. 6{{smallAgent}}) : prise de connaissance le {{awareAt}}, soit le {{knownOn}} ; échéance à la fin du {{deadlineDate}} ({{tz}}). Le jour de la prise de connaissance n’est pas compté ; les samedis, dimanches et jours fériés nationaux brésiliens sont exclus (les jours fériés régionaux ne le sont pas).',
      },
      dataSubjects: {
        label: 'Communication de l’incident aux personnes concernées (Rés. CD/ANPD 15/2024, art. 9)',
        explain:
          'Lorsque l’incident peut entraîner un risque ou un dommage significatif pour les personnes concernées, communiquez-le aux personnes touchées dans un délai de {{days}} jours ouvrés à compter du moment où vous avez su qu’il touchait des données à caractère personnel (LGPD, art. 48 ; Rés. CD/ANPD 15/2024, art. 9{{smallAgent}}) : prise de connaissance le {{awareAt}}, soit le {{knownOn}} ; échéance à la fin du {{deadlineDate}} ({{tz}}). Le jour de la prise de connaissance n’est pas compté ; les samedis, dimanches et jours fériés nationaux brésiliens sont exclus (les jours fériés régionaux ne le sont pas).',
      },
      smallAgent: ' ; délai doublé pour un agent de traitement de petite taille',
    },
    fadp: {
      label: 'Annonce au PFPDT (art. 24, al. 1, LPD)',
      explain:
        'Annoncez la violation au PFPDT dans les meilleurs délais lorsqu’elle entraîne vraisemblablement un risque élevé (art. 24, al. 1, LPD). La loi ne fixe aucun nombre d’heures : il s’agit d’un objectif de {{hours}} heures que vous pouvez modifier, pas d’un délai légal. Prise de connaissance le {{awareAt}}, objectif le {{deadline}}. Informez aussi les personnes concernées lorsque leur protection l’exige ou que le PFPDT le demande (art. 24, al. 4).',
    },
    hipaa: {
      businessAssociate: {
        label: 'Notification à l’entité couverte (45 CFR 164.410)',
        explain:
          'En tant que « business associate » (prestataire de l’entité couverte), notifiez l’entité couverte (« covered entity ») sans retard déraisonnable et au plus tard 60 jours calendaires après la découverte : découverte le {{discoveredAt}}, soit le {{discoveredOn}} ; au plus tard le {{deadlineDate}} ({{tz}}) (45 CFR 164.410(b)).',
      },
      individuals: {
        label: 'Notification aux personnes concernées (45 CFR 164.404)',
        explain:
          'Notifiez chaque personne concernée sans retard déraisonnable et au plus tard 60 jours calendaires après la découverte : découverte le {{discoveredAt}}, soit le {{discoveredOn}} ; au plus tard le {{deadlineDate}} ({{tz}}) (45 CFR 164.404(b)). Soixante jours sont la limite extrême, pas un délai qui garantit la conformité ; un report demandé par les forces de l’ordre (164.412) doit être documenté.',
      },
      hhs: {
        label: 'Notification au HHS, 500 personnes ou plus (45 CFR 164.408(b))',
        explain:
          'Si 500 personnes ou plus sont concernées{{assumed}}, notifiez le secrétaire du HHS en même temps que les personnes, au plus tard 60 jours calendaires après la découverte : découverte le {{discoveredAt}}, soit le {{discoveredOn}} ; au plus tard le {{deadlineDate}} ({{tz}}) (45 CFR 164.408(b)).',
        assumed: ' (nombre pas encore connu, donc supposé)',
      },
      hhsLog: {
        label: 'Déclaration au HHS dans le registre annuel, moins de 500 personnes (45 CFR 164.408(c))',
        explain:
          'Si moins de 500 personnes sont concernées, consignez la violation dans le registre et déclarez-la au HHS au plus tard 60 jours après la fin de l’année civile {{year}} : au plus tard le {{deadlineDate}} (45 CFR 164.408(c)).',
      },
      media: {
        label: 'Notification aux médias de premier plan, plus de 500 résidents d’un État (45 CFR 164.406)',
        explain:
          'Si plus de 500 résidents d’un État ou d’une juridiction sont concernés{{assumed}}, notifiez les médias de premier plan qui couvrent cet État ou cette juridiction, au plus tard 60 jours calendaires après la découverte : découverte le {{discoveredAt}}, soit le {{discoveredOn}} ; au plus tard le {{deadlineDate}} ({{tz}}) (45 CFR 164.406).',
        assumed: ' (nombre pas encore connu, donc ce délai est affiché)',
      },
    },
    status: {
      metLegal: 'Envoyée le {{metAt}}, dans le délai légal ({{deadline}}).',
      metTarget:
        'Envoyée le {{metAt}}, dans l’objectif fixé par l’organisation (pas un délai légal) : {{deadline}}.',
      notRequired:
        'Non requise : voir la décision documentée {{decisionId}} (art. 33(5)) ; ce délai ne court donc pas.',
      pendingLegal: 'À envoyer au plus tard le {{deadline}} (délai légal).',
      pendingTarget:
        'À envoyer au plus tard le {{deadline}} (objectif fixé par l’organisation, pas un délai légal).',
      sentLateLegal: 'Envoyée le {{metAt}}, après le délai légal ({{deadline}}).',
      sentLateTarget:
        'Envoyée le {{metAt}}, après l’objectif fixé par l’organisation (pas un délai légal) : {{deadline}}.',
      passedLegal: 'Le délai légal ({{deadline}}) est dépassé et rien n’a été envoyé.',
      passedTarget:
        'L’objectif fixé par l’organisation (pas un délai légal), {{deadline}}, est dépassé et rien n’a été envoyé.',
      reasonsRecorded: 'Les motifs du retard sont enregistrés.',
      reasonsRecordedGdpr: 'Les motifs du retard sont enregistrés (art. 33(1)).',
      recordReasons: 'Enregistrez les motifs du retard.',
      recordReasonsGdpr:
        'Enregistrez les motifs du retard ; une notification tardive doit les indiquer (art. 33(1)).',
      targetMissed: 'Il s’agissait d’un objectif, pas d’un délai légal ; notifiez sans plus attendre.',
    },
    risk: {
      factors: {
        sensitiveData: 'données sensibles',
        easilyIdentified: 'personnes facilement identifiables',
        vulnerableIndividuals: 'personnes vulnérables',
        largeScale: 'grande échelle',
        maliciousIntent: 'intention malveillante',
        untrustedRecipients: 'destinataires non fiables ou inconnus',
        seriousConsequences: 'conséquences graves possibles',
        irreversible: 'difficilement réversible',
        unintelligible: 'données incompréhensibles',
        recoveredBeforeMisuse: 'données récupérées avant toute utilisation abusive',
      },
      level: { no_risk: 'aucun risque', risk: 'risque', high_risk: 'risque élevé' },
      severity: { low: 'faible', medium: 'moyenne', high: 'élevée', very_high: 'très élevée' },
      unintelligible:
        'Les données étaient incompréhensibles pour toute personne non autorisée (p. ex. chiffrées avec une clé qui n’a pas été compromise) : la violation n’est pas susceptible d’engendrer un risque (lignes directrices 9/2022 du CEPD). Conservez les preuves ; si une sauvegarde ou la clé est compromise par la suite, réévaluez le risque.',
      highRisk:
        'Risque élevé probable : {{factors}} (réponse « oui » ou « inconnu ») et rien n’a rendu les données incompréhensibles ni permis de les récupérer (lignes directrices 9/2022 du CEPD ; considérant 75). Un risque élevé déclenche la communication aux personnes concernées (art. 34(1)).',
      noRisk:
        'Aucun facteur de risque n’est présent, ou les données ont été maîtrisées avant toute utilisation abusive, sans intention malveillante ni conséquences graves : la violation n’est pas susceptible d’engendrer un risque (art. 33(1)). Pour ne pas notifier, cette justification doit figurer dans la décision enregistrée (art. 33(5)).',
      risk: 'Un risque pour les droits et libertés des personnes est probable ({{factors}}) : notifiez la violation à l’autorité de contrôle (art. 33(1)). Sans facteur de conséquences graves, un risque élevé n’est pas présumé.',
      summary:
        'Questions du CEPD : {{edpb}}. La gravité ENISA {{score}} ({{severity}}) correspond à : {{enisa}}. L’application propose le plus élevé des deux, {{proposed}} : {{authority}} ; {{subjects}}.',
      authority: {
        notify: 'notifier la violation à l’autorité de contrôle',
        skip: 'pas de notification à l’autorité, avec un motif écrit',
      },
      subjects: {
        communicate: 'communiquer la violation aux personnes concernées',
        not_proposed: 'pas de communication aux personnes concernées',
        public_communication: 'une communication publique au lieu de messages individuels (art. 34(3)(c))',
        exception: 'pas de communication si l’exception de l’art. 34(3)({{exception}}) s’applique',
      },
    },
    proposal: {
      exception: {
        a: 'art. 34(3)(a) : des mesures telles que le chiffrement ont rendu les données incompréhensibles',
        b: 'art. 34(3)(b) : des mesures ultérieures font que le risque élevé n’est plus susceptible de se matérialiser',
        c: 'art. 34(3)(c) : une communication individuelle exigerait des efforts disproportionnés',
      },
      authorityPropose:
        'Gravité {{score}}, égale ou supérieure à {{threshold}} : l’application propose de notifier la violation à l’autorité de contrôle (art. 33(1)) ; en cas de doute, notifiez (lignes directrices 9/2022 du CEPD).',
      authoritySkip:
        'Gravité {{score}}, inférieure à {{threshold}} : l’absence de notification peut être envisagée (violation non susceptible d’engendrer un risque, art. 33(1)), mais uniquement avec un motif écrit dans la décision enregistrée (art. 33(5)).',
      subjectsNotProposed:
        'Gravité {{score}}, inférieure à {{threshold}} : aucun risque élevé n’est présumé, donc aucune communication aux personnes concernées n’est proposée (art. 34(1)) ; l’autorité peut néanmoins l’exiger (art. 34(4)).',
      subjectsPublic:
        'La gravité {{score}} laisse penser à un risque élevé ; {{exception}}. Une communication publique ou une mesure similaire permettant d’informer les personnes de manière tout aussi efficace est donc proposée à la place.',
      subjectsException:
        'La gravité {{score}} laisse penser à un risque élevé, mais {{exception}}. Si c’est bien le cas, la communication n’est pas requise ; consignez-en les preuves.',
      subjectsCommunicate:
        'Gravité {{score}}, égale ou supérieure à {{threshold}}, ce qui laisse penser à un risque élevé : l’application propose de communiquer la violation aux personnes concernées dans les meilleurs délais, en des termes clairs et simples (art. 34(1) et (2)).',
      note: 'Une proposition, pas une décision : une personne nommément désignée décide et consigne qui, quand et pourquoi (art. 33(5)).',
    },
    regimes: {
      flag: {
        nis2: 'Les délais NIS2 ne courent que pour un incident important (art. 23(3)).',
        dora: 'Les délais DORA ne courent que pour un incident majeur lié aux TIC (art. 19 ; règl. dél. 2024/1772).',
        eprivacy:
          'Le règl. 611/2013 s’applique aux violations survenues dans le cadre de la fourniture d’un service de communications électroniques accessible au public.',
        hipaa:
          'La notification des violations HIPAA concerne les informations de santé protégées non sécurisées (45 CFR 164.402).',
      },
      noClock:
        'L’application n’a pas encore de délai fixe de notification pour cette réglementation (« sans retard déraisonnable » / « rapidement ») : notifiez dès que possible.',
      declared: 'Déclarée dans le profil de l’organisation.',
    },
    authorities: {
      established:
        'Établi dans l’UE/EEE : notifiez la violation à l’autorité de contrôle chef de file ou à celle de l’établissement (art. 55 et 56).',
      notEstablished:
        'Non établi dans l’UE/EEE : pas de guichet unique, notifiez donc la violation à chaque autorité de contrôle des pays où résident des personnes concernées (lignes directrices 9/2022 du CEPD, point 73).',
    },
  },
}
