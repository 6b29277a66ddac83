import type { z } from 'zod'
import { issueKey } from '../../../shared/i18n/zodIssue'

/**
 * Per-parse error map for zodResolver: issues without a key of their own (wrong type, missing value)
 * still get an i18n key, so the form never shows zod's English default text.
 */
export const keyedErrors = {
  error: (issue: z.core.$ZodRawIssue) => issueKey({ code: issue.code, message: '', input: issue.input }),
}
