import type { Language } from '../regimes'

// The Italian and French texts of the built-in country pack (builtinPack.ts), keyed by the pack's stable
// ids: adequacy decision id, country code, law key, and (for sources) the English title itself. Only the
// built-in pack is translated: localizePack.ts swaps a text only where the pack in use still holds the
// built-in English one, so an imported pack or a workspace's own assessment keeps its own words.
// Written as a privacy lawyer would: EU acts under their official names in each language, statutes of
// non-EU states under their English names where that is how they are cited (FISA, CLOUD Act, EO 14086),
// and every "unverified here" of the English kept ("dato non verificato in questa sede", « non vérifié ici »).
// Country names come from Intl.DisplayNames (localizePack.ts) unless given here (Korea: the EU's name).

export interface AdequacyText {
  /** Only where the name is not a plain country name. */
  name?: string
  decision: string
  scopeNote?: string
}
export interface CountryText {
  /** Only where the runtime's country name is not the one the EU uses. */
  name?: string
  summary: string
  oversight: string
  redress: string
  exporterNotes?: string
}
export interface LawText {
  name: string
  summary: string
  appliesTo?: string
}
export interface PackText {
  publisher: string
  dpf: { decision: string; status: string }
  adequacy: Record<string, AdequacyText>
  countries: Record<string, CountryText>
  laws: Record<string, LawText>
  /** Source titles, keyed by the English title (sources have no id; the same title recurs across entries). */
  sources: Record<string, string>
}

