// Art. 35(4) GDPR national lists of processing for which a DPIA is always required, as dated data.
// Only Italy's and France's lists are kept; for other authorities the screening says the national list
// was not checked. Item wording is the project's own English/Italian summary of each entry, not the
// official text. The French text of the CNIL entries (FR-*) follows the CNIL list's own wording (checked
// against secondary copies only); the French text of the Garante entries translates the summary.
// Read the source before relying on an entry. **(list contents unverified here)**, as REFERENCE.md §2 says;
// the adoption dates and numbers below were cross-checked against secondary sources only (CNIL news page,
// efl.fr; Garante docweb, Gazzetta Ufficiale index).

import type { Wp248Criterion } from '../domain/register/dpia'

export interface NationalDpiaItem {
  /** Stable id stored with a screening: `<country>-<n>`. */
  id: string
  /** WP248 criteria the entry mostly corresponds to (a hint for the form, not a legal mapping). */
  wp248: readonly Wp248Criterion[]
  text: { en: string; it: string; fr: string }
}

export interface NationalDpiaList {
  /** Country of the supervisory authority (the organisation's lead authority code). */
  country: 'IT' | 'FR'
  authority: string
  act: string
  adopted: string
  source: string
  /** Date this copy was made. */
  asOf: string
  verified: false
  items: readonly NationalDpiaItem[]
}

export const DPIA_LISTS_AS_OF = '2026-11-01'

