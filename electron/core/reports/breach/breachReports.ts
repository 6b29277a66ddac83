import { registerReport } from '../registry'
import { renderBreachCase } from './breachCaseReport'
import { renderSaDraft, renderSubjectDraft } from './breachDrafts'
import { renderBreachRegister } from './breachRegisterReport'

// The breach module's report types (BREACH_REPORTS in shared/ipc/channels/breach.ts).
registerReport('breach', renderBreachRegister)
registerReport('breach-case', renderBreachCase)
registerReport('breach-sa-draft', renderSaDraft)
registerReport('breach-subject-draft', renderSubjectDraft)
