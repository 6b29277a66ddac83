import { Alert, Code, Stack } from '@mantine/core'
import type { ReactNode } from 'react'

/** "Written" confirmation of a file the backend wrote (a PDF, an export): the full path, wrapped, never cut. */
export function WrittenFile({ title, path, children, 'data-testid': testId }: { title: string; path: string; children?: ReactNode; 'data-testid'?: string }) {
  return (
    <Alert color="green" variant="light" title={title} data-testid={testId}>
      <Stack gap={4}>
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {path}
        </Code>
        {children}
      </Stack>
    </Alert>
  )
}
