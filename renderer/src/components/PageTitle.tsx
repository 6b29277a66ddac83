import { Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

export function PageTitle({
  title,
  intro,
  children,
}: {
  title: string
  intro?: string
  children?: ReactNode
}) {
  return (
    <Stack gap={4}>
      <Title order={2}>{title}</Title>
      {intro && (
        <Text c="dimmed" maw={760}>
          {intro}
        </Text>
      )}
      {children}
    </Stack>
  )
}
