import { ActionIcon, Button, Checkbox, Group, Popover, Stack, Text } from '@mantine/core'
import type { Table } from '@tanstack/react-table'
import { useTranslation } from 'react-i18next'
import { ColumnsIcon } from '../icons'
import { columnLabel } from './columnLabel'

/** Show/hide columns and move them left or right; the table remembers the choice. */
export function ColumnsMenu<T>({ table, onReset }: { table: Table<T>; onReset: () => void }) {
  const { t } = useTranslation()
  const columns = table.getAllLeafColumns()
  const move = (index: number, by: -1 | 1) => {
    const order = columns.map((c) => c.id)
    const target = index + by
    if (target < 0 || target >= order.length) return
    ;[order[index], order[target]] = [order[target], order[index]]
    table.setColumnOrder(order)
  }
  return (
    <Popover position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Button variant="default" leftSection={<ColumnsIcon />}>
          {t('table.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6} miw={260}>
          <Text size="xs" c="dimmed">
            {t('table.columnsHelp')}
          </Text>
          {columns.map((column, i) => {
            const label = columnLabel(column)
            return (
              <Group key={column.id} justify="space-between" wrap="nowrap" gap="xs">
                <Checkbox
                  label={label}
                  checked={column.getIsVisible()}
                  disabled={!column.getCanHide()}
                  onChange={column.getToggleVisibilityHandler()}
                />
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    size="sm"
                    aria-label={t('table.moveLeft', { column: label })}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                  >
                    ←
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    size="sm"
                    aria-label={t('table.moveRight', { column: label })}
                    disabled={i === columns.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    →
                  </ActionIcon>
                </Group>
              </Group>
            )
          })}
          <Button variant="subtle" size="xs" onClick={onReset}>
            {t('table.resetColumns')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
