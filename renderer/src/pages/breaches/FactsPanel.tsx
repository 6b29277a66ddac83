import { Button, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core'
import { labelled } from '../../../../shared/format/labelled'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BreachDetail } from '../../../../shared/domain/breach/views'
import { formatDateTime } from '../../../../shared/format/dateTime'
import { BreachForm } from './BreachForm'
import { breachFormFromRecord, breachInputFromForm } from './breachFormValues'
import { useBreachWrite } from './breachApi'

/** The incident record, read-only, with an editor in a dialog. */
export function FactsPanel({ d }: { d: BreachDetail }) {
  const { t, i18n } = useTranslation('breach')
  const [editing, setEditing] = useState(false)
  const update = useBreachWrite('breach.update', () => setEditing(false))
  const b = d.breach
  const when = (iso?: string) => (iso ? formatDateTime(iso, d.timeZone, i18n.language) : '')
  const rows: [string, string | undefined][] = [
    [t('report.fields.discovered'), [when(b.discoveredAt), b.discoveryHow].filter(Boolean).join(' — ')],
    [t('report.fields.aware'), [when(b.awareAt), b.awareBy, b.awareReasoning].filter(Boolean).join(' — ')],
    [t('report.fields.processorAware'), when(b.processorAwareAt)],
    [t('report.fields.period'), [when(b.startedAt), b.ongoing ? t('report.ongoing') : when(b.endedAt)].filter(Boolean).join(' → ')],
    [t('report.fields.nature'), b.natures.map((n) => t(`labels.nature.${n}`)).join(', ')],
    [
      t('report.fields.cause'),
      b.causeKind && b.cause ? labelled(i18n.language, t(`labels.causeKind.${b.causeKind}`), b.cause) : b.causeKind ? t(`labels.causeKind.${b.causeKind}`) : (b.cause ?? ''),
    ],
    [t('report.fields.subjects'), [b.subjectCategories.join('; '), b.subjectCount?.toString()].filter(Boolean).join(' — ')],
    [
      t('report.fields.records'),
      [b.dataCategories.map((c) => (c.special ? `${c.name} (${t('report.special')})` : c.name)).join('; '), b.recordCount?.toString()]
        .filter(Boolean)
        .join(' — '),
    ],
    [t('report.fields.countries'), b.subjectCountries.join(', ')],
    [t('report.fields.role'), [t(`labels.role.${b.role}`), b.controllerName].filter(Boolean).join(' — ')],
    [t('report.fields.consequences'), b.likelyConsequences],
    [t('report.fields.contact'), [b.contact.name, b.contact.email, b.contact.phone].filter(Boolean).join(', ')],
    [t('report.fields.authority'), d.authority ? `${d.authority.name} (${d.authority.code})` : undefined],
  ]
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs" verticalSpacing="xs">
        {rows.map(([label, value]) => (
          <Stack key={label} gap={0}>
            <Text size="xs" c="dimmed" fw={600}>
              {label}
            </Text>
            <Text size="sm">{value || '—'}</Text>
          </Stack>
        ))}
      </SimpleGrid>
      <Group>
        <Button variant="default" onClick={() => setEditing(true)} data-testid="edit-breach">
          {t('ui.facts.edit')}
        </Button>
      </Group>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('ui.facts.editTitle', { ref: b.ref })} size="xl">
        {editing && (
          <BreachForm
            initial={breachFormFromRecord(b, d.timeZone)}
            timeZone={d.timeZone}
            submitLabel={t('ui.facts.save')}
            pending={update.isPending}
            error={update.error}
            onSubmit={(v) => update.mutate({ ...breachInputFromForm(v, d.timeZone, b), id: b.id })}
            onCancel={() => setEditing(false)}
          />
        )}
      </Modal>
    </Stack>
  )
}
