import type { SheetKey } from './columnNames'

// Other names clients' own register spreadsheets give the columns, beside the catalogue's (the names the
// app writes): "Finalità del trattamento", "Base giuridica", "Tempi di conservazione", "Catégories de
// données à caractère personnel"… — the headings of the registers people keep by hand, in English,
// Italian and French. Matched like the catalogue's names (any case, accents, punctuation); a name two
// columns would share names neither. Listed in docs/register-import-format.md.
export const COLUMN_ALIASES: Partial<Record<SheetKey, Record<string, readonly string[]>>> = {
  activities: {
    name: [
      'Activity',
      'Processing activity',
      'Processing',
      'Name of the processing',
      'Trattamento',
      'Attività di trattamento',
      'Denominazione del trattamento',
      'Nome del trattamento',
      'Traitement',
      'Activité de traitement',
      'Nom du traitement',
      'Intitulé du traitement',
    ],
    purposes: [
      'Purposes',
      'Purpose',
      'Purpose of processing',
      'Purposes of processing',
      'Purposes of the processing',
      'Finalità',
      'Finalità del trattamento',
      'Finalités',
      'Finalité',
      'Finalité du traitement',
      'Finalités du traitement',
    ],
    lawful_basis: [
      'Legal basis',
      'Lawful bases',
      'Legal bases',
      'Lawful basis for processing',
      'Basi giuridiche',
      'Base giuridica del trattamento',
      'Base di liceità',
      'Condizione di liceità',
      'Base juridique',
      'Bases légales',
      'Base légale du traitement',
      'Fondement juridique',
      'Base de licéité',
    ],
    retention: [
      'Retention period',
      'Retention periods',
      'Storage period',
      'Time limits for erasure',
      'Tempi di conservazione',
      'Termini di conservazione',
      'Periodo di conservazione',
      'Termini ultimi di cancellazione',
      'Conservation',
      'Durées de conservation',
      'Délai de conservation',
      'Délais de conservation',
      'Délais d’effacement',
    ],
    data_subjects: [
      'Categories of data subjects',
      'Data subject categories',
      'Categorie di interessati',
      'Catégories de personnes concernées',
    ],
    data_categories: [
      'Categories of personal data',
      'Personal data',
      'Personal data categories',
      'Categorie di dati personali',
      'Dati personali',
      'Dati trattati',
      'Catégories de données personnelles',
      'Catégories de données à caractère personnel',
      'Données personnelles',
      'Données traitées',
    ],
    security_measures: [
      'Technical and organisational measures',
      'Technical and organizational measures',
      'Misure tecniche e organizzative',
      'Misure di sicurezza tecniche e organizzative',
      'Mesures techniques et organisationnelles',
      'Mesures de sécurité techniques et organisationnelles',
    ],
  },
  vendors: {
    name: [
      'Vendor',
      'Supplier',
      'Provider',
      'Company name',
      'Fornitore',
      'Ragione sociale',
      'Denominazione',
      'Fournisseur',
      'Prestataire',
      'Raison sociale',
    ],
    country: ['Country of establishment', 'Nazione', 'Paese di stabilimento', 'Pays d’établissement'],
    services: ['Service', 'Service provided', 'Servizio', 'Servizi forniti', 'Prestation', 'Prestations'],
    dpa_signed: [
      'DPA',
      'Data processing agreement',
      'Art. 28 contract',
      'Nomina a responsabile',
      'Contratto art. 28',
      'Contrat de sous-traitance',
      'Contrat art. 28',
    ],
    contact_email: ['Email', 'E-mail', 'PEC', 'Courriel'],
  },
}

/** The aliases as name tables, one per position, as columnNames takes the catalogue's languages. */
export function aliasTables(sheet: SheetKey): Record<string, string | undefined>[] {
  const aliases = COLUMN_ALIASES[sheet] ?? {}
  const longest = Math.max(0, ...Object.values(aliases).map((a) => a.length))
  return Array.from({ length: longest }, (_, i) =>
    Object.fromEntries(Object.entries(aliases).map(([c, a]) => [c, a[i]])),
  )
}
