import { Anchor, Badge, Card, List, Stack, Text, Title } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import type { LinkingBreach } from '../../../../shared/domain/register/dependents'

// The "what depends on it" card of the vendor and activity pages: one frame, one block shape, one way
// to list the breaches that name the entry.

export function DependentsCard({
  testId,
  title,
  empty,
  children,
}: {
  testId: string
  title: string
  empty?: string
  children: ReactNode
}) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {title}
        </Title>
        {empty && (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        )}
        {children}
      </Stack>
    </Card>
  )
}

/** A titled list of dependents, with an optional note under it. */
export function DependentsBlock({
  title,
  note,
  children,
}: {
  title?: string
  note?: string
  children: ReactNode
}) {
  return (
    <Stack gap={4}>
      {title && (
        <Text size="sm" fw={500}>
          {title}
        </Text>
      )}
      <List spacing={4} size="sm">
        {children}
      </List>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Stack>
  )
}

/** Breaches by title (linking to each), their reference, and a badge on drills. */
export function BreachItems({
  breaches,
  drillLabel,
  testId,
}: {
  breaches: readonly LinkingBreach[]
  drillLabel: string
  testId: string
}) {
  return breaches.map((b) => (
    <List.Item key={b.id}>
      <Anchor component={Link} to={`/breaches/${b.id}`} data-testid={testId}>
        {b.title}
      </Anchor>{' '}
      <Text span size="xs" c="dimmed">
        ({b.ref})
      </Text>
      {b.drill && (
        <Badge ml={6} size="xs" variant="light" color="grape" data-testid={`${testId}-drill`}>
          {drillLabel}
        </Badge>
      )}
    </List.Item>
  ))
}
