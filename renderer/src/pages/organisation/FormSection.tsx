import { Paper, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

export function FormSection({
  title,
  intro,
  children,
}: {
  title: string
  intro?: string
  children: ReactNode
}) {
  return (
    <Paper withBorder p="lg" component="fieldset" style={{ minWidth: 0 }}>
      <Stack gap="md">
        <div>
          <Title order={3} size="h4" component="legend" style={{ float: 'left', width: '100%', padding: 0 }}>
            {title}
          </Title>
          {intro && (
            <Text size="sm" c="dimmed" style={{ clear: 'both' }} pt={4}>
              {intro}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  )
}
