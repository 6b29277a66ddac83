import type { z } from 'zod'

/** The i18n key (in the common namespace) for a zod issue: our schemas carry keys as messages. */
export function issueKey(issue: Pick<z.core.$ZodIssue, 'code' | 'message'> & { input?: unknown }): string {
  // 'validation.x' (common) or a module's own 'breach:validation.x' (namespace prefix).
  if (/^([a-z]+:)?validation\./.test(issue.message)) return issue.message
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'validation.required' : 'validation.invalid'
    case 'too_small':
      return 'validation.tooShort'
    case 'too_big':
      return 'validation.tooLong'
    default:
      return 'validation.invalid'
  }
}

/** Field path -> i18n key, first problem per field (what a form shows). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_'
    if (!(path in out)) out[path] = issueKey(issue as Parameters<typeof issueKey>[0])
  }
  return out
}
