import type { TransferFindingCode } from '../../domain/transfers/finding'

// What each transfer finding rests on (Chapter V GDPR, the DPF and SCC decisions, EDPB Recommendations
// 01/2020). The findings carry it, and the English catalogue shows it as written here.
export const TRANSFER_FINDING_ARTICLE: Record<TransferFindingCode, string> = {
  noTool: 'Art. 44, 46 GDPR',
  dpfNotUs: 'Decision (EU) 2023/1795',
  dpfWithoutCheck: 'Decision (EU) 2023/1795 (DPF List only)',
  dpfNotCertified: 'Decision (EU) 2023/1795',
  dpfCheckOld: 'DPF Principles (annual re-certification)',
  adequacyNotAvailable: 'Art. 45 GDPR',
  sccModuleMismatch: 'Decision (EU) 2021/914',
  sccWithoutTia: 'Art. 46 GDPR; CJEU C-311/18; SCC 2021/914 clause 14',
  tiaReviewOverdue: 'EDPB Rec. 01/2020 step 6',
  vendorCountryChanged: 'EDPB Rec. 01/2020 steps 1 and 6',
  onwardWithoutTool: 'Art. 44 GDPR (onward transfers)',
}
