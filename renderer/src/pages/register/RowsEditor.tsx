import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A list of small forms (purposes, data categories, recipients…): one card per item with a remove
 * button, and an "Add" button below. Items are edited through `onChange` with the whole new list.
 */
export function RowsEditor<T>({
  items,
  onChange,
  render,
  make,
  addLabel,
  emptyText,
  testId,
}: {
  items: T[]
  onChange: (next: T[]) => void
  render: (item: T, update: (patch: Partial<T>) => void, index: number) => ReactNode
  make: () => T
  addLabel: string
  emptyText?: string
  testId: string
}) {
  const { t } = useTranslation('register')
  const update = (i: number) => (patch: Partial<T>) => onChange(items.map((x, j) => (j === i ? { ...x, ...patch } : x)))
  return (
    <Stack gap="xs" data-testid={testId}>
      {items.length === 0 && emptyText && (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      )}
      {items.map((item, i) => (
        <Paper key={i} withBorder p="sm" radius="sm" data-testid={`${testId}-${i}`}>
          <Group align="flex-start" wrap="nowrap" gap="sm">
            <Stack gap="xs" style={{ flex: 1 }}>
              {render(item, update(i), i)}
            </Stack>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('ui.rows.remove', { n: i + 1 })}
              onClick={() => onChange(items.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={() => onChange([...items, make()])} data-testid={`${testId}-add`}>
          {addLabel}
        </Button>
      </Group>
    </Stack>
  )
}
