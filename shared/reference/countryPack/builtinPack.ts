import { EEA_ONLY, EU_MEMBERS } from '../countries'
import { COUNTRY_PACK_FORMAT, COUNTRY_PACK_SCHEMA_VERSION, type CountryPackInput } from './schema'

// The country pack shipped with the app (version 1). Source of the adequacy list, the DPF status and the
// UK/Swiss notes: REFERENCE.md §5.2 and §5.7 (compiled November 2026), which gives the decisions, dates
// and scopes; entries REFERENCE.md marks "(unverified here)" carry `unverified: true`. The country
// summaries (surveillance laws, oversight, redress) are short starting points for TIA step 3, written
// from established knowledge of the named statutes and NOT re-checked against the primary texts here:
// every one is marked unverified, and the TIA asks the user to confirm them for the importer at hand.

const AS_OF = '2026-11-01'
const COMMISSION = {
  title: 'European Commission, adequacy decisions page',
  url: 'commission.europa.eu',
  asOf: AS_OF,
}
const REF = { title: 'Privacy Workbench legal reference, §5.2 (compiled November 2026)', asOf: AS_OF }
const EEG = {
  title: 'EDPB Recommendations 02/2020 on the European Essential Guarantees for surveillance measures',
  url: 'edpb.europa.eu',
  asOf: AS_OF,
}
const SUPP = {
  title: 'EDPB Recommendations 01/2020 on supplementary measures, v2.0 (18 June 2021)',
  url: 'edpb.europa.eu',
  asOf: AS_OF,
}

const adequacy = (
  id: string,
  country: string | undefined,
  name: string,
  decision: string,
  validFrom: string,
  extra: { scope?: 'full' | 'partial'; scopeNote?: string; validUntil?: string; unverified?: boolean } = {},
) => ({
  id,
  ...(country ? { country } : {}),
  name,
  decision,
  validFrom,
  scope: extra.scope ?? ('full' as const),
  ...(extra.scopeNote ? { scopeNote: extra.scopeNote } : {}),
  ...(extra.validUntil ? { validUntil: extra.validUntil } : {}),
  sources: [{ ...COMMISSION, unverified: extra.unverified ?? true }, REF],
  asOf: AS_OF,
  // REFERENCE.md §5.2: "Decision numbers and dates other than UK, US and EPO ... (unverified here)".
  unverified: extra.unverified ?? true,
})

