// Why a transfer needs a transfer impact assessment or not, and what each answer rests on. Its own file,
// free of the country data, because the English catalogue cites these (the screens show the citation).

export type TiaReason =
  | 'eea'
  | 'adequacy'
  | 'dpf'
  | 'derogation'
  | 'art46'
  | 'no_tool'
  | 'dpf_unchecked'
  | 'adequacy_not_available'
  | 'onward'

export const TIA_REASON_ARTICLE: Record<TiaReason, string> = {
  eea: 'Art. 44 GDPR',
  adequacy: 'Art. 45 GDPR',
  dpf: 'Art. 45 GDPR; Decision (EU) 2023/1795',
  derogation: 'Art. 49 GDPR; EDPB Guidelines 2/2018',
  art46: 'Art. 46 GDPR; CJEU C-311/18; SCC 2021/914 clause 14; EDPB Rec. 01/2020',
  no_tool: 'Art. 44, 46 GDPR',
  dpf_unchecked: 'Decision (EU) 2023/1795 (only organisations on the DPF List)',
  adequacy_not_available: 'Art. 45 GDPR',
  onward: 'Art. 44 GDPR (onward transfers); EDPB Rec. 01/2020 step 1',
}
