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
    controller: 'Responsable du traitement',
    processor: 'Sous-traitant',
  },
  regimes: {
    gdpr: 'RGPD (règlement (UE) 2016/679)',
    uk_gdpr: 'UK GDPR',
    ccpa: 'CCPA / CPRA (Californie)',
    lgpd: 'LGPD (Brésil)',
    fadp: 'LPD (Suisse)',
    nis2: 'Directive NIS2 (UE 2022/2555)',
    dora: 'DORA (règlement (UE) 2022/2554)',
    eprivacy: 'Directive ePrivacy (2002/58/CE)',
    hipaa: 'HIPAA (données de santé, États-Unis)',
    quebec: 'Loi 25 du Québec',
  },
  errors: {
    title: 'Un problème est survenu',
  },
  dateField: { placeholder: 'JJ/MM/AAAA', timePlaceholder: 'hh:mm', dateOf: '{{label}} : date', timeOf: '{{label}} : heure', badDateTime: 'Saisissez la date au format JJ/MM/AAAA et l’heure au format hh:mm, sur 24 heures (par ex. 09:30 ou 21:05).' },
  start: {
    tagline: 'Vos registres, échéances et rapports RGPD dans un seul fichier, sur cet ordinateur. Rien n’en sort.',
    problem: 'Impossible d’ouvrir l’espace de travail',
    create: {
      title: 'Créer un espace de travail',
      intro: 'Un fichier d’espace de travail par organisme. Vous pourrez compléter le reste du profil ensuite.',
      organisationName: 'Nom de l’organisme',
      organisationNameHelp: 'La dénomination sociale, telle qu’elle figure au registre du commerce et des sociétés.',
      country: 'Pays d’établissement',
      timeZone: 'Fuseau horaire',
      timeZoneHelp: 'Les dates et les échéances sont affichées dans ce fuseau horaire.',
      language: 'Langue',
      languageHelp: 'Langue de l’application et des rapports pour cet espace de travail.',
      location: 'Où enregistrer le fichier',
      chooseLocation: 'Choisir…',
      noLocation: 'Aucun emplacement choisi pour l’instant : il vous sera demandé à la création de l’espace de travail.',
      submit: 'Créer l’espace de travail',
    },
    open: {
      title: 'Ouvrir un espace de travail',
      intro: 'Ouvrez un fichier .pwb créé avec Privacy Workbench, par exemple un fichier transmis par un collègue.',
      choose: 'Ouvrir un fichier d’espace de travail…',
    },
    recent: {
      title: 'Espaces de travail récents',
      empty: 'Aucun espace de travail récent pour l’instant. Les espaces de travail que vous créez ou ouvrez apparaîtront ici.',
      openedAt: 'Dernière ouverture : {{when}}',
    },
    demo: {
      title: 'Découvrir une démo',
      intro:
        'Un espace de travail prêt à l’emploi pour Vimage S.r.l., une agence web italienne, construit à partir de sa politique de confidentialité publique.',
      create: 'Créer l’espace de travail de démonstration…',
    },
  },
  shell: {
    closeWorkspace: 'Fermer l’espace de travail',
    closeFailed: 'Impossible de fermer l’espace de travail',
    darkTheme: 'Passer au thème sombre',
    lightTheme: 'Passer au thème clair',
  },
  nav: {
    label: 'Navigation principale',
    settingsSection: 'Paramètres',
    shortcut: 'Raccourci : {{keys}}',
    dashboard: 'Tableau de bord',
    register: 'Registre',
    requests: 'Demandes',
    breaches: 'Violations',
    transfers: 'Transferts',
    drills: 'Exercices',
    reports: 'Rapports',
    organisation: 'Organisme',
    audit: 'Journal d’audit',
    settings: 'Paramètres',
  },
  modules: {
    register: {
      what: 'Votre registre des activités de traitement (art. 30) : quelles données à caractère personnel vous traitez, pourquoi et sur quelle base légale, qui les reçoit et combien de temps vous les conservez, prêt à être présenté lors d’un contrôle.',
      comingSoon:
        'Ce module arrivera dans une version ultérieure. Commencez par compléter le profil de l’organisme : le registre s’appuie sur lui.',
    },
    requests: {
      what: 'Enregistrez les demandes d’exercice des droits des personnes concernées (accès, rectification, effacement, opposition et les autres droits des art. 15 à 22) et voyez le délai légal de chacune, calculé à partir de la date de réception (art. 12(3)).',
      comingSoon:
        'Ce module arrivera dans une version ultérieure. D’ici là, conservez les demandes avec leur date de réception : le délai court à partir de ce jour.',
    },
    breaches: {
      what: 'Enregistrez les violations de données à caractère personnel et suivez leurs délais : notification à l’autorité de contrôle dans les 72 heures après en avoir pris connaissance (art. 33), communication aux personnes concernées lorsque le risque pour elles est élevé (art. 34), et documentation de chaque violation (art. 33(5)).',
      comingSoon:
        'Ce module arrivera dans une version ultérieure. Les notifications iront à votre autorité de contrôle chef de file, indiquée dans le profil de l’organisme.',
    },
    transfers: {
      what: 'Listez les fournisseurs et destinataires situés hors de l’UE/EEE, l’outil de transfert sur lequel repose chacun d’eux (décision d’adéquation, clauses contractuelles types et les autres outils du chapitre V) et vos analyses d’impact des transferts.',
      comingSoon: 'Ce module arrivera dans une version ultérieure.',
    },
    drills: {
      what: 'Entraînez-vous à gérer une violation sur une horloge simulée et accélérée : événements injectés au fil du scénario, décisions chronométrées par rapport aux délais légaux, et rapport de retour d’expérience. Les exercices ne touchent jamais vos registres réels.',
      comingSoon: 'Ce module arrivera dans une version ultérieure.',
    },
  },
  dashboard: {
    title: 'Tableau de bord',
    intro: 'La situation de cet organisme aujourd’hui.',
    warning: 'Remarque',
    org: {
      edit: 'Modifier le profil',
      country: 'Pays',
      outsideEea: 'hors de l’UE/EEE',
      timeZone: 'Fuseau horaire',
      language: 'Langue',
      authority: 'Autorité de contrôle chef de file',
      dpo: 'Délégué à la protection des données',
      dpoAppointed: 'Désigné : {{name}}',
      dpoNotAppointed: 'Non désigné',
      contact: 'E-mail de contact',
      none: 'Non renseigné',
    },
    deadlines: {
      title: 'Échéances des 14 prochains jours',
      empty: 'Aucune échéance dans les 14 prochains jours.',
      later:
        'Lorsque vous enregistrerez des demandes d’exercice des droits et des violations, leurs délais légaux apparaîtront ici, de la plus proche à la plus lointaine.',
      due: 'Échéance légale : {{when}}',
      target: 'Objectif (pas un délai légal) : {{when}}',
      more: 'et {{count}} de plus',
      open: 'Ouvrir le dossier',
      status: {
        pending: 'En cours',
        met: 'Respectée',
        missed: 'Non respectée',
        late_with_reason: 'En retard, motif consigné',
        not_required: 'Non requise',
      },
    },
    audit: {
      title: 'Journal d’audit',
      intro:
        'Chaque modification de cet espace de travail est consignée dans une chaîne de hachage : vous pouvez ainsi prouver que les données n’ont pas été modifiées après coup.',
      open: 'Ouvrir le journal d’audit',
    },
  },
  profile: {
    title: 'Profil de l’organisme',
    intro:
      'Qui vous êtes, où vous êtes établi et qui est chargé de la protection des données. Ces informations figurent en tête de votre registre et de vos rapports.',
    identity: {
      title: 'Identité et coordonnées',
      intro:
        'Le nom et les coordonnées du responsable du traitement doivent figurer dans votre registre (art. 30(1)(a)) et dans vos mentions d’information (art. 13(1)(a)).',
    },
    legalName: 'Dénomination sociale',
    legalNameHelp: 'Telle qu’elle figure au registre du commerce et des sociétés.',
    tradingName: 'Nom commercial',
    tradingNameHelp: 'Le nom sous lequel vos clients vous connaissent, s’il est différent.',
    legalForm: 'Forme juridique',
    legalFormHelp: 'Par exemple SARL, SAS, EURL ou entreprise individuelle.',
    employees: 'Personnes employées',
    employeesHelp: 'En dessous de 250 personnes, l’art. 30(5) peut dispenser du registre les traitements occasionnels et à faible risque ; laissez vide en cas de doute (l’obligation s’applique alors).',
    registrationNumber: 'Numéro d’immatriculation',
    registrationNumberHelp: 'Votre numéro d’immatriculation (par exemple SIREN ou numéro RCS), si vous en avez un.',
    vatNumber: 'Numéro de TVA',
    vatNumberHelp: 'Votre numéro de TVA intracommunautaire, si vous en avez un.',
    contactEmail: 'E-mail de contact pour les questions de protection des données',
    contactEmailHelp: 'L’adresse à laquelle les personnes peuvent vous joindre au sujet de leurs données (art. 13(1)(a)).',
    establishment: {
      title: 'Établissement',
      intro:
        'Votre établissement principal (art. 4(16)) : le lieu où sont prises les décisions relatives au traitement. Il détermine votre autorité de contrôle chef de file (art. 56).',
    },
    street: 'Numéro et rue',
    postalCode: 'Code postal',
    city: 'Ville',
    region: 'Région ou département',
    country: 'Pays',
    countryHelp: 'Hors de l’UE/EEE, vous pouvez avoir besoin d’un représentant dans l’UE (art. 27).',
    timeZone: 'Fuseau horaire',
    timeZoneHelp: 'Les dates et les échéances sont affichées dans ce fuseau horaire.',
    language: 'Langue',
    languageHelp: 'Langue de l’application et des rapports pour cet espace de travail.',
    dpo: {
      title: 'Délégué à la protection des données (DPD/DPO)',
      intro:
        'Un DPD est obligatoire pour les organismes publics, et lorsque vos activités de base comportent un suivi régulier et systématique à grande échelle des personnes, ou le traitement à grande échelle de catégories particulières de données (art. 37(1)).',
      appointed: 'Un DPD est désigné',
      name: 'Nom du DPD',
      email: 'E-mail du DPD',
      emailHelp: 'Doit être publié et communiqué à l’autorité de contrôle (art. 37(7)).',
      phone: 'Téléphone du DPD',
      reason: 'Pourquoi aucun DPD n’est désigné',
      reasonHelp:
        'Consignez votre raisonnement : vous devez pouvoir démontrer pourquoi l’art. 37(1) ne s’applique pas à vous (principe de responsabilité, art. 5(2)).',
    },
    representative: {
      title: 'Représentant dans l’UE (art. 27)',
      intro:
        'Un organisme établi hors de l’UE/EEE qui offre des biens ou des services à des personnes dans l’UE, ou qui suit leur comportement, doit désigner par écrit un représentant dans l’UE, sauf si son traitement est occasionnel et à faible risque (art. 27(2)).',
      name: 'Nom du représentant',
      address: 'Adresse du représentant',
      email: 'E-mail du représentant',
    },
    scope: {
      title: 'Rôle et réglementations applicables',
      intro: 'Ces choix déterminent les obligations, les délais et les rapports qui s’appliquent à cet espace de travail.',
    },
    leadAuthority: 'Autorité de contrôle chef de file',
    leadAuthorityHelp:
      'L’autorité de votre établissement principal ou unique (art. 56). C’est à elle que les violations sont notifiées (art. 33).',
    leadAuthorityNone: 'Choisissez une autorité',
    roles: 'Votre rôle',
    rolesHelp:
      'Responsable du traitement : vous déterminez pourquoi et comment les données à caractère personnel sont traitées (art. 4(7)). Sous-traitant : vous les traitez pour le compte d’un client (art. 4(8), art. 28). Beaucoup d’entreprises sont les deux.',
    regimes: 'Réglementations applicables',
    regimesHelp: 'Une entreprise de l’UE choisit le RGPD ; ajoutez les autres réglementations qui s’appliquent à vos clients ou à votre secteur.',
    fixErrors: 'Certains champs sont à corriger : voir les messages ci-dessus. Rien n’a été enregistré.',
    saveFailed: 'Le profil n’a pas été enregistré',
    saved: 'Profil enregistré',
    savedDetail: 'La modification est consignée dans le journal d’audit.',
    unsaved: 'Modifications non enregistrées',
    discard: 'Annuler les modifications',
    save: 'Enregistrer le profil',
  },
  audit: {
    title: 'Journal d’audit',
    intro:
      'Toutes les modifications de cet espace de travail, de la plus récente à la plus ancienne. Les heures sont affichées dans le fuseau {{timeZone}}. Cliquez sur une ligne pour voir ce qui a changé.',
    verify: 'Vérifier le journal d’audit',
    empty: 'Aucune entrée pour l’instant.',
    truncated: 'Affichage des {{shown}} dernières entrées sur {{total}}.',
    col: {
      id: 'N°',
      at: 'Quand',
      actor: 'Qui',
      entity: 'Quoi',
      entityId: 'Fiche',
      action: 'Action',
      hash: 'Empreinte',
    },
    actions: {
      create: 'Création',
      update: 'Modification',
      delete: 'Suppression',
      redact: 'Caviardage',
      open: 'Ouverture',
      migrate: 'Mise à niveau',
    },
    drawer: {
      title: 'Entrée {{id}} du journal d’audit',
      summary: '{{when}} : {{actor}} — {{action}} {{entity}} {{entityId}}',
      hash: 'Empreinte : {{hash}}',
      before: 'Avant',
      after: 'Après',
      payload: 'Détails',
      redactedTitle: 'Détails effacés',
      redacted:
        'Les détails de cette entrée ont été caviardés le {{when}}, à la fin de leur durée de conservation. L’entrée elle-même reste dans la chaîne.',
    },
  },
  reports: {
    title: 'Rapports',
    intro: 'Rapports PDF établis à partir de cet espace de travail. L’application vous indique où chaque fichier a été enregistré.',
    language: 'Langue du rapport',
    create: 'Créer le PDF',
    failed: 'Le rapport n’a pas été créé',
    written: 'Rapport enregistré',
    size: 'Taille : {{size}}',
    createAll: 'Créer les {{count}}',
    languageHint: 'Chaque rapport ci-dessous est rédigé dans cette langue ; les textes de l’espace de travail restent tels qu’ils ont été saisis.',
    ropa: {
      title: 'Registre des activités de traitement (art. 30)',
      intro:
        'Le registre que l’autorité de contrôle demande en premier : chaque traitement avec tous les champs de l’art. 30, les tableaux de synthèse et les fournisseurs.',
    },
    dsar: {
      title: 'Registre des demandes des personnes concernées',
      intro:
        'Chaque demande avec son délai légal, ses prolongations, ses suspensions et son issue : la preuve que chacune a reçu une réponse à temps (art. 12(3)).',
    },
    breach: {
      title: 'Registre des violations de données à caractère personnel (art. 33(5))',
      intro:
        'Chaque violation, notifiée ou non, avec les faits, ses effets et les mesures prises, et le respect du délai de chaque notification.',
    },
    transfers: {
      title: 'Registre des transferts internationaux',
      intro:
        'Chaque transfert hors de l’EEE avec son outil de transfert, la nécessité ou non d’une analyse d’impact (AITD) et son statut (chapitre V).',
    },
    summary: {
      title: 'Synthèse de l’espace de travail (PDF)',
      intro:
        'Une vue d’ensemble de cet espace de travail en quelques pages, à remettre à un client, à un collègue ou à un contrôleur.',
    },
  },
  settings: {
    title: 'Paramètres',
    intro: 'Préférences de l’application sur cet ordinateur. Les données de l’organisme se trouvent sous Organisme.',
    appearance: {
      title: 'Apparence',
      intro: 'Mémorisée uniquement sur cet ordinateur ; elle n’est pas enregistrée dans l’espace de travail.',
      light: 'Clair',
      dark: 'Sombre',
      auto: 'Comme le système',
    },
    shortcuts: {
      title: 'Raccourcis clavier',
      intro: 'Maintenez la touche Alt enfoncée et appuyez sur un chiffre pour accéder directement à une section.',
    },
    about: {
      title: 'À propos',
      version: 'Version {{version}}',
      folder: 'Les nouveaux espaces de travail sont proposés dans {{folder}}',
      file: 'Espace de travail ouvert : {{path}}',
      schema: 'Format de l’espace de travail {{version}}',
    },
  },
  table: {
    search: 'Rechercher dans toutes les colonnes',
    filter: 'Filtrer',
    filterColumn: 'Filtrer {{column}}',
    columns: 'Colonnes',
    columnsHelp: 'Affichez, masquez et réorganisez les colonnes. Ce réglage est mémorisé sur cet ordinateur.',
    moveLeft: 'Déplacer {{column}} vers la gauche',
    moveRight: 'Déplacer {{column}} vers la droite',
    resetColumns: 'Réinitialiser les colonnes',
    rowCount: '{{shown}} sur $t(common:count.rows, {"count": {{total}} })',
    empty: 'Rien ici pour l’instant.',
    noMatch: 'Aucune ligne ne correspond aux filtres.',
  },
}
