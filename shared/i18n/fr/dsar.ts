import type { DeepStrings } from '../types'
import type { dsar as en } from '../en/dsar'

// Textes français des règles sur les délais des demandes d’exercice des droits (namespace `dsar`).
// Les références restent celles de l’original (GDPR = RGPD ; règlement 1182/71 ; lignes directrices
// 01/2022 du CEPD ; FADP = LPD suisse, DPO = OPDo, l’ordonnance suisse sur la protection des données).
export const dsar: DeepStrings<typeof en> = {
  regimes: {
    gdpr: 'RGPD (UE/EEE)',
    uk: 'UK GDPR',
    ccpa: 'CCPA/CPRA (Californie)',
    lgpd: 'LGPD (Brésil)',
    fadp: 'LPD (Suisse)',
  },
  types: {
    access: 'accès',
    rectification: 'rectification',
    erasure: 'effacement',
    restriction: 'limitation du traitement',
    portability: 'portabilité des données',
    objection: 'opposition',
    'objection-direct-marketing': 'opposition à la prospection commerciale',
    'automated-decision': 'réexamen d’une décision automatisée',
    'withdraw-consent': 'retrait du consentement',
    'ccpa-know': 'demande d’information (request to know)',
    'ccpa-delete': 'demande de suppression (request to delete)',
    'ccpa-correct': 'demande de rectification (request to correct)',
    'ccpa-opt-out': 'opposition à la vente ou au partage (opt-out)',
    'ccpa-limit': 'limitation de l’utilisation des informations personnelles sensibles',
  },
  calendars: {
    none: 'aucun (jours calendaires, sans report)',
    'GB-ENG': 'Angleterre et pays de Galles',
    'GB-SCT': 'Écosse',
    'GB-NIR': 'Irlande du Nord',
    US: 'États-Unis (jours fériés fédéraux)',
  },
  explain: {
    startReceipt:
      'La demande a été reçue le {{received}}. Le délai court à partir de ce jour, qu’il s’agisse ou non d’un jour ouvrable ({{law}}).',
    receivedOnly: 'La demande a été reçue le {{received}}.',
    monthSameDate:
      'Un mois à compter du {{start}} se termine à la même date du mois suivant : le {{end}} ({{law}}).',
    monthClamped:
      'Un mois à compter du {{start}} se terminerait le {{day}} du mois suivant, qui n’existe pas ; il se termine donc le dernier jour de ce mois : le {{end}} ({{law}}).',
    rolled:
      'Le {{target}} n’est pas un jour ouvrable : la date limite légale est donc reportée au jour ouvrable suivant, le {{due}} (jours sautés : {{skipped}} ; {{law}}).',
    notRolled: 'Le {{target}} est un jour ouvrable : c’est donc aussi la date limite légale.',
    holidaysNational:
      'Jours fériés pris en compte : les jours fériés nationaux ({{calendar}}) ; les fêtes régionales et patronales ne sont pas comptées, ce qui ne peut qu’avancer la date (règlement 1182/71, art. 2(1)).',
    holidaysUk:
      'Jours fériés pris en compte : les bank holidays ({{calendar}}), jours de remplacement compris.',
    targetReminder:
      'Les rappels sont calculés à partir du {{target}}, la fin du délai avant tout report : répondre d’ici là satisfait toutes les lectures.',
    extension:
      'Au besoin, compte tenu de la complexité et du nombre de demandes, le délai peut être prolongé de deux mois, jusqu’au {{extendedTarget}} (date limite légale : {{extendedDue}}) ; la personne concernée doit être informée de cette prolongation et de ses motifs au plus tard le {{noticeBy}} ({{law}}).',
    refusal:
      'Si vous ne donnez pas suite à la demande, informez-en la personne concernée, en indiquant les motifs ainsi que la possibilité d’introduire une réclamation auprès d’une autorité de contrôle et de former un recours juridictionnel, au plus tard le {{refusalBy}} ; une prolongation ne modifie pas cette date ({{law}}).',
    actAtOnceConsent:
      'Le retrait du consentement prend effet immédiatement : cessez le traitement fondé sur ce consentement dès le jour de la réception, le {{received}} ({{law}}). Envoyez la confirmation au plus tard le {{due}}.',
    actAtOnceMarketing:
      'L’opposition à la prospection commerciale est absolue : cessez d’utiliser les données à des fins de prospection dès le jour de la réception, le {{received}} ({{law}}). Envoyez la confirmation au plus tard le {{due}}.',
    actAtOnceNoDelay:
      'Les dates liées à l’identité, aux frais et aux précisions ne retardent pas la mise en œuvre.',
    noPauseEu:
      'Le RGPD ne prévoit aucune suspension du délai : pendant la vérification de l’identité ou la clarification de la demande, le mois continue de courir ; les dates enregistrées d’identité, de frais et de précisions ne modifient donc pas l’échéance (RGPD, art. 12(3) et 12(6) ; lignes directrices 01/2022 du CEPD, §3.3).',
    noPauseOther:
      'Le régime {{regime}} ne prévoit aucune suspension du délai : les dates enregistrées d’identité, de frais et de précisions ne modifient pas l’échéance ({{law}}).',
    ukIdReceived: 'Les informations d’identification demandées sont arrivées le {{idReceived}}.',
    ukFeeReceived: 'Les frais ont été payés le {{feeReceived}}.',
    ukStart:
      'Le délai court à compter de la plus tardive de ces réceptions (la demande, les informations d’identification demandées, les frais), soit le {{start}} (UK GDPR, art. 12A).',
    ukPause:
      'Précisions demandées le {{from}} et reçues le {{to}} : les jours de l’une à l’autre date, toutes deux incluses, ne sont pas comptés ({{days}} au total) (UK GDPR, art. 12A ; DPA 2018 s.54(3C)).',
    ukPauseBeforeStart:
      'Précisions demandées le {{from}} et reçues le {{to}}, avant que le délai ne commence à courir : cela ne change rien.',
    ukPauseAfterEnd:
      'Précisions demandées le {{from}}, après l’expiration du délai d’un mois le {{end}} : cela ne modifie pas cette date (seule la date prolongée est reportée, et seulement si le délai a été prolongé à temps).',
    ukPauseOpen:
      'Précisions demandées le {{from}} et pas encore reçues : le délai est suspendu depuis cette date. En supposant que la réponse arrive aujourd’hui, le {{to}}, les jours de la demande à la réponse, toutes deux incluses, ne sont pas comptés ({{days}} au total) (UK GDPR, art. 12A ; DPA 2018 s.54(3C)) ; chaque jour d’attente supplémentaire reporte la date d’un jour.',
    ukIdAwaited:
      'Les informations d’identification demandées le {{since}} ne sont pas arrivées : le délai n’a donc pas commencé ; les dates partent du principe qu’elles arrivent aujourd’hui, le {{idReceived}} (UK GDPR, art. 12A).',
    ukFeeAwaited:
      'Les frais demandés le {{since}} n’ont pas été payés : le délai n’a donc pas commencé ; les dates partent du principe qu’ils sont payés aujourd’hui, le {{feeReceived}} (UK GDPR, art. 12A).',
    ukPausedTotal: 'Jours non comptés : {{days}} ; le délai se termine le {{target}}.',
    ukPauseNotAccess:
      'Le délai n’est suspendu pour des précisions que dans les demandes d’accès (art. 15) ; pour cette demande, les dates des précisions ne modifient pas l’échéance (UK GDPR, art. 12A).',
    ukUnpaused:
      'Sans les dates d’identité, de frais et de précisions, le délai se terminerait le {{unpausedTarget}} (date limite légale : {{unpausedDue}}) ; viser cette date est le plus sûr.',
    ccpaStart:
      'Le délai de 45 jours commence le jour de la réception de la demande, le {{received}}, compté comme jour 1 ; le temps passé à vérifier la demande ne le suspend pas (Cal. Code Regs. tit. 11 §7021(b)).',
    ccpaRespond:
      'Le jour 45 est le {{target}} : répondez au plus tard à cette date. Les jours calendaires comptent ; la date n’est pas reportée si elle tombe un week-end ou un jour férié.',
    ccpaAck:
      'Accusez réception de la demande, en indiquant comment elle sera traitée, dans un délai de 10 jours ouvrés : au plus tard le {{ackBy}} (§7021(a)).',
    ccpaBusinessDays:
      'Les jours ouvrés excluent les samedis, les dimanches et les jours fériés fédéraux des États-Unis et se comptent à partir du lendemain de la réception (Cal. Civ. Code §10).',
    ccpaExtension:
      'Au besoin, 45 jours supplémentaires au maximum (90 au total à compter de la réception) sont admis, jusqu’au {{extendedTarget}}, à condition que le consommateur en soit informé, avec le motif, au plus tard le {{noticeBy}}, c’est-à-dire dans les 45 premiers jours (§7021(b)).',
    ccpaOptOut:
      'Donnez suite à une demande d’opposition à la vente ou au partage des informations personnelles dès que cela est raisonnablement possible et dans un délai maximal de 15 jours ouvrés à compter de la réception : au plus tard le {{due}} (§7026(f)). Aucune prolongation n’est admise.',
    ccpaLimit:
      'Donnez suite à une demande de limitation de l’utilisation des informations personnelles sensibles dès que cela est raisonnablement possible et dans un délai maximal de 15 jours ouvrés à compter de la réception : au plus tard le {{due}} (§7027(g)). Aucune prolongation n’est admise.',
    lgpdAccess:
      'Une confirmation simplifiée est due immédiatement ; la déclaration claire et complète est due dans les 15 jours suivant la demande, reçue le {{received}} : au plus tard le {{target}} (LGPD, art. 19 I–II). Les jours calendaires comptent ; la date n’est pas reportée si elle tombe un week-end ou un jour férié.',
    lgpdOther:
      'La LGPD ne fixe 15 jours que pour la confirmation et l’accès (art. 19) ; les autres droits relèvent de la réglementation d’application (art. 18 §5) : l’application retient donc les mêmes 15 jours pour la réponse, soit le {{due}}.',
    fadpAccess:
      'Les renseignements (droit d’accès) doivent être fournis dans les 30 jours suivant la réception, le {{received}} : au plus tard le {{target}} (LPD, art. 25, al. 7 ; OPDo, art. 18). Les jours calendaires comptent ; la date n’est pas reportée si elle tombe un week-end ou un jour férié.',
    fadpOther:
      'La LPD ne fixe 30 jours que pour l’accès (art. 25, al. 7) : l’application retient donc les mêmes 30 jours pour la réponse, soit le {{due}}.',
    fadpNotice:
      'Si les renseignements ne peuvent pas être fournis à temps, informez-en la personne concernée au plus tard le {{noticeBy}} en indiquant la date à laquelle ils le seront (OPDo, art. 18).',
    fadpExtendedTo:
      'La personne concernée a été informée qu’ils seront fournis au plus tard le {{extendedTarget}}.',
  },
  readings: {
    Q4: {
      question:
        'Le délai prolongé se termine-t-il trois mois après le début ({{plus3}}) ou deux mois après la fin du premier délai ({{plus1plus2}}) ?',
      chosen: '{{chosenDate}}, la plus tôt des deux',
      alternative: '{{alternativeDate}}, la plus tardive',
      why: 'La prolongation « de deux mois » peut se lire dans les deux sens, et les deux lectures diffèrent en fin de mois ; la date la plus tôt satisfait les deux (art. 12(3)).',
    },
    Q5: {
      question:
        'La fin du premier délai, avant laquelle l’avis de prolongation doit être envoyé, s’entend-elle avant ou après le report pour week-end ou jour férié ?',
      chosen: 'au plus tard le {{chosenDate}}, avant le report',
      alternative: 'au plus tard le {{alternativeDate}}, date limite légale après le report',
      why: 'L’art. 12(3) exige l’information dans le premier délai ; la fin non reportée tombe plus tôt et satisfait les deux lectures.',
    },
    Q6: {
      question:
        'L’attente d’informations d’identification, de frais ou de précisions suspend-elle le délai ?',
      chosen: 'non : l’échéance reste le {{chosenDate}}',
      alternative: 'oui, comme à l’art. 12A du UK GDPR : {{alternativeDate}}',
      why: 'Le RGPD ne prévoit aucune suspension ; le CEPD attend des vérifications d’identité proportionnées et rapides (lignes directrices 01/2022, §3.3).',
    },
    Q9: {
      question:
        'Une prolongation donne-t-elle aussi plus de temps pour refuser ou décider de ne pas donner suite ?',
      chosen: 'non : informez la personne concernée au plus tard le {{chosenDate}}',
      alternative: 'oui : au plus tard le {{alternativeDate}}',
      why: 'L’art. 12(4) impose d’informer du refus « au plus tard dans un délai d’un mois à compter de la réception de la demande ».',
    },
    Q10: {
      question:
        'Quand faut-il donner effet à un retrait du consentement ou à une opposition à la prospection commerciale ?',
      chosen: 'le jour même de la réception, le {{chosenDate}}',
      alternative: 'dans un délai d’un mois, au plus tard le {{alternativeDate}}',
      why: 'Les art. 7(3) et 21(3) ne laissent place à aucun délai ; le mois ne vaut que pour la confirmation.',
    },
    Q13: {
      question: 'Le jour de la réception est-il le jour 1 des 45 jours ?',
      chosen: 'oui : {{chosenDate}}',
      alternative: 'non, en comptant à partir du lendemain : {{alternativeDate}}',
      why: '§7021(b) : le délai commence le jour où l’entreprise reçoit la demande.',
    },
    ccpaRoll: {
      question:
        'Une échéance CCPA qui tombe un week-end ou un jour férié est-elle reportée au jour ouvré suivant ?',
      chosen: 'non : {{chosenDate}}',
      alternative: 'oui (Cal. Code Civ. Proc. §12a) : {{alternativeDate}}',
      why: 'Le règlement compte en jours calendaires et ne prévoit aucun report ; la date la plus tôt satisfait les deux lectures.',
    },
    Q14: {
      question: 'Les 15 jours de la LGPD sont-ils des jours calendaires ou des jours ouvrés ?',
      chosen: 'des jours calendaires, sans report : {{chosenDate}}',
      alternative: 'des jours ouvrés : {{alternativeDate}}',
      why: 'L’art. 19 II ne dit pas « dias úteis » ; les jours calendaires donnent la date la plus tôt.',
    },
    Q15: {
      question:
        '« En règle générale dans les 30 jours » est-il une limite stricte, et la date est-elle reportée si elle tombe un week-end ou un jour férié ?',
      chosen: '30 jours calendaires stricts, sans report : {{chosenDate}}',
      alternative: 'report au jour ouvrable suivant : {{alternativeDate}}',
      why: 'L’art. 25, al. 7, LPD dit « en règle générale » ; une date plus tardive exige un avis qui l’indique (OPDo, art. 18).',
    },
  },
  cli: {
    usage:
      'Usage : pwb deadline dsar --regime gdpr|uk|ccpa|lgpd|fadp --received AAAA-MM-JJ [--country CC] [--type TYPE] [--id-received AAAA-MM-JJ] [--fee-received AAAA-MM-JJ] [--pause DU..AU]... [--extended-to AAAA-MM-JJ] [--json]\nTypes : {{types}}',
    heading: '{{regime}} : {{type}}',
    received: 'Reçue : {{date}}',
    clockStart: 'Début du délai : {{date}}',
    target: 'Date cible : {{date}} (les rappels se basent sur cette date)',
    dueRolled:
      'Échéance : {{date}} (le délai se termine le {{end}} ; reportée au premier jour ouvrable après : {{skipped}})',
    dueSame: 'Échéance : {{date}} (dernier jour du délai, jour ouvrable)',
    dueNoRoll: 'Échéance : {{date}} (jours calendaires, pas de report pour week-end ou jour férié)',
    dueBusinessDays: 'Échéance : {{date}} (comptée en jours ouvrés)',
    acknowledgeBy: 'Accusé de réception : au plus tard le {{date}}',
    extensionNoticeBy: 'Avis de prolongation : au plus tard le {{date}}',
    extendedDue: 'Échéance prolongée : {{date}} (si la prolongation est faite à temps)',
    refusalNoticeBy: 'Avis de refus : au plus tard le {{date}}',
    unpaused: 'Sans suspensions, identité ni frais : date cible {{target}}, échéance {{due}}',
    calendar: 'Jours fériés : {{calendar}}',
    why: 'Pourquoi :',
    readings: 'Là où le texte se prête à deux lectures (la date la plus tôt est retenue) :',
    reading: '{{question}} Retenu : {{chosen}}. Autre lecture : {{alternative}}. {{why}}',
    missing: '{{flag}} est obligatoire ({{hint}}). Voir pwb deadline dsar --help.',
    badValue: '{{flag}} « {{value}} » : {{message}}.',
    badPause:
      '{{flag}} « {{value}} » : écrivez une suspension pour précisions sous la forme DU..AU, par ex. 2026-09-07..2026-09-14.',
    badArgs: '{{message}} Voir pwb deadline dsar --help.',
    unexpected: 'Argument inattendu « {{value}} ». Voir pwb deadline dsar --help.',
  },
  validation: {
    required: 'est obligatoire',
    date: 'doit être une date du calendrier écrite AAAA-MM-JJ',
    regime: 'doit être l’une des valeurs gdpr, uk, ccpa, lgpd, fadp',
    type: 'doit être l’une des valeurs {{types}}',
    typeForRegime:
      '« {{type}} » n’est pas un type de demande de {{regime}} ; utilisez l’une des valeurs {{types}}',
    country: 'pour {{regime}}, utilisez l’une des valeurs {{allowed}}',
    countryEea:
      '« {{country}} » n’est pas un État membre de l’UE/EEE doté d’un calendrier des jours fériés ; utilisez un code à deux lettres comme IT, FR, DE ou IE',
    pauseOrder: 'la réponse à une demande de précisions ne peut pas arriver avant la demande elle-même',
    pauseBeforeReceipt: 'des précisions ne peuvent pas être demandées avant la réception de la demande',
    extendedToRegime:
      'seule la LPD suisse permet au responsable du traitement de fixer une date plus tardive (avec un avis)',
    extendedToEarly: 'doit être postérieure à la date des 30 jours ({{target}})',
  },
}