const IT: NationalDpiaList = {
  country: 'IT',
  authority: 'Garante per la protezione dei dati personali',
  act: 'Provvedimento n. 467 dell’11 ottobre 2018, Allegato 1 (G.U. Serie Generale n. 269 del 19 novembre 2018) (unverified here)',
  adopted: '2018-10-11',
  source: 'https://www.garanteprivacy.it (docweb 9058979, unverified here)',
  asOf: DPIA_LISTS_AS_OF,
  verified: false,
  items: [
    { id: 'IT-1', wp248: ['evaluation_scoring', 'large_scale'], text: { en: 'Large-scale evaluation or scoring, profiling or prediction about work performance, economic situation, health, preferences, reliability, behaviour, location or movements', it: 'Valutazione o assegnazione di un punteggio su larga scala, profilazione o previsione su rendimento professionale, situazione economica, salute, preferenze, affidabilità, comportamento, ubicazione o spostamenti', fr: 'Évaluation ou notation à grande échelle, profilage ou prédiction concernant le rendement professionnel, la situation économique, la santé, les préférences, la fiabilité, le comportement, la localisation ou les déplacements' } },
    { id: 'IT-2', wp248: ['automated_decision', 'prevents_right_or_service'], text: { en: 'Automated decisions with legal or similarly significant effects, including those that prevent use of a service or a contract', it: 'Decisioni automatizzate con effetti giuridici o analogamente significativi, comprese quelle che impediscono di usare un servizio o un contratto', fr: 'Décisions automatisées produisant des effets juridiques ou des effets similaires significatifs, y compris celles qui empêchent d’utiliser un service ou de bénéficier d’un contrat' } },
    { id: 'IT-3', wp248: ['systematic_monitoring'], text: { en: 'Systematic observation, monitoring or control of people, including online, through apps or unique identifiers of users of online services over long periods', it: 'Osservazione, monitoraggio o controllo sistematico degli interessati, anche online, tramite app o identificativi univoci degli utenti di servizi online per periodi prolungati', fr: 'Observation, surveillance ou contrôle systématique des personnes, y compris en ligne, au moyen d’applications ou d’identifiants uniques des utilisateurs de services en ligne sur de longues périodes' } },
    { id: 'IT-4', wp248: ['sensitive_data', 'large_scale'], text: { en: 'Large-scale processing of data of a highly personal nature (private life, electronic communications, location, financial data)', it: 'Trattamenti su larga scala di dati di natura estremamente personale (vita privata, comunicazioni elettroniche, ubicazione, dati finanziari)', fr: 'Traitements à grande échelle de données à caractère hautement personnel (vie privée, communications électroniques, localisation, données financières)' } },
    { id: 'IT-5', wp248: ['systematic_monitoring', 'vulnerable_subjects'], text: { en: 'Processing at work through technology (including video surveillance and geolocation) that allows remote monitoring of employees', it: 'Trattamenti nel rapporto di lavoro mediante sistemi tecnologici (anche videosorveglianza e geolocalizzazione) da cui deriva la possibilità di controllo a distanza dei dipendenti', fr: 'Traitements dans le cadre du travail au moyen de technologies (y compris la vidéosurveillance et la géolocalisation) qui permettent de surveiller les salariés à distance' } },
    { id: 'IT-6', wp248: ['vulnerable_subjects'], text: { en: 'Non-occasional processing of data about vulnerable people (minors, people with disabilities, the elderly, patients, asylum seekers)', it: 'Trattamenti non occasionali di dati di soggetti vulnerabili (minori, persone con disabilità, anziani, pazienti, richiedenti asilo)', fr: 'Traitements non occasionnels de données concernant des personnes vulnérables (mineurs, personnes handicapées, personnes âgées, patients, demandeurs d’asile)' } },
    { id: 'IT-7', wp248: ['innovative_technology'], text: { en: 'Processing with innovative technologies (IoT, artificial intelligence, voice assistants, wearables, proximity tracking) when another WP248 criterion also applies', it: 'Trattamenti con tecnologie innovative (IoT, intelligenza artificiale, assistenti vocali, dispositivi indossabili, tracciamento di prossimità) quando ricorre anche un altro criterio WP248', fr: 'Traitements recourant à des technologies innovantes (objets connectés, intelligence artificielle, assistants vocaux, objets portés sur soi, suivi de proximité) lorsqu’un autre critère WP248 s’applique également' } },
    { id: 'IT-8', wp248: ['large_scale', 'matching_combining'], text: { en: 'Large-scale and/or systematic exchange of data between different controllers by electronic means', it: 'Scambio di dati su larga scala e/o sistematico tra titolari diversi per via telematica', fr: 'Échanges de données à grande échelle et/ou systématiques entre différents responsables du traitement par voie électronique' } },
    { id: 'IT-9', wp248: ['matching_combining'], text: { en: 'Interconnecting, combining or comparing information, including data sets bought from third parties', it: 'Interconnessione, combinazione o raffronto di informazioni, anche di insiemi di dati acquisiti da terzi', fr: 'Interconnexion, combinaison ou comparaison d’informations, y compris de jeux de données achetés à des tiers' } },
    { id: 'IT-10', wp248: ['sensitive_data', 'matching_combining'], text: { en: 'Special-category (Art. 9) or criminal (Art. 10) data interconnected with other data collected for other purposes', it: 'Categorie particolari di dati (art. 9) o dati giudiziari (art. 10) interconnessi con altri dati raccolti per finalità diverse', fr: 'Catégories particulières de données (art. 9) ou données relatives aux condamnations pénales et aux infractions (art. 10) interconnectées avec d’autres données collectées à d’autres fins' } },
    { id: 'IT-11', wp248: ['sensitive_data'], text: { en: 'Systematic processing of biometric data, considering volume, duration or persistence', it: 'Trattamento sistematico di dati biometrici, tenendo conto di volume, durata o persistenza', fr: 'Traitement systématique de données biométriques, compte tenu du volume, de la durée ou de la persistance' } },
    { id: 'IT-12', wp248: ['sensitive_data'], text: { en: 'Systematic processing of genetic data, considering volume, duration or persistence', it: 'Trattamento sistematico di dati genetici, tenendo conto di volume, durata o persistenza', fr: 'Traitement systématique de données génétiques, compte tenu du volume, de la durée ou de la persistance' } },
  ],
}