const it: PackText = {
  publisher: 'Privacy Workbench (integrato)',
  dpf: {
    decision:
      'Decisione di esecuzione (UE) 2023/1795 della Commissione, del 10 luglio 2023 (quadro UE-USA per la protezione dei dati personali, EU-US Data Privacy Framework)',
    status:
      'In vigore. Confermata dal Tribunale nella causa Latombe/Commissione (T-553/23, 3 settembre 2025); impugnazione C-703/25 P pendente. La data del DPF Svizzera-USA non è stata verificata in questa sede.',
  },
  adequacy: {
    AD: { decision: 'Decisione 2010/625/UE del 19 ottobre 2010' },
    AR: { decision: 'Decisione 2003/490/CE del 30 giugno 2003' },
    CA: {
      decision: 'Decisione 2002/2/CE del 20 dicembre 2001',
      scopeNote: 'Solo le organizzazioni commerciali soggette alla legge PIPEDA.',
    },
    EPO: {
      name: 'Organizzazione europea dei brevetti',
      decision: 'Decisione di adeguatezza adottata il 15 luglio 2025',
      scopeNote: 'La prima decisione relativa a un’organizzazione internazionale.',
    },
    FO: { decision: 'Decisione 2010/146/UE del 5 marzo 2010' },
    GG: { decision: 'Decisione 2003/821/CE del 21 novembre 2003' },
    IM: { decision: 'Decisione 2004/411/CE del 28 aprile 2004' },
    IL: { decision: 'Decisione 2011/61/UE del 31 gennaio 2011' },
    JP: {
      decision: 'Decisione di esecuzione (UE) 2019/419 del 23 gennaio 2019',
      scopeNote:
        'Organizzazioni del settore privato soggette all’APPI, con le norme integrative (Supplementary Rules).',
    },
    JE: { decision: 'Decisione 2008/393/CE dell’8 maggio 2008' },
    NZ: { decision: 'Decisione 2013/65/UE del 19 dicembre 2012' },
    KR: {
      name: 'Repubblica di Corea',
      decision: 'Decisione di esecuzione (UE) 2022/254 del 17 dicembre 2021',
    },
    CH: { decision: 'Decisione 2000/518/CE del 26 luglio 2000' },
    GB: {
      decision: 'Decisione di esecuzione (UE) 2021/1772 del 28 giugno 2021, rinnovata il 19 dicembre 2025',
      scopeNote:
        'Decisioni ai sensi del GDPR e della direttiva (UE) 2016/680 (LED); prorogate fino al 27 dicembre 2025, rinnovate il 19 dicembre 2025 fino al 27 dicembre 2031; con il rinnovo è stata eliminata l’esclusione relativa all’esenzione in materia di immigrazione.',
    },
    'US-DPF': {
      name: 'Stati Uniti (quadro UE-USA per la protezione dei dati personali)',
      decision: 'Decisione di esecuzione (UE) 2023/1795 del 10 luglio 2023',
      scopeNote:
        'Solo le organizzazioni iscritte nella Data Privacy Framework List (dataprivacyframework.gov) e solo per i dati coperti dalla loro certificazione (HR o non HR) alla data del trasferimento.',
    },
    UY: { decision: 'Decisione 2012/484/UE del 21 agosto 2012' },
  },
  countries: {
    US: {
      summary:
        'Adeguatezza riconosciuta solo per gli importatori certificati nell’ambito del Data Privacy Framework UE-USA, per i dati coperti dalla loro certificazione. Per gli altri trasferimenti (clausole contrattuali tipo, BCR) la valutazione d’impatto sul trasferimento (TIA) deve esaminare la normativa statunitense in materia di sorveglianza: la maggior parte dei fornitori di cloud, hosting, posta elettronica e IA rientra tra gli “electronic communication service providers” (fornitori di servizi di comunicazione elettronica) e può esservi obbligata ai sensi della sezione 702 del FISA (FISA section 702).',
      oversight:
        'FISA Court (certificazioni annuali), Privacy and Civil Liberties Oversight Board (PCLOB), ispettori generali e commissioni del Congresso sull’intelligence. Nel 2025 il PCLOB ha perso il quorum: verificarne la situazione attuale.',
      redress:
        'Meccanismo a due livelli dell’Executive Order 14086 (CLPO dell’ODNI, poi la Data Protection Review Court) per le persone degli Stati ammissibili, compresi UE e SEE; i reclami sono presentati tramite l’autorità di controllo capofila dell’UE.',
    },
    GB: {
      summary:
        'Adeguatezza riconosciuta dalla decisione di esecuzione (UE) 2021/1772, rinnovata il 19 dicembre 2025 fino al 27 dicembre 2031: i trasferimenti dall’UE non richiedono ulteriori strumenti. I poteri di sorveglianza sono ampi, ma autorizzati e controllati da giudici.',
      oversight:
        'Investigatory Powers Commissioner (IPCO) e Judicial Commissioners; Intelligence and Security Committee del Parlamento.',
      redress:
        'Investigatory Powers Tribunal, aperto a chiunque, indipendentemente dalla nazionalità; l’ICO per i reclami in materia di protezione dei dati.',
      exporterNotes:
        'Trasferimenti dal Regno Unito: IDTA o UK Addendum alle clausole contrattuali tipo dell’UE (DPA 2018 s.119A), in vigore dal 21 marzo 2022; contratti basati sulle vecchie clausole contrattuali tipo validi fino al 21 marzo 2024. La valutazione britannica è un “transfer risk assessment” (strumento TRA dell’ICO). I “data bridges” del Regno Unito comprendono il SEE, i paesi adeguati per l’UE, la Corea e la UK Extension del DPF UE-USA (12 ottobre 2023). Il criterio “not materially lower” del DUAA 2025 non è stato verificato in questa sede.',
    },
    CH: {
      summary:
        'Adeguatezza riconosciuta dalla decisione 2000/518/CE (mantenuta in vigore dal riesame della Commissione del gennaio 2024; dato non verificato in questa sede).',
      oversight:
        'Autorità di vigilanza indipendente sulle attività informative (AVI-AIn); Tribunale amministrativo federale; Delegazione delle Commissioni della gestione del Parlamento.',
      redress:
        'Diritto d’accesso indiretto tramite l’Incaricato federale della protezione dei dati e della trasparenza (IFPDT); ricorso al Tribunale amministrativo federale.',
      exporterNotes:
        'Trasferimenti dalla Svizzera: l’adeguatezza è decisa dal Consiglio federale (allegato 1 dell’ordinanza sulla protezione dei dati, art. 16 cpv. 1 LPD); sono accettate le clausole contrattuali tipo dell’UE con gli adattamenti svizzeri; il DPF Svizzera-USA si applica dal 15 settembre 2024 (dato non verificato in questa sede).',
    },
    IN: {
      summary:
        'Nessuna decisione di adeguatezza. Il DPDP Act 2023 consente al governo di esentare i propri organismi, e gli ordini di intercettazione e di decrittazione sono emessi dall’esecutivo senza un giudice: per i dati in chiaro una TIA richiederà di norma misure supplementari rigorose.',
      oversight:
        'Comitati di revisione dell’esecutivo (a livello di Cabinet Secretary); nessuna autorizzazione giudiziaria indipendente preventiva delle intercettazioni.',
      redress:
        'Diritto costituzionale alla riservatezza (Puttaswamy, 2017) dinanzi ai giudici; il Data Protection Board previsto dal DPDP Act; nessun rimedio specifico per le persone straniere.',
    },
    CN: {
      summary:
        'Nessuna decisione di adeguatezza. Le organizzazioni devono sostenere le attività di intelligence dello Stato e collaborarvi, senza controllo indipendente né mezzi di ricorso: alla maggior parte dei trasferimenti si applicano i casi d’uso dell’EDPB per i quali non esiste una misura efficace (trattamento in chiaro).',
      oversight: 'Nessun controllo indipendente sulle agenzie di intelligence o di sicurezza.',
      redress: 'Nessun ricorso effettivo per le persone straniere.',
      exporterNotes:
        'La PIPL 2021 disciplina i trasferimenti dalla Cina (valutazione di sicurezza, contratto standard o certificazione).',
    },
    BR: {
      summary:
        'Nessuna decisione di adeguatezza in vigore: nel 2025 è stata avviata una procedura di adeguatezza dell’UE (stato da verificare; dato non verificato in questa sede). Le intercettazioni richiedono un ordine del giudice; la protezione dei dati è un diritto costituzionale.',
      oversight:
        'Magistratura; commissione mista del Congresso nazionale per il controllo delle attività di intelligence (CCAI); ANPD per la protezione dei dati.',
      redress: 'Giudici, compresi i rimedi costituzionali (habeas data); reclami all’ANPD.',
      exporterNotes:
        'L’art. 33 della LGPD (Legge 13.709/2018) e la Risoluzione CD/ANPD 19/2024 stabiliscono gli strumenti di trasferimento propri del Brasile, comprese clausole standard (dato non verificato in questa sede).',
    },
    JP: {
      summary:
        'Adeguatezza riconosciuta dalla decisione di esecuzione (UE) 2019/419 per le organizzazioni del settore privato soggette all’APPI, con le norme integrative (Supplementary Rules). Le condizioni di accesso da parte delle autorità pubbliche sono stabilite nell’allegato della decisione.',
      oversight:
        'Giudici (mandati); la Personal Information Protection Commission (PPC); commissioni della Dieta.',
      redress:
        'Un meccanismo di reclamo per le persone dell’UE in merito all’accesso delle autorità pubbliche, gestito dalla PPC in base alla decisione di adeguatezza; giudici.',
    },
    KR: {
      name: 'Repubblica di Corea',
      summary:
        'Adeguatezza riconosciuta dalla decisione di esecuzione (UE) 2022/254 per le organizzazioni soggette al Personal Information Protection Act (alcuni trattamenti, come le informazioni creditizie sotto la vigilanza della FSC, ne sono esclusi; dato non verificato in questa sede).',
      oversight:
        'Giudici; Personal Information Protection Commission (PIPC); commissione intelligence dell’Assemblea nazionale.',
      redress:
        'Un meccanismo di ricorso della PIPC per le persone dell’UE in base alla decisione di adeguatezza; giudici e Corte costituzionale.',
    },
    IL: {
      summary:
        'Adeguatezza riconosciuta dalla decisione 2011/61/UE (mantenuta in vigore dal riesame della Commissione del gennaio 2024; dato non verificato in questa sede).',
      oversight:
        'Procuratore generale (Attorney General); sottocommissioni della Knesset; Controllore di Stato.',
      redress:
        'Ricorsi alla Corte suprema in funzione di Alta Corte di giustizia; la Privacy Protection Authority.',
    },
    AE: {
      summary:
        'Nessuna decisione di adeguatezza. La legge federale sulla protezione dei dati non vincola gli enti pubblici e i servizi di sicurezza dispongono di ampi poteri senza controllo indipendente; le zone franche DIFC e ADGM hanno proprie leggi sulla protezione dei dati.',
      oversight: 'Nessun controllo indipendente sull’accesso ai dati da parte dei servizi di sicurezza.',
      redress:
        'Mezzi di ricorso limitati; nessun rimedio specifico per le persone straniere. Nel DIFC e nell’ADGM i rispettivi commissari trattano i reclami in materia di protezione dei dati.',
    },
  },
  laws: {
    fisa_702: {
      name: 'FISA section 702 (50 U.S.C. §1881a)',
      summary:
        'Consente al governo statunitense di obbligare i fornitori a consegnare le comunicazioni di persone non statunitensi che si ritiene ragionevolmente si trovino all’estero, a fini di intelligence esterna (foreign intelligence), senza un ordine giudiziario individuale (la FISA Court approva certificazioni annuali).',
      appliesTo:
        'Fornitori di servizi di comunicazione elettronica (electronic communication service providers), compresa la maggior parte dei fornitori di cloud, SaaS e IA.',
    },
    eo_12333: {
      name: 'Executive Order 12333',
      summary:
        'Disciplina la raccolta di intelligence al di fuori degli Stati Uniti, compresa la raccolta massiva di dati in transito (ad es. sui cavi sottomarini); nessun obbligo a carico dell’importatore.',
      appliesTo: 'Dati in transito al di fuori degli Stati Uniti, qualunque sia l’importatore.',
    },
    eo_14086: {
      name: 'Executive Order 14086 (ordine esecutivo del 7 ottobre 2022)',
      summary:
        'Limita l’intelligence dei segnali (signals intelligence) a quanto necessario e proporzionato rispetto a obiettivi elencati e istituisce il meccanismo di ricorso (Civil Liberties Protection Officer dell’ODNI, poi la Data Protection Review Court) su cui si fonda la decisione sul DPF.',
    },
    cloud_act: {
      name: 'CLOUD Act (2018)',
      summary:
        'I mandati delle autorità di contrasto statunitensi possono obbligare i fornitori statunitensi a comunicare i dati in loro possesso, custodia o controllo, ovunque siano conservati.',
      appliesTo: 'Fornitori statunitensi e loro controllate che hanno il controllo dei dati.',
    },
    ipa_2016: {
      name: 'Investigatory Powers Act 2016 (modificato nel 2024)',
      summary:
        'Intercettazione, intrusione nei dispositivi (equipment interference), poteri di raccolta massiva e conservazione dei dati di comunicazione; mandati approvati da un Judicial Commissioner (“double lock”, doppio controllo).',
      appliesTo: 'Operatori di telecomunicazioni e altri fornitori nel Regno Unito.',
    },
    ch_nds: {
      name: 'Legge federale sulle attività informative (LAIn / NDG, 2015)',
      summary:
        'Misure di acquisizione soggette all’autorizzazione del Tribunale amministrativo federale e al nulla osta politico; esplorazione di segnali via cavo sul traffico transfrontaliero.',
    },
    ch_bupf: {
      name: 'Legge federale sulla sorveglianza della corrispondenza postale e del traffico delle telecomunicazioni (LSCPT / BÜPF)',
      summary:
        'Sorveglianza nel procedimento penale, disposta dal pubblico ministero e approvata dal giudice dei provvedimenti coercitivi.',
      appliesTo: 'Fornitori di servizi di telecomunicazione e alcuni fornitori di servizi online.',
    },
    in_it_act_69: {
      name: 'Information Technology Act 2000, section 69 (e relative Rules del 2009)',
      summary:
        'Consente alle agenzie autorizzate di ordinare l’intercettazione, il monitoraggio o la decrittazione di qualsiasi informazione contenuta in una risorsa informatica; i fornitori devono prestare assistenza.',
      appliesTo: 'Qualsiasi intermediario o detentore dei dati in India.',
    },
    in_telecom_2023: {
      name: 'Telecommunications Act 2023 (che sostituisce il Telegraph Act 1885, s.5(2))',
      summary:
        'Intercettazione di messaggi per motivi di emergenza pubblica o di pubblica sicurezza, con ordine dell’esecutivo.',
    },
    in_dpdp_17: {
      name: 'Digital Personal Data Protection Act 2023, section 17',
      summary:
        'Il governo può esentare i propri organismi dall’applicazione della legge per finalità di sovranità, sicurezza e ordine pubblico.',
    },
    cn_nil_7: {
      name: 'Legge sull’intelligence nazionale 2017, articolo 7',
      summary:
        'Ogni organizzazione e ogni cittadino devono sostenere e assistere le attività di intelligence nazionale, collaborarvi e mantenerne il segreto.',
      appliesTo: 'Ogni organizzazione in Cina.',
    },
    cn_csl_dsl: {
      name: 'Legge sulla cibersicurezza 2017 e Legge sulla sicurezza dei dati 2021',
      summary:
        'Gli operatori di rete devono fornire supporto tecnico agli organi di pubblica sicurezza e di sicurezza dello Stato; localizzazione dei dati importanti.',
    },
    cn_counter_espionage: {
      name: 'Legge contro lo spionaggio (modificata nel 2023)',
      summary:
        'Ampi poteri di accesso ai dati e alle apparecchiature elettroniche nelle indagini per spionaggio.',
    },
    br_9296: {
      name: 'Legge 9.296/1996 (intercettazioni telefoniche e telematiche)',
      summary:
        'Intercettazioni solo su ordine del giudice, per indagini o azioni penali relative a reati gravi.',
    },
    br_marco_civil: {
      name: 'Marco Civil da Internet (Legge 12.965/2014)',
      summary:
        'I fornitori devono conservare i log di connessione e di accesso alle applicazioni e comunicarli, così come i contenuti, solo su ordine del giudice.',
      appliesTo: 'Fornitori di connessione a Internet e di applicazioni Internet.',
    },
    br_abin: {
      name: 'Legge 9.883/1999 (Sistema brasiliano di intelligence, ABIN)',
      summary:
        'Attività di intelligence senza un proprio potere di intercettazione; l’accesso ai dati segue le regole generali.',
    },
    jp_interception: {
      name: 'Legge sulle intercettazioni di comunicazioni nelle indagini penali (1999)',
      summary:
        'Intercettazioni solo con mandato del giudice, per determinati reati gravi elencati dalla legge.',
    },
    jp_voluntary: {
      name: 'Richieste di comunicazione volontaria (codice di procedura penale, art. 197, comma 2)',
      summary:
        'La polizia può chiedere alle imprese di comunicare dati su base volontaria; l’APPI limita tale comunicazione.',
    },
    kr_cppa: {
      name: 'Legge sulla protezione della riservatezza delle comunicazioni (Communications Privacy Protection Act)',
      summary:
        'Le intercettazioni richiedono l’autorizzazione di un giudice; per la sicurezza nazionale, le comunicazioni di stranieri possono essere intercettate con l’approvazione del Presidente.',
    },
    kr_nis: {
      name: 'Legge sul National Intelligence Service (NIS)',
      summary:
        'I poteri di intelligence del NIS, limitati dalla legge e soggetti al controllo dell’Assemblea nazionale.',
    },
    il_wiretap: {
      name: 'Legge sulle intercettazioni 1979 (Wiretap Law)',
      summary:
        'Intercettazioni per motivi di sicurezza autorizzate da un ministro; le intercettazioni a fini di polizia richiedono un ordine del giudice.',
    },
    il_comm_data: {
      name: 'Legge sui dati di comunicazione 2007 (Communications Data Law)',
      summary:
        'Accesso della polizia ai dati di comunicazione detenuti dai fornitori di telecomunicazioni, di norma con ordine del giudice.',
      appliesTo: 'Fornitori di telecomunicazioni.',
    },
    il_gss: {
      name: 'Legge sul Servizio generale di sicurezza 2002 (General Security Service Law)',
      summary:
        'Lo Shin Bet può ottenere dai fornitori dati di comunicazione con l’autorizzazione del Primo ministro.',
    },
    ae_pdpl: {
      name: 'Decreto-legge federale 45/2021 (PDPL)',
      summary:
        'La legge federale sulla protezione dei dati; i dati pubblici e le autorità di sicurezza sono esclusi dal suo ambito di applicazione.',
    },
    ae_cybercrime: {
      name: 'Decreto-legge federale 34/2021 sul contrasto alle voci false e ai reati informatici',
      summary: 'Ampi poteri di indagine sulle informazioni elettroniche e sui fornitori.',
    },
  },
  sources: {
    'European Commission, adequacy decisions page':
      'Commissione europea, pagina delle decisioni di adeguatezza',
    'Privacy Workbench legal reference, §5.2 (compiled November 2026)':
      'Riferimento giuridico di Privacy Workbench, §5.2 (redatto nel novembre 2026)',
    'Commission Implementing Decision (EU) 2023/1795':
      'Decisione di esecuzione (UE) 2023/1795 della Commissione',
    'General Court, T-553/23 Latombe v Commission, 3 September 2025; appeal C-703/25 P':
      'Tribunale, T-553/23, Latombe/Commissione, 3 settembre 2025; impugnazione C-703/25 P',
    'Data Privacy Framework List': 'Data Privacy Framework List',
    'Swiss Federal Council: Swiss-US DPF effective 15 September 2024 (Data Protection Ordinance, Annex 1)':
      'Consiglio federale svizzero: DPF Svizzera-USA applicabile dal 15 settembre 2024 (ordinanza sulla protezione dei dati, allegato 1)',
    'FISA section 702, 50 U.S.C. §1881a': 'FISA section 702, 50 U.S.C. §1881a',
    'Executive Order 12333': 'Executive Order 12333',
    'Executive Order 14086 of 7 October 2022': 'Executive Order 14086 del 7 ottobre 2022',
    'Commission Implementing Decision (EU) 2023/1795, recitals on US law':
      'Decisione di esecuzione (UE) 2023/1795 della Commissione, considerando sul diritto statunitense',
    'CJEU C-311/18 (Schrems II), 16 July 2020': 'Corte di giustizia, C-311/18 (Schrems II), 16 luglio 2020',
    'EDPB Recommendations 02/2020 on the European Essential Guarantees for surveillance measures':
      'Raccomandazioni 02/2020 dell’EDPB relative alle garanzie essenziali europee per le misure di sorveglianza',
    'EDPB Recommendations 01/2020 on supplementary measures, v2.0 (18 June 2021)':
      'Raccomandazioni 01/2020 dell’EDPB relative alle misure che integrano gli strumenti di trasferimento, versione 2.0 (18 giugno 2021)',
    'Commission Implementing Decision (EU) 2021/1772 and its renewal of 19 December 2025':
      'Decisione di esecuzione (UE) 2021/1772 della Commissione e suo rinnovo del 19 dicembre 2025',
    'Investigatory Powers Act 2016': 'Investigatory Powers Act 2016',
    'DPA 2018 s.119A; ICO international transfers guidance':
      'DPA 2018 s.119A; linee guida dell’ICO sui trasferimenti internazionali',
    'Commission Decision 2000/518/EC': 'Decisione 2000/518/CE della Commissione',
    'FADP SR 235.1 Art. 16 and Data Protection Ordinance SR 235.11 Annex 1':
      'LPD (RS 235.1), art. 16, e ordinanza sulla protezione dei dati (RS 235.11), allegato 1',
    'Intelligence Service Act (SR 121); SPTA (SR 780.1)':
      'Legge federale sulle attività informative (RS 121); LSCPT (RS 780.1)',
    'Information Technology Act 2000, s.69; IT (Interception) Rules 2009':
      'Information Technology Act 2000, s.69; IT (Interception) Rules 2009',
    'Telecommunications Act 2023': 'Telecommunications Act 2023',
    'Digital Personal Data Protection Act 2023': 'Digital Personal Data Protection Act 2023',
    'National Intelligence Law of the PRC (2017)': 'Legge sull’intelligence nazionale della RPC (2017)',
    'Cybersecurity Law (2017); Data Security Law (2021); PIPL (2021)':
      'Legge sulla cibersicurezza (2017); Legge sulla sicurezza dei dati (2021); PIPL (2021)',
    'European Commission: adequacy process for Brazil started in 2025, status to be checked':
      'Commissione europea: procedura di adeguatezza per il Brasile avviata nel 2025, stato da verificare',
    'Law 9.296/1996; Law 12.965/2014; Law 9.883/1999':
      'Legge 9.296/1996; Legge 12.965/2014; Legge 9.883/1999',
    'LGPD Lei 13.709/2018': 'LGPD, Lei 13.709/2018',
    'Commission Implementing Decision (EU) 2019/419 and its Annex II':
      'Decisione di esecuzione (UE) 2019/419 della Commissione e relativo allegato II',
    'Act on the Protection of Personal Information (APPI)':
      'Legge sulla protezione delle informazioni personali (APPI)',
    'Commission Implementing Decision (EU) 2022/254':
      'Decisione di esecuzione (UE) 2022/254 della Commissione',
    'Personal Information Protection Act; Communications Privacy Protection Act':
      'Personal Information Protection Act; Communications Privacy Protection Act',
    'Commission Decision 2011/61/EU': 'Decisione 2011/61/UE della Commissione',
    'Protection of Privacy Law 5741-1981 (Amendment 13)':
      'Legge sulla tutela della riservatezza 5741-1981 (emendamento 13)',
    'Wiretap Law 1979; Communications Data Law 2007; GSS Law 2002':
      'Wiretap Law 1979; Communications Data Law 2007; GSS Law 2002',
    'Federal Decree-Law 45/2021; Federal Decree-Law 34/2021':
      'Decreto-legge federale 45/2021; Decreto-legge federale 34/2021',
    'DIFC Data Protection Law No. 5 of 2020; ADGM Data Protection Regulations 2021':
      'DIFC Data Protection Law n. 5 del 2020; ADGM Data Protection Regulations 2021',
  },
}

