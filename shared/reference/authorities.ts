// Supervisory authorities (GDPR Art. 51; UK ICO; Swiss FDPIC), from REFERENCE.md §6 (compiled Nov 2026).
// "Best effort (unverified)" except CH, as the reference says: users should check the domain before relying on it.
export const AUTHORITIES_AS_OF = '2026-11-01'

export interface Authority {
  code: string
  name: string
  website: string
  onlineBreachForm: 'yes' | 'form' | 'unknown' | 'most'
}

export const AUTHORITIES: readonly Authority[] = [
  { code: 'AT', name: 'Datenschutzbehörde (DSB)', website: 'dsb.gv.at', onlineBreachForm: 'yes' },
  { code: 'BE', name: 'Autorité de protection des données / Gegevensbeschermingsautoriteit (APD/GBA)', website: 'autoriteprotectiondonnees.be', onlineBreachForm: 'yes' },
  { code: 'BG', name: 'Commission for Personal Data Protection (CPDP)', website: 'cpdp.bg', onlineBreachForm: 'unknown' },
  { code: 'CY', name: 'Commissioner for Personal Data Protection', website: 'dataprotection.gov.cy', onlineBreachForm: 'form' },
  { code: 'CZ', name: 'Úřad pro ochranu osobních údajů (ÚOOÚ)', website: 'uoou.gov.cz', onlineBreachForm: 'yes' },
  { code: 'DE', name: 'BfDI (federal) / Land data protection authority of the establishment', website: 'bfdi.bund.de', onlineBreachForm: 'most' },
  { code: 'DK', name: 'Datatilsynet', website: 'datatilsynet.dk', onlineBreachForm: 'yes' },
  { code: 'EE', name: 'Andmekaitse Inspektsioon', website: 'aki.ee', onlineBreachForm: 'yes' },
  { code: 'ES', name: 'Agencia Española de Protección de Datos (AEPD)', website: 'aepd.es', onlineBreachForm: 'yes' },
  { code: 'FI', name: 'Tietosuojavaltuutetun toimisto (Data Protection Ombudsman)', website: 'tietosuoja.fi', onlineBreachForm: 'yes' },
  { code: 'FR', name: "Commission nationale de l'informatique et des libertés (CNIL)", website: 'cnil.fr', onlineBreachForm: 'yes' },
  { code: 'GR', name: 'Hellenic Data Protection Authority (HDPA)', website: 'dpa.gr', onlineBreachForm: 'yes' },
  { code: 'HR', name: 'Agencija za zaštitu osobnih podataka (AZOP)', website: 'azop.hr', onlineBreachForm: 'yes' },
  { code: 'HU', name: 'Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)', website: 'naih.hu', onlineBreachForm: 'yes' },
  { code: 'IE', name: 'Data Protection Commission (DPC)', website: 'dataprotection.ie', onlineBreachForm: 'yes' },
  { code: 'IS', name: 'Persónuvernd', website: 'personuvernd.is', onlineBreachForm: 'yes' },
  { code: 'IT', name: 'Garante per la protezione dei dati personali', website: 'garanteprivacy.it', onlineBreachForm: 'yes' },
  { code: 'LI', name: 'Datenschutzstelle', website: 'datenschutzstelle.li', onlineBreachForm: 'form' },
  { code: 'LT', name: 'Valstybinė duomenų apsaugos inspekcija (VDAI)', website: 'vdai.lrv.lt', onlineBreachForm: 'yes' },
  { code: 'LU', name: 'Commission nationale pour la protection des données (CNPD)', website: 'cnpd.public.lu', onlineBreachForm: 'yes' },
  { code: 'LV', name: 'Datu valsts inspekcija', website: 'dvi.gov.lv', onlineBreachForm: 'yes' },
  { code: 'MT', name: 'Information and Data Protection Commissioner (IDPC)', website: 'idpc.org.mt', onlineBreachForm: 'yes' },
  { code: 'NL', name: 'Autoriteit Persoonsgegevens (AP)', website: 'autoriteitpersoonsgegevens.nl', onlineBreachForm: 'yes' },
  { code: 'NO', name: 'Datatilsynet', website: 'datatilsynet.no', onlineBreachForm: 'yes' },
  { code: 'PL', name: 'Urząd Ochrony Danych Osobowych (UODO)', website: 'uodo.gov.pl', onlineBreachForm: 'yes' },
  { code: 'PT', name: 'Comissão Nacional de Proteção de Dados (CNPD)', website: 'cnpd.pt', onlineBreachForm: 'yes' },
  { code: 'RO', name: 'Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP)', website: 'dataprotection.ro', onlineBreachForm: 'yes' },
  { code: 'SE', name: 'Integritetsskyddsmyndigheten (IMY)', website: 'imy.se', onlineBreachForm: 'yes' },
  { code: 'SI', name: 'Informacijski pooblaščenec', website: 'ip-rs.si', onlineBreachForm: 'yes' },
  { code: 'SK', name: 'Úrad na ochranu osobných údajov', website: 'dataprotection.gov.sk', onlineBreachForm: 'yes' },
  { code: 'UK', name: "Information Commissioner's Office (ICO)", website: 'ico.org.uk', onlineBreachForm: 'yes' },
  { code: 'CH', name: 'Federal Data Protection and Information Commissioner (FDPIC)', website: 'edoeb.admin.ch', onlineBreachForm: 'yes' },
]

export const AUTHORITY_CODES = AUTHORITIES.map((a) => a.code) as [string, ...string[]]

export function findAuthority(code: string): Authority | undefined {
  return AUTHORITIES.find((a) => a.code === code)
}

/** Default lead authority for an establishment country (Art. 55/56): the SA of that country when there is one. */
export function defaultAuthorityFor(country: string): string | undefined {
  const code = country === 'GB' ? 'UK' : country
  return findAuthority(code)?.code
}
