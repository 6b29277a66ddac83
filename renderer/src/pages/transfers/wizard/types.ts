import type { TiaContent } from '../../../../../shared/domain/transfers/tia'

/** What every wizard step receives: the answers so far, a way to change one step, and field errors. */
export interface StepProps {
  content: TiaContent
  update: <K extends keyof TiaContent>(step: K, patch: Partial<TiaContent[K]>) => void
  err: (path: string) => string | undefined
}