const FR: NationalDpiaList = {
  country: 'FR',
  authority: "Commission nationale de l'informatique et des libertés (CNIL)",
  act: 'Délibération n° 2018-327 du 11 octobre 2018 (JORF du 6 novembre 2018, texte n° 82)',
  adopted: '2018-10-11',
  source: 'https://www.cnil.fr/fr/liste-traitements-aipd-requise',
  asOf: DPIA_LISTS_AS_OF,
  verified: false,
  items: [
    { id: 'FR-1', wp248: ['sensitive_data', 'vulnerable_subjects'], text: { en: 'Health data processed by health or medico-social establishments to care for people', it: 'Dati sanitari trattati da strutture sanitarie o socio-sanitarie per la presa in carico delle persone', fr: 'Traitements de données de santé mis en œuvre par les établissements de santé ou les établissements médico-sociaux pour la prise en charge des personnes' } },
    { id: 'FR-2', wp248: ['sensitive_data', 'vulnerable_subjects'], text: { en: 'Genetic data of vulnerable people (patients, employees, children)', it: 'Dati genetici di persone vulnerabili (pazienti, dipendenti, minori)', fr: 'Traitements portant sur des données génétiques de personnes dites « vulnérables » (patients, employés, enfants, etc.)' } },
    { id: 'FR-3', wp248: ['evaluation_scoring', 'vulnerable_subjects'], text: { en: 'Profiling people for human-resources management', it: 'Profilazione di persone per la gestione delle risorse umane', fr: 'Traitements établissant des profils de personnes physiques à des fins de gestion des ressources humaines' } },
    { id: 'FR-4', wp248: ['systematic_monitoring', 'vulnerable_subjects'], text: { en: 'Constant monitoring of employees’ activity', it: 'Monitoraggio costante dell’attività dei dipendenti', fr: 'Traitements ayant pour finalité de surveiller de manière constante l’activité des employés concernés' } },
    { id: 'FR-5', wp248: ['sensitive_data', 'vulnerable_subjects'], text: { en: 'Managing alerts and reports in social and health matters', it: 'Gestione di segnalazioni in materia sociale e sanitaria', fr: 'Traitements ayant pour finalité la gestion des alertes et des signalements en matière sociale et sanitaire' } },
    { id: 'FR-6', wp248: ['sensitive_data', 'vulnerable_subjects'], text: { en: 'Managing professional alerts and reports (whistleblowing)', it: 'Gestione di segnalazioni in ambito professionale (whistleblowing)', fr: 'Traitements ayant pour finalité la gestion des alertes et des signalements en matière professionnelle' } },
    { id: 'FR-7', wp248: ['sensitive_data', 'large_scale'], text: { en: 'Health data needed to build a data warehouse or a registry', it: 'Dati sanitari necessari per costituire un data warehouse o un registro', fr: 'Traitements des données de santé nécessaires à la constitution d’un entrepôt de données ou d’un registre' } },
    { id: 'FR-8', wp248: ['evaluation_scoring', 'prevents_right_or_service'], text: { en: 'Profiling that may exclude people from a contract or suspend or end it', it: 'Profilazione che può escludere dal beneficio di un contratto o sospenderlo o risolverlo', fr: 'Traitements impliquant le profilage des personnes pouvant aboutir à leur exclusion du bénéfice d’un contrat ou à la suspension voire à la rupture de celui-ci' } },
    { id: 'FR-9', wp248: ['matching_combining', 'prevents_right_or_service'], text: { en: 'Shared files of contract breaches that may lead to exclusion or suspension from a contract', it: 'Trattamenti condivisi di inadempimenti contrattuali che possono portare a esclusione o sospensione da un contratto', fr: 'Traitements mutualisés de manquements contractuels constatés, susceptibles d’aboutir à une décision d’exclusion ou de suspension du bénéfice d’un contrat' } },
    { id: 'FR-10', wp248: ['evaluation_scoring', 'matching_combining'], text: { en: 'Profiling that uses data from external sources', it: 'Profilazione che utilizza dati provenienti da fonti esterne', fr: 'Traitements de profilage faisant appel à des données provenant de sources externes' } },
    { id: 'FR-11', wp248: ['sensitive_data', 'vulnerable_subjects'], text: { en: 'Biometric recognition of people that include vulnerable people (pupils, the elderly, patients, asylum seekers)', it: 'Riconoscimento biometrico di persone tra cui persone vulnerabili (alunni, anziani, pazienti, richiedenti asilo)', fr: 'Traitements de données biométriques aux fins de reconnaissance des personnes parmi lesquelles figurent des personnes dites « vulnérables » (élèves, personnes âgées, patients, demandeurs d’asile, etc.)' } },
    { id: 'FR-12', wp248: ['vulnerable_subjects', 'prevents_right_or_service'], text: { en: 'Examining applications for and managing social housing', it: 'Istruttoria delle domande e gestione degli alloggi sociali', fr: 'Instruction des demandes et gestion des logements sociaux' } },
    { id: 'FR-13', wp248: ['sensitive_data', 'vulnerable_subjects'], text: { en: 'Social or medico-social support of people', it: 'Accompagnamento sociale o socio-sanitario delle persone', fr: 'Traitements ayant pour finalité l’accompagnement social ou médico-social des personnes' } },
    { id: 'FR-14', wp248: ['systematic_monitoring', 'large_scale'], text: { en: 'Large-scale processing of location data', it: 'Trattamento su larga scala di dati di localizzazione', fr: 'Traitements de données de localisation à large échelle' } },
  ],
}

export const NATIONAL_DPIA_LISTS: readonly NationalDpiaList[] = [IT, FR]

/** The Art. 35(4) list of the authority with this code (the profile's lead authority), if kept here. */
export function nationalDpiaList(authorityCode: string | undefined): NationalDpiaList | undefined {
  return NATIONAL_DPIA_LISTS.find((l) => l.country === authorityCode)
}