export const BUILTIN_COUNTRY_PACK: CountryPackInput = {
  format: COUNTRY_PACK_FORMAT,
  schemaVersion: COUNTRY_PACK_SCHEMA_VERSION,
  version: 1,
  asOf: AS_OF,
  publisher: 'Privacy Workbench (built-in)',
  eea: [...EU_MEMBERS, ...EEA_ONLY],
  adequacy: [
    adequacy('AD', 'AD', 'Andorra', 'Decision 2010/625/EU of 19 October 2010', '2010-10-19'),
    adequacy('AR', 'AR', 'Argentina', 'Decision 2003/490/EC of 30 June 2003', '2003-06-30'),
    adequacy('CA', 'CA', 'Canada', 'Decision 2002/2/EC of 20 December 2001', '2001-12-20', {
      scope: 'partial',
      scopeNote: 'Commercial organisations subject to PIPEDA only.',
    }),
    adequacy(
      'EPO',
      undefined,
      'European Patent Organisation',
      'Adequacy decision adopted 15 July 2025',
      '2025-07-15',
      {
        scopeNote: 'The first decision for an international organisation.',
        unverified: false,
      },
    ),
    adequacy('FO', 'FO', 'Faroe Islands', 'Decision 2010/146/EU of 5 March 2010', '2010-03-05'),
    adequacy('GG', 'GG', 'Guernsey', 'Decision 2003/821/EC of 21 November 2003', '2003-11-21'),
    adequacy('IM', 'IM', 'Isle of Man', 'Decision 2004/411/EC of 28 April 2004', '2004-04-28'),
    adequacy('IL', 'IL', 'Israel', 'Decision 2011/61/EU of 31 January 2011', '2011-01-31'),
    adequacy('JP', 'JP', 'Japan', 'Decision (EU) 2019/419 of 23 January 2019', '2019-01-23', {
      scope: 'partial',
      scopeNote: 'Private-sector organisations under the APPI, with the Supplementary Rules.',
    }),
    adequacy('JE', 'JE', 'Jersey', 'Decision 2008/393/EC of 8 May 2008', '2008-05-08'),
    adequacy('NZ', 'NZ', 'New Zealand', 'Decision 2013/65/EU of 19 December 2012', '2012-12-19'),
    adequacy('KR', 'KR', 'Republic of Korea', 'Decision (EU) 2022/254 of 17 December 2021', '2021-12-17'),
    adequacy('CH', 'CH', 'Switzerland', 'Decision 2000/518/EC of 26 July 2000', '2000-07-26'),
    adequacy(
      'GB',
      'GB',
      'United Kingdom',
      'Decision (EU) 2021/1772 of 28 June 2021, renewed 19 December 2025',
      '2021-06-28',
      {
        validUntil: '2031-12-27',
        scopeNote:
          'GDPR and LED decisions; extended to 27 Dec 2025, renewed on 19 Dec 2025 until 27 Dec 2031; the immigration-exemption exclusion was lifted on renewal.',
        unverified: false,
      },
    ),
    adequacy(
      'US-DPF',
      'US',
      'United States (EU-US Data Privacy Framework)',
      'Decision (EU) 2023/1795 of 10 July 2023',
      '2023-07-10',
      {
        scope: 'partial',
        scopeNote:
          'Only organisations on the Data Privacy Framework List (dataprivacyframework.gov), and only for the data their certification covers (HR or non-HR) on the date of transfer.',
        unverified: false,
      },
    ),
    adequacy('UY', 'UY', 'Uruguay', 'Decision 2012/484/EU of 21 August 2012', '2012-08-21'),
  ],
  dpf: {
    decision:
      'Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU-US Data Privacy Framework)',
    adoptedOn: '2023-07-10',
    listUrl: 'dataprivacyframework.gov',
    ukExtensionFrom: '2023-10-12',
    swissFrom: '2024-09-15',
    status:
      'In force. Upheld by the General Court in Latombe v Commission (T-553/23, 3 September 2025); appeal C-703/25 P pending. The Swiss-US DPF date is unverified here.',
    sources: [
      { title: 'Commission Implementing Decision (EU) 2023/1795', url: 'commission.europa.eu', asOf: AS_OF },
      {
        title: 'General Court, T-553/23 Latombe v Commission, 3 September 2025; appeal C-703/25 P',
        asOf: AS_OF,
      },
      { title: 'Data Privacy Framework List', url: 'dataprivacyframework.gov', asOf: AS_OF },
      {
        // REFERENCE.md §5.7 (unverified there too).
        title: 'Swiss Federal Council: Swiss-US DPF effective 15 September 2024 (Data Protection Ordinance, Annex 1)',
        asOf: AS_OF,
        unverified: true,
      },
    ],
    asOf: AS_OF,
  },
  countries: [
    {
      country: 'US',
      name: 'United States',
      summary:
        'Adequate only for importers certified under the EU-US Data Privacy Framework, for the data their certification covers. For other transfers (SCCs, BCRs) the TIA must look at US surveillance law: most cloud, hosting, e-mail and AI providers count as "electronic communication service providers" and can be compelled under FISA section 702.',
      laws: [
        {
          key: 'fisa_702',
          name: 'FISA section 702 (50 U.S.C. §1881a)',
          summary:
            'Lets the US government compel providers to disclose communications of non-US persons reasonably believed to be abroad, for foreign-intelligence purposes, without an individual court order (the FISA Court approves yearly certifications).',
          appliesTo:
            'Electronic communication service providers, including most cloud, SaaS and AI providers.',
        },
        {
          key: 'eo_12333',
          name: 'Executive Order 12333',
          summary:
            'Governs intelligence collection outside the US, including bulk collection of data in transit (e.g. on undersea cables); no compulsion of the importer.',
          appliesTo: 'Data in transit outside the US, whatever the importer.',
        },
        {
          key: 'eo_14086',
          name: 'Executive Order 14086 (7 October 2022)',
          summary:
            'Limits signals intelligence to what is necessary and proportionate to listed objectives and creates the redress mechanism (ODNI Civil Liberties Protection Officer, then the Data Protection Review Court) relied on by the DPF decision.',
        },
        {
          key: 'cloud_act',
          name: 'CLOUD Act (2018)',
          summary:
            'US law-enforcement warrants can require US providers to disclose data in their possession, custody or control wherever it is stored.',
          appliesTo: 'US providers and their subsidiaries that control the data.',
        },
      ],
      oversight:
        'FISA Court (yearly certifications), the Privacy and Civil Liberties Oversight Board, inspectors general and congressional intelligence committees. The PCLOB lost its quorum in 2025: check its current status.',
      redress:
        'EO 14086 two-layer mechanism (ODNI CLPO, then the Data Protection Review Court) for individuals in qualifying states, including the EU/EEA; complaints go through the lead EU supervisory authority.',
      sources: [
        { title: 'FISA section 702, 50 U.S.C. §1881a', asOf: AS_OF, unverified: true },
        { title: 'Executive Order 12333', asOf: AS_OF, unverified: true },
        { title: 'Executive Order 14086 of 7 October 2022', asOf: AS_OF, unverified: true },
        {
          title: 'Commission Implementing Decision (EU) 2023/1795, recitals on US law',
          url: 'commission.europa.eu',
          asOf: AS_OF,
        },
        { title: 'CJEU C-311/18 (Schrems II), 16 July 2020', asOf: AS_OF },
        EEG,
      ],
      asOf: AS_OF,
      unverified: true,
    },
    {
      country: 'GB',
      name: 'United Kingdom',
      summary:
        'Adequate under Decision (EU) 2021/1772, renewed on 19 December 2025 until 27 December 2031: transfers from the EU need no further tool. Surveillance powers are broad but authorised and overseen by judges.',
      laws: [
        {
          key: 'ipa_2016',
          name: 'Investigatory Powers Act 2016 (as amended 2024)',
          summary:
            'Interception, equipment interference, bulk powers and communications-data retention; warrants approved by a Judicial Commissioner ("double lock").',
          appliesTo: 'Telecommunications operators and other providers in the UK.',
        },
      ],
      oversight:
        'Investigatory Powers Commissioner (IPCO) and Judicial Commissioners; Intelligence and Security Committee of Parliament.',
      redress:
        'Investigatory Powers Tribunal, open to anyone, whatever their nationality; the ICO for data-protection complaints.',
      exporterNotes:
        'Transfers from the UK: IDTA or the UK Addendum to the EU SCCs (DPA 2018 s.119A), in force 21 March 2022; old-SCC contracts valid until 21 March 2024. The UK assessment is a "transfer risk assessment" (ICO TRA tool). UK data bridges include the EEA, EU-adequate countries, Korea and the UK Extension to the EU-US DPF (12 October 2023). The DUAA 2025 "not materially lower" test is unverified here.',
      sources: [
        {
          title: 'Commission Implementing Decision (EU) 2021/1772 and its renewal of 19 December 2025',
          url: 'commission.europa.eu',
          asOf: AS_OF,
        },
        { title: 'Investigatory Powers Act 2016', url: 'legislation.gov.uk', asOf: AS_OF, unverified: true },
        { title: 'DPA 2018 s.119A; ICO international transfers guidance', url: 'ico.org.uk', asOf: AS_OF },
        EEG,
      ],
      asOf: AS_OF,
      unverified: true,
    },
    {
      country: 'CH',
      name: 'Switzerland',
      summary:
        'Adequate under Decision 2000/518/EC (kept in force by the Commission review of January 2024, unverified here).',
      laws: [
        {
          key: 'ch_nds',
          name: 'Federal Act on the Intelligence Service (IntelSA / NDG, 2015)',
          summary:
            'Intelligence measures that need approval by the Federal Administrative Court and political clearance; cable intelligence on cross-border traffic.',
        },
        {
          key: 'ch_bupf',
          name: 'Surveillance of Post and Telecommunications Act (SPTA / BÜPF)',
          summary:
            'Interception for criminal proceedings, ordered by a prosecutor and approved by a compulsory-measures court.',
          appliesTo: 'Telecom and certain online service providers.',
        },
      ],
      oversight:
        'Independent Oversight Authority for Intelligence Activities (AB-ND); Federal Administrative Court; parliamentary Control Delegation.',
      redress: 'Indirect right of access through the FDPIC; appeals to the Federal Administrative Court.',
      exporterNotes:
        'Transfers from Switzerland: the Federal Council decides adequacy (Annex 1 of the Data Protection Ordinance, FADP Art. 16(1)); EU SCCs with Swiss adaptations are accepted; the Swiss-US DPF applies from 15 September 2024 (unverified here).',
      sources: [
        {
          title: 'Commission Decision 2000/518/EC',
          url: 'commission.europa.eu',
          asOf: AS_OF,
          unverified: true,
        },
        {
          title: 'FADP SR 235.1 Art. 16 and Data Protection Ordinance SR 235.11 Annex 1',
          url: 'fedlex.admin.ch',
          asOf: AS_OF,
        },
        {
          title: 'Intelligence Service Act (SR 121); SPTA (SR 780.1)',
          url: 'fedlex.admin.ch',
          asOf: AS_OF,
          unverified: true,
        },
        EEG,
      ],
      asOf: AS_OF,
      unverified: true,
    },
    {
      country: 'IN',
      name: 'India',
      summary:
        'No adequacy decision. The DPDP Act 2023 lets the government exempt its agencies, and interception and decryption orders are issued by the executive without a judge: for data in the clear a TIA will usually need strong supplementary measures.',
      laws: [
        {
          key: 'in_it_act_69',
          name: 'Information Technology Act 2000, section 69 (and its 2009 Rules)',
          summary:
            'Lets authorised agencies order interception, monitoring or decryption of any information in a computer resource; providers must assist.',
          appliesTo: 'Any intermediary or holder of the data in India.',
        },
        {
          key: 'in_telecom_2023',
          name: 'Telecommunications Act 2023 (replacing the Telegraph Act 1885 s.5(2))',
          summary:
            'Interception of messages on public emergency or public safety grounds, by executive order.',
        },
        {
          key: 'in_dpdp_17',
          name: 'Digital Personal Data Protection Act 2023, section 17',
          summary:
            'The government may exempt its instrumentalities from the Act for sovereignty, security and public-order purposes.',
        },
      ],
      oversight:
        'Executive review committees (Cabinet Secretary level); no prior independent judicial authorisation of interception.',
      redress:
        'Constitutional right to privacy (Puttaswamy, 2017) before the courts; the Data Protection Board under the DPDP Act; no specific redress for foreign individuals.',
      sources: [
        {
          title: 'Information Technology Act 2000, s.69; IT (Interception) Rules 2009',
          asOf: AS_OF,
          unverified: true,
        },
        { title: 'Telecommunications Act 2023', asOf: AS_OF, unverified: true },
        { title: 'Digital Personal Data Protection Act 2023', asOf: AS_OF, unverified: true },
        EEG,
        SUPP,
      ],
      asOf: AS_OF,
      unverified: true,
    },
    {
      country: 'CN',
      name: 'China',
      summary:
        'No adequacy decision. Organisations must support and cooperate with state intelligence work, with no independent oversight or redress: the EDPB use cases with no effective measure (processing in the clear) apply to most transfers.',
      laws: [
        {
          key: 'cn_nil_7',
          name: 'National Intelligence Law 2017, Article 7',
          summary:
            'Every organisation and citizen must support, assist and cooperate with national intelligence work and keep it secret.',
          appliesTo: 'Every organisation in China.',
        },
        {
          key: 'cn_csl_dsl',
          name: 'Cybersecurity Law 2017 and Data Security Law 2021',
          summary:
            'Network operators must give technical support to public and state security organs; data localisation for important data.',
        },
        {
          key: 'cn_counter_espionage',
          name: 'Counter-Espionage Law (amended 2023)',
          summary: 'Broad powers to access data and electronic equipment in espionage investigations.',
        },
      ],
      oversight: 'No independent oversight of intelligence or security agencies.',
      redress: 'No effective redress for foreign individuals.',
      exporterNotes:
        'PIPL 2021 governs transfers out of China (security assessment, standard contract or certification).',
      sources: [
        { title: 'National Intelligence Law of the PRC (2017)', asOf: AS_OF, unverified: true },
        {
          title: 'Cybersecurity Law (2017); Data Security Law (2021); PIPL (2021)',
          asOf: AS_OF,
          unverified: true,
        },
        EEG,
        SUPP,
      ],
      asOf: AS_OF,
      unverified: true,
    },
    {
      country: 'BR',
      name: 'Brazil',
      summary:
        'No adequacy decision in force: an EU adequacy process started in 2025 (status to be checked, unverified here). Interception needs a court order; data protection is a constitutional right.',
      laws: [
        {
          key: 'br_9296',
          name: 'Law 9.296/1996 (telephone and telematic interception)',
          summary:
            'Interception only by court order, for criminal investigation or prosecution of serious crimes.',
        },
        {
          key: 'br_marco_civil',
          name: 'Marco Civil da Internet (Law 12.965/2014)',
          summary:
            'Providers must keep connection and application logs and disclose them, or content, only on a court order.',
          appliesTo: 'Internet connection and application providers.',
        },
        {
          key: 'br_abin',
          name: 'Law 9.883/1999 (Brazilian Intelligence System, ABIN)',
          summary:
            'Intelligence activity without its own interception power; access to data follows the general rules.',
        },
      ],
      oversight:
        'Judiciary; the National Congress joint committee for control of intelligence activities (CCAI); ANPD for data protection.',
      redress: 'Courts, including constitutional remedies (habeas data); complaints to the ANPD.',
      exporterNotes:
        'LGPD (Law 13.709/2018) Art. 33 and ANPD Resolution CD/ANPD 19/2024 set Brazil’s own transfer tools, including standard clauses (unverified here).',
      sources: [
        {
          // REFERENCE.md §5.2 (unverified there too).
          title: 'European Commission: adequacy process for Brazil started in 2025, status to be checked',
          asOf: AS_OF,
          unverified: true,
        },
        { title: 'Law 9.296/1996; Law 12.965/2014; Law 9.883/1999', asOf: AS_OF, unverified: true },
        { title: 'LGPD Lei 13.709/2018', url: 'gov.br/anpd', asOf: AS_OF },
        EEG,
      ],
      asOf: AS_OF,
      unverified: true,
    },
    {
      country: 'JP',
      name: 'Japan',
      summary:
        'Adequate under Decision (EU) 2019/419 for private-sector organisations under the APPI with the Supplementary Rules. Government access conditions are set out in the decision’s annex.',
      laws: [
        {
          key: 'jp_interception',
          name: 'Act on Communications Interception for Criminal Investigation (1999)',
          summary: 'Interception only with a court warrant, for listed serious crimes.',
        },
        {
          key: 'jp_voluntary',
          name: 'Voluntary disclosure requests (Criminal Procedure Code Art. 197(2))',
          summary: 'Police may ask businesses to disclose data voluntarily; the APPI limits such disclosure.',
        },
      ],
      oversight: 'Courts (warrants); the Personal Information Protection Commission; Diet committees.',
      redress:
        'A complaint mechanism for EU individuals about government access, run by the PPC under the adequacy decision; courts.',
      sources: [
        {
          title: 'Commission Implementing Decision (EU) 2019/419 and its Annex II',
          url: 'commission.europa.eu',
          asOf: AS_OF,
          unverified: true,
        },
        { title: 'Act on the Protection of Personal Information (APPI)', asOf: AS_OF, unverified: true },
        EEG,
      ],
      asOf: AS_OF,
      unverified: true,
    },
    {
      country: 'KR',
      name: 'Republic of Korea',
      summary:
        'Adequate under Decision (EU) 2022/254 for organisations under the Personal Information Protection Act (some processing, such as credit information supervised by the FSC, is outside it; unverified here).',
      laws: [
        {
          key: 'kr_cppa',
          name: 'Communications Privacy Protection Act',
          summary:
            'Interception needs a court permit; for national security, communications of foreigners may be intercepted with presidential approval.',
        },
        {
          key: 'kr_nis',
          name: 'National Intelligence Service Act',
          summary:
            'The NIS’s intelligence powers, limited by statute and subject to National Assembly oversight.',
        },
      ],
      oversight:
        'Courts; Personal Information Protection Commission; National Assembly Intelligence Committee.',
      redress:
        'A PIPC redress mechanism for EU individuals under the adequacy decision; courts and the Constitutional Court.',
      sources: [
        {
          title: 'Commission Implementing Decision (EU) 2022/254',
          url: 'commission.europa.eu',
          asOf: AS_OF,
          unverified: true,
        },
        {
          title: 'Personal Information Protection Act; Communications Privacy Protection Act',
          asOf: AS_OF,
          unverified: true,
        },
        EEG,
      ],
      asOf: AS_OF,
      unverified: true,
    },
    {
      country: 'IL',
      name: 'Israel',
      summary:
        'Adequate under Decision 2011/61/EU (kept in force by the Commission review of January 2024, unverified here).',
      laws: [
        {
          key: 'il_wiretap',
          name: 'Wiretap Law 1979',
          summary:
            'Security interception authorised by a minister; law-enforcement interception needs a court order.',
        },
        {
          key: 'il_comm_data',
          name: 'Communications Data Law 2007',
          summary:
            'Police access to communications data held by telecom providers, normally with a court order.',
          appliesTo: 'Telecommunications providers.',
        },
        {
          key: 'il_gss',
          name: 'General Security Service Law 2002',
          summary:
            'The Shin Bet may obtain communications data from providers with the Prime Minister’s authorisation.',
        },
      ],
      oversight: 'Attorney General; Knesset subcommittees; State Comptroller.',
      redress:
        'Petitions to the Supreme Court sitting as the High Court of Justice; the Privacy Protection Authority.',
      sources: [
        {
          title: 'Commission Decision 2011/61/EU',
          url: 'commission.europa.eu',
          asOf: AS_OF,
          unverified: true,
        },
        { title: 'Protection of Privacy Law 5741-1981 (Amendment 13)', asOf: AS_OF, unverified: true },
        {
          title: 'Wiretap Law 1979; Communications Data Law 2007; GSS Law 2002',
          asOf: AS_OF,
          unverified: true,
        },
        EEG,
      ],
      asOf: AS_OF,
      unverified: true,
    },
    {
      country: 'AE',
      name: 'United Arab Emirates',
      summary:
        'No adequacy decision. The federal data-protection law does not bind government bodies and security services have broad powers without independent oversight; DIFC and ADGM free zones have their own data-protection laws.',
      laws: [
        {
          key: 'ae_pdpl',
          name: 'Federal Decree-Law 45/2021 (PDPL)',
          summary:
            'The federal data-protection law; government data and security authorities are outside its scope.',
        },
        {
          key: 'ae_cybercrime',
          name: 'Federal Decree-Law 34/2021 on combating rumours and cybercrimes',
          summary: 'Broad investigative powers over electronic information and providers.',
        },
      ],
      oversight: 'No independent oversight of security services’ access to data.',
      redress:
        'Limited; no specific redress for foreign individuals. In the DIFC and ADGM, their commissioners handle data-protection complaints.',
      sources: [
        { title: 'Federal Decree-Law 45/2021; Federal Decree-Law 34/2021', asOf: AS_OF, unverified: true },
        {
          title: 'DIFC Data Protection Law No. 5 of 2020; ADGM Data Protection Regulations 2021',
          asOf: AS_OF,
          unverified: true,
        },
        EEG,
      ],
      asOf: AS_OF,
      unverified: true,
    },
  ],
}