const fr: PackText = {
  publisher: 'Privacy Workbench (intégré)',
  dpf: {
    decision:
      'Décision d’exécution (UE) 2023/1795 de la Commission du 10 juillet 2023 (cadre de protection des données UE-États-Unis, EU-US Data Privacy Framework)',
    status:
      'En vigueur. Confirmée par le Tribunal dans l’affaire Latombe/Commission (T-553/23, 3 septembre 2025) ; pourvoi C-703/25 P pendant. La date du DPF Suisse-États-Unis n’a pas été vérifiée ici.',
  },
  adequacy: {
    AD: { decision: 'Décision 2010/625/UE du 19 octobre 2010' },
    AR: { decision: 'Décision 2003/490/CE du 30 juin 2003' },
    CA: {
      decision: 'Décision 2002/2/CE du 20 décembre 2001',
      scopeNote: 'Uniquement les organisations commerciales soumises à la LPRPDE (PIPEDA).',
    },
    EPO: {
      name: 'Organisation européenne des brevets',
      decision: 'Décision d’adéquation adoptée le 15 juillet 2025',
      scopeNote: 'La première décision concernant une organisation internationale.',
    },
    FO: { decision: 'Décision 2010/146/UE du 5 mars 2010' },
    GG: { decision: 'Décision 2003/821/CE du 21 novembre 2003' },
    IM: { decision: 'Décision 2004/411/CE du 28 avril 2004' },
    IL: { decision: 'Décision 2011/61/UE du 31 janvier 2011' },
    JP: {
      decision: 'Décision d’exécution (UE) 2019/419 du 23 janvier 2019',
      scopeNote:
        'Organisations du secteur privé soumises à l’APPI, avec les règles complémentaires (Supplementary Rules).',
    },
    JE: { decision: 'Décision 2008/393/CE du 8 mai 2008' },
    NZ: { decision: 'Décision 2013/65/UE du 19 décembre 2012' },
    KR: {
      name: 'République de Corée',
      decision: 'Décision d’exécution (UE) 2022/254 du 17 décembre 2021',
    },
    CH: { decision: 'Décision 2000/518/CE du 26 juillet 2000' },
    GB: {
      decision: 'Décision d’exécution (UE) 2021/1772 du 28 juin 2021, renouvelée le 19 décembre 2025',
      scopeNote:
        'Décisions au titre du RGPD et de la directive (UE) 2016/680 (« police-justice ») ; prorogées jusqu’au 27 décembre 2025, renouvelées le 19 décembre 2025 jusqu’au 27 décembre 2031 ; l’exclusion liée à l’exemption en matière d’immigration a été levée lors du renouvellement.',
    },
    'US-DPF': {
      name: 'États-Unis (cadre de protection des données UE-États-Unis)',
      decision: 'Décision d’exécution (UE) 2023/1795 du 10 juillet 2023',
      scopeNote:
        'Uniquement les organisations inscrites sur la liste du Data Privacy Framework (dataprivacyframework.gov), et uniquement pour les données couvertes par leur certification (RH ou hors RH) à la date du transfert.',
    },
    UY: { decision: 'Décision 2012/484/UE du 21 août 2012' },
  },
  countries: {
    US: {
      summary:
        'Adéquation reconnue uniquement pour les importateurs certifiés au titre de l’EU-US Data Privacy Framework, pour les données couvertes par leur certification. Pour les autres transferts (clauses contractuelles types, BCR), l’AITD doit examiner le droit américain de la surveillance : la plupart des fournisseurs de cloud, d’hébergement, de messagerie électronique et d’IA sont des « electronic communication service providers » (fournisseurs de services de communications électroniques) et peuvent y être contraints au titre de la section 702 du FISA (FISA section 702).',
      oversight:
        'FISA Court (certifications annuelles), Privacy and Civil Liberties Oversight Board (PCLOB), inspecteurs généraux et commissions du renseignement du Congrès. Le PCLOB a perdu son quorum en 2025 : vérifier sa situation actuelle.',
      redress:
        'Mécanisme à deux niveaux de l’Executive Order 14086 (CLPO de l’ODNI, puis la Data Protection Review Court) pour les personnes des États admissibles, y compris l’UE et l’EEE ; les réclamations passent par l’autorité de contrôle chef de file de l’UE.',
    },
    GB: {
      summary:
        'Adéquation reconnue par la décision d’exécution (UE) 2021/1772, renouvelée le 19 décembre 2025 jusqu’au 27 décembre 2031 : les transferts depuis l’UE ne nécessitent aucun autre outil. Les pouvoirs de surveillance sont étendus, mais autorisés et contrôlés par des juges.',
      oversight:
        'Investigatory Powers Commissioner (IPCO) et Judicial Commissioners ; Intelligence and Security Committee du Parlement.',
      redress:
        'Investigatory Powers Tribunal, ouvert à toute personne, quelle que soit sa nationalité ; l’ICO pour les réclamations en matière de protection des données.',
      exporterNotes:
        'Transferts depuis le Royaume-Uni : IDTA ou UK Addendum aux clauses contractuelles types de l’UE (DPA 2018 s.119A), en vigueur depuis le 21 mars 2022 ; contrats fondés sur les anciennes clauses contractuelles types valables jusqu’au 21 mars 2024. L’évaluation britannique est une « transfer risk assessment » (outil TRA de l’ICO). Les « data bridges » du Royaume-Uni couvrent l’EEE, les pays adéquats pour l’UE, la Corée et l’UK Extension au DPF UE-États-Unis (12 octobre 2023). Le critère « not materially lower » du DUAA 2025 n’a pas été vérifié ici.',
    },
    CH: {
      summary:
        'Adéquation reconnue par la décision 2000/518/CE (maintenue en vigueur par le réexamen de la Commission de janvier 2024 ; non vérifié ici).',
      oversight:
        'Autorité de surveillance indépendante des activités de renseignement (AS-Rens) ; Tribunal administratif fédéral ; Délégation des Commissions de gestion du Parlement.',
      redress:
        'Droit d’accès indirect par l’intermédiaire du Préposé fédéral à la protection des données et à la transparence (PFPDT) ; recours au Tribunal administratif fédéral.',
      exporterNotes:
        'Transferts depuis la Suisse : l’adéquation est décidée par le Conseil fédéral (annexe 1 de l’ordonnance sur la protection des données, art. 16, al. 1, LPD) ; les clauses contractuelles types de l’UE avec les adaptations suisses sont acceptées ; le DPF Suisse-États-Unis s’applique depuis le 15 septembre 2024 (non vérifié ici).',
    },
    IN: {
      summary:
        'Aucune décision d’adéquation. Le DPDP Act 2023 permet au gouvernement d’exempter ses organismes, et les ordres d’interception et de déchiffrement sont émis par l’exécutif sans juge : pour des données en clair, une AITD nécessitera en général des mesures supplémentaires robustes.',
      oversight:
        'Comités de contrôle de l’exécutif (au niveau du Cabinet Secretary) ; aucune autorisation judiciaire indépendante préalable des interceptions.',
      redress:
        'Droit constitutionnel à la vie privée (Puttaswamy, 2017) devant les juridictions ; le Data Protection Board institué par le DPDP Act ; aucune voie de recours spécifique pour les personnes étrangères.',
    },
    CN: {
      summary:
        'Aucune décision d’adéquation. Les organisations doivent soutenir le travail de renseignement de l’État et y coopérer, sans contrôle indépendant ni voie de recours : les cas d’usage du CEPD pour lesquels aucune mesure n’est efficace (traitement en clair) s’appliquent à la plupart des transferts.',
      oversight: 'Aucun contrôle indépendant des services de renseignement ou de sécurité.',
      redress: 'Aucune voie de recours effective pour les personnes étrangères.',
      exporterNotes:
        'La PIPL de 2021 encadre les transferts depuis la Chine (évaluation de sécurité, contrat type ou certification).',
    },
    BR: {
      summary:
        'Aucune décision d’adéquation en vigueur : une procédure d’adéquation de l’UE a été engagée en 2025 (état à vérifier ; non vérifié ici). Les interceptions nécessitent une décision judiciaire ; la protection des données est un droit constitutionnel.',
      oversight:
        'Autorité judiciaire ; commission mixte du Congrès national chargée du contrôle des activités de renseignement (CCAI) ; ANPD pour la protection des données.',
      redress:
        'Juridictions, y compris les recours constitutionnels (habeas data) ; réclamations auprès de l’ANPD.',
      exporterNotes:
        'L’art. 33 de la LGPD (loi 13.709/2018) et la résolution CD/ANPD 19/2024 fixent les outils de transfert propres au Brésil, y compris des clauses types (non vérifié ici).',
    },
    JP: {
      summary:
        'Adéquation reconnue par la décision d’exécution (UE) 2019/419 pour les organisations du secteur privé soumises à l’APPI, avec les règles complémentaires (Supplementary Rules). Les conditions d’accès des autorités publiques figurent à l’annexe de la décision.',
      oversight:
        'Juridictions (mandats) ; la Personal Information Protection Commission (PPC) ; commissions de la Diète.',
      redress:
        'Un mécanisme de réclamation pour les personnes de l’UE concernant l’accès des autorités publiques, géré par la PPC en vertu de la décision d’adéquation ; juridictions.',
    },
    KR: {
      name: 'République de Corée',
      summary:
        'Adéquation reconnue par la décision d’exécution (UE) 2022/254 pour les organisations soumises au Personal Information Protection Act (certains traitements, comme les informations de crédit contrôlées par la FSC, en sont exclus ; non vérifié ici).',
      oversight:
        'Juridictions ; Personal Information Protection Commission (PIPC) ; commission du renseignement de l’Assemblée nationale.',
      redress:
        'Un mécanisme de recours de la PIPC pour les personnes de l’UE en vertu de la décision d’adéquation ; juridictions et Cour constitutionnelle.',
    },
    IL: {
      summary:
        'Adéquation reconnue par la décision 2011/61/UE (maintenue en vigueur par le réexamen de la Commission de janvier 2024 ; non vérifié ici).',
      oversight:
        'Procureur général (Attorney General) ; sous-commissions de la Knesset ; contrôleur de l’État.',
      redress:
        'Requêtes devant la Cour suprême siégeant en tant que Haute Cour de justice ; la Privacy Protection Authority.',
    },
    AE: {
      summary:
        'Aucune décision d’adéquation. La loi fédérale sur la protection des données ne lie pas les organismes publics et les services de sécurité disposent de larges pouvoirs sans contrôle indépendant ; les zones franches du DIFC et de l’ADGM ont leurs propres lois sur la protection des données.',
      oversight: 'Aucun contrôle indépendant de l’accès des services de sécurité aux données.',
      redress:
        'Voies de recours limitées ; aucune voie de recours spécifique pour les personnes étrangères. Au DIFC et à l’ADGM, leurs commissaires traitent les réclamations en matière de protection des données.',
    },
  },
  laws: {
    fisa_702: {
      name: 'FISA section 702 (50 U.S.C. §1881a)',
      summary:
        'Permet au gouvernement américain de contraindre les fournisseurs à remettre les communications de personnes non américaines dont on peut raisonnablement penser qu’elles se trouvent à l’étranger, à des fins de renseignement extérieur (foreign intelligence), sans décision judiciaire individuelle (la FISA Court approuve des certifications annuelles).',
      appliesTo:
        'Fournisseurs de services de communications électroniques (electronic communication service providers), y compris la plupart des fournisseurs de cloud, de SaaS et d’IA.',
    },
    eo_12333: {
      name: 'Executive Order 12333',
      summary:
        'Encadre la collecte de renseignements hors des États-Unis, y compris la collecte en masse de données en transit (par ex. sur les câbles sous-marins) ; aucune contrainte exercée sur l’importateur.',
      appliesTo: 'Données en transit hors des États-Unis, quel que soit l’importateur.',
    },
    eo_14086: {
      name: 'Executive Order 14086 (décret présidentiel du 7 octobre 2022)',
      summary:
        'Limite le renseignement d’origine électromagnétique (signals intelligence) à ce qui est nécessaire et proportionné au regard d’objectifs énumérés, et crée le mécanisme de recours (Civil Liberties Protection Officer de l’ODNI, puis la Data Protection Review Court) sur lequel s’appuie la décision relative au DPF.',
    },
    cloud_act: {
      name: 'CLOUD Act (2018)',
      summary:
        'Les mandats des autorités répressives américaines peuvent obliger les fournisseurs américains à communiquer les données en leur possession, sous leur garde ou sous leur contrôle, où qu’elles soient stockées.',
      appliesTo: 'Fournisseurs américains et leurs filiales qui contrôlent les données.',
    },
    ipa_2016: {
      name: 'Investigatory Powers Act 2016 (modifié en 2024)',
      summary:
        'Interception, intrusion dans les équipements (equipment interference), pouvoirs de collecte en masse et conservation des données de communication ; mandats approuvés par un Judicial Commissioner (« double lock », double verrou).',
      appliesTo: 'Opérateurs de télécommunications et autres fournisseurs au Royaume-Uni.',
    },
    ch_nds: {
      name: 'Loi fédérale sur le renseignement (LRens / NDG, 2015)',
      summary:
        'Mesures de recherche soumises à l’autorisation du Tribunal administratif fédéral et à un aval politique ; exploration du réseau câblé sur le trafic transfrontalier.',
    },
    ch_bupf: {
      name: 'Loi fédérale sur la surveillance de la correspondance par poste et télécommunication (LSCPT / BÜPF)',
      summary:
        'Surveillance dans le cadre d’une procédure pénale, ordonnée par le ministère public et autorisée par le tribunal des mesures de contrainte.',
      appliesTo:
        'Fournisseurs de services de télécommunication et certains fournisseurs de services en ligne.',
    },
    in_it_act_69: {
      name: 'Information Technology Act 2000, section 69 (et ses Rules de 2009)',
      summary:
        'Permet aux agences habilitées d’ordonner l’interception, la surveillance ou le déchiffrement de toute information contenue dans une ressource informatique ; les fournisseurs doivent prêter leur concours.',
      appliesTo: 'Tout intermédiaire ou détenteur des données en Inde.',
    },
    in_telecom_2023: {
      name: 'Telecommunications Act 2023 (remplaçant le Telegraph Act 1885, s.5(2))',
      summary:
        'Interception de messages pour des motifs d’urgence publique ou de sécurité publique, sur ordre de l’exécutif.',
    },
    in_dpdp_17: {
      name: 'Digital Personal Data Protection Act 2023, section 17',
      summary:
        'Le gouvernement peut exempter ses organismes de l’application de la loi pour des motifs de souveraineté, de sécurité et d’ordre public.',
    },
    cn_nil_7: {
      name: 'Loi sur le renseignement national de 2017, article 7',
      summary:
        'Toute organisation et tout citoyen doivent soutenir et assister le travail de renseignement national, y coopérer et en garder le secret.',
      appliesTo: 'Toute organisation en Chine.',
    },
    cn_csl_dsl: {
      name: 'Loi sur la cybersécurité de 2017 et loi sur la sécurité des données de 2021',
      summary:
        'Les opérateurs de réseau doivent apporter un soutien technique aux organes de sécurité publique et de sécurité de l’État ; localisation des données importantes.',
    },
    cn_counter_espionage: {
      name: 'Loi sur le contre-espionnage (modifiée en 2023)',
      summary:
        'Larges pouvoirs d’accès aux données et aux équipements électroniques dans les enquêtes d’espionnage.',
    },
    br_9296: {
      name: 'Loi 9.296/1996 (interceptions téléphoniques et télématiques)',
      summary:
        'Interceptions uniquement sur décision judiciaire, pour les enquêtes ou poursuites pénales relatives à des infractions graves.',
    },
    br_marco_civil: {
      name: 'Marco Civil da Internet (loi 12.965/2014)',
      summary:
        'Les fournisseurs doivent conserver les journaux de connexion et d’accès aux applications, et ne communiquer ces journaux, ou les contenus, que sur décision judiciaire.',
      appliesTo: 'Fournisseurs de connexion à Internet et d’applications Internet.',
    },
    br_abin: {
      name: 'Loi 9.883/1999 (Système brésilien de renseignement, ABIN)',
      summary:
        'Activité de renseignement sans pouvoir d’interception propre ; l’accès aux données suit les règles générales.',
    },
    jp_interception: {
      name: 'Loi sur l’interception des communications dans les enquêtes pénales (1999)',
      summary:
        'Interceptions uniquement sur mandat judiciaire, pour des infractions graves énumérées par la loi.',
    },
    jp_voluntary: {
      name: 'Demandes de communication volontaire (code de procédure pénale, art. 197, al. 2)',
      summary:
        'La police peut demander aux entreprises de communiquer des données à titre volontaire ; l’APPI limite ces communications.',
    },
    kr_cppa: {
      name: 'Loi sur la protection du secret des communications (Communications Privacy Protection Act)',
      summary:
        'Les interceptions nécessitent une autorisation judiciaire ; pour la sécurité nationale, les communications d’étrangers peuvent être interceptées avec l’approbation du Président.',
    },
    kr_nis: {
      name: 'Loi sur le National Intelligence Service (NIS)',
      summary:
        'Les pouvoirs de renseignement du NIS, limités par la loi et soumis au contrôle de l’Assemblée nationale.',
    },
    il_wiretap: {
      name: 'Loi sur les écoutes de 1979 (Wiretap Law)',
      summary:
        'Interceptions de sécurité autorisées par un ministre ; les interceptions à des fins répressives nécessitent une décision judiciaire.',
    },
    il_comm_data: {
      name: 'Loi sur les données de communication de 2007 (Communications Data Law)',
      summary:
        'Accès de la police aux données de communication détenues par les fournisseurs de télécommunications, en principe sur décision judiciaire.',
      appliesTo: 'Fournisseurs de télécommunications.',
    },
    il_gss: {
      name: 'Loi sur le Service général de sécurité de 2002 (General Security Service Law)',
      summary:
        'Le Shin Bet peut obtenir des fournisseurs des données de communication avec l’autorisation du Premier ministre.',
    },
    ae_pdpl: {
      name: 'Décret-loi fédéral 45/2021 (PDPL)',
      summary:
        'La loi fédérale sur la protection des données ; les données publiques et les autorités de sécurité sont exclues de son champ d’application.',
    },
    ae_cybercrime: {
      name: 'Décret-loi fédéral 34/2021 relatif à la lutte contre les rumeurs et la cybercriminalité',
      summary: 'Larges pouvoirs d’enquête sur les informations électroniques et les fournisseurs.',
    },
  },
  sources: {
    'European Commission, adequacy decisions page': 'Commission européenne, page des décisions d’adéquation',
    'Privacy Workbench legal reference, §5.2 (compiled November 2026)':
      'Référentiel juridique de Privacy Workbench, §5.2 (établi en novembre 2026)',
    'Commission Implementing Decision (EU) 2023/1795': 'Décision d’exécution (UE) 2023/1795 de la Commission',
    'General Court, T-553/23 Latombe v Commission, 3 September 2025; appeal C-703/25 P':
      'Tribunal, T-553/23, Latombe/Commission, 3 septembre 2025 ; pourvoi C-703/25 P',
    'Data Privacy Framework List': 'Liste du Data Privacy Framework',
    'Swiss Federal Council: Swiss-US DPF effective 15 September 2024 (Data Protection Ordinance, Annex 1)':
      'Conseil fédéral suisse : DPF Suisse-États-Unis applicable depuis le 15 septembre 2024 (ordonnance sur la protection des données, annexe 1)',
    'FISA section 702, 50 U.S.C. §1881a': 'FISA section 702, 50 U.S.C. §1881a',
    'Executive Order 12333': 'Executive Order 12333',
    'Executive Order 14086 of 7 October 2022': 'Executive Order 14086 du 7 octobre 2022',
    'Commission Implementing Decision (EU) 2023/1795, recitals on US law':
      'Décision d’exécution (UE) 2023/1795 de la Commission, considérants relatifs au droit américain',
    'CJEU C-311/18 (Schrems II), 16 July 2020': 'Cour de justice, C-311/18 (Schrems II), 16 juillet 2020',
    'EDPB Recommendations 02/2020 on the European Essential Guarantees for surveillance measures':
      'Recommandations 02/2020 du CEPD sur les garanties essentielles européennes pour les mesures de surveillance',
    'EDPB Recommendations 01/2020 on supplementary measures, v2.0 (18 June 2021)':
      'Recommandations 01/2020 du CEPD sur les mesures qui complètent les instruments de transfert, version 2.0 (18 juin 2021)',
    'Commission Implementing Decision (EU) 2021/1772 and its renewal of 19 December 2025':
      'Décision d’exécution (UE) 2021/1772 de la Commission et son renouvellement du 19 décembre 2025',
    'Investigatory Powers Act 2016': 'Investigatory Powers Act 2016',
    'DPA 2018 s.119A; ICO international transfers guidance':
      'DPA 2018 s.119A ; lignes directrices de l’ICO sur les transferts internationaux',
    'Commission Decision 2000/518/EC': 'Décision 2000/518/CE de la Commission',
    'FADP SR 235.1 Art. 16 and Data Protection Ordinance SR 235.11 Annex 1':
      'LPD (RS 235.1), art. 16, et ordonnance sur la protection des données (RS 235.11), annexe 1',
    'Intelligence Service Act (SR 121); SPTA (SR 780.1)':
      'Loi fédérale sur le renseignement (RS 121) ; LSCPT (RS 780.1)',
    'Information Technology Act 2000, s.69; IT (Interception) Rules 2009':
      'Information Technology Act 2000, s.69 ; IT (Interception) Rules 2009',
    'Telecommunications Act 2023': 'Telecommunications Act 2023',
    'Digital Personal Data Protection Act 2023': 'Digital Personal Data Protection Act 2023',
    'National Intelligence Law of the PRC (2017)': 'Loi sur le renseignement national de la RPC (2017)',
    'Cybersecurity Law (2017); Data Security Law (2021); PIPL (2021)':
      'Loi sur la cybersécurité (2017) ; loi sur la sécurité des données (2021) ; PIPL (2021)',
    'European Commission: adequacy process for Brazil started in 2025, status to be checked':
      'Commission européenne : procédure d’adéquation pour le Brésil engagée en 2025, état à vérifier',
    'Law 9.296/1996; Law 12.965/2014; Law 9.883/1999': 'Loi 9.296/1996 ; loi 12.965/2014 ; loi 9.883/1999',
    'LGPD Lei 13.709/2018': 'LGPD, Lei 13.709/2018',
    'Commission Implementing Decision (EU) 2019/419 and its Annex II':
      'Décision d’exécution (UE) 2019/419 de la Commission et son annexe II',
    'Act on the Protection of Personal Information (APPI)':
      'Loi sur la protection des informations personnelles (APPI)',
    'Commission Implementing Decision (EU) 2022/254': 'Décision d’exécution (UE) 2022/254 de la Commission',
    'Personal Information Protection Act; Communications Privacy Protection Act':
      'Personal Information Protection Act ; Communications Privacy Protection Act',
    'Commission Decision 2011/61/EU': 'Décision 2011/61/UE de la Commission',
    'Protection of Privacy Law 5741-1981 (Amendment 13)':
      'Loi sur la protection de la vie privée 5741-1981 (amendement 13)',
    'Wiretap Law 1979; Communications Data Law 2007; GSS Law 2002':
      'Wiretap Law 1979 ; Communications Data Law 2007 ; GSS Law 2002',
    'Federal Decree-Law 45/2021; Federal Decree-Law 34/2021':
      'Décret-loi fédéral 45/2021 ; décret-loi fédéral 34/2021',
    'DIFC Data Protection Law No. 5 of 2020; ADGM Data Protection Regulations 2021':
      'DIFC Data Protection Law n° 5 de 2020 ; ADGM Data Protection Regulations 2021',
  },
}

/** The built-in pack's texts per language; English is the pack itself. */
export const BUILTIN_PACK_TEXT: Record<Exclude<Language, 'en'>, PackText> = { it, fr }
