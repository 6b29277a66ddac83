import { Alert, Code, Drawer, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AuditEntry } from '../../../../shared/domain/audit'
import { formatInstant } from '../../format/formatInstant'

const isBeforeAfter = (p: unknown): p is { before?: unknown; after?: unknown } =>
  typeof p === 'object' && p !== null && ('before' in p || 'after' in p)

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <Stack gap={4}>
      <Title order={4} size="h6">
        {label}
      </Title>
      <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {value === undefined || value === null ? '—' : JSON.stringify(value, null, 2)}
      </Code>
    </Stack>
  )
}

export function AuditEntryDrawer({
  entry,
  timeZone,
  onClose,
}: {
  entry: AuditEntry | null
  timeZone: string
  onClose: () => void
}) {
  const { t, i18n } = useTranslation()
  const when = (iso: string) => formatInstant(iso, timeZone, i18n.language)
  return (
    <Drawer
      opened={entry !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={entry ? t('audit.drawer.title', { id: entry.id }) : ''}
    >
      {entry && (
        <Stack gap="md" data-testid="audit-drawer">
          <Text size="sm">
            {t('audit.drawer.summary', {
              when: when(entry.at),
              actor: entry.actor,
              action: t(`audit.actions.${entry.action}`, { defaultValue: entry.action }),
              entity: entry.entity,
              entityId: entry.entityId,
            })}
          </Text>
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {t('audit.drawer.hash', { hash: entry.hash })}
          </Text>
          {entry.redactedAt ? (
            <Alert color="gray" variant="light" title={t('audit.drawer.redactedTitle')}>
              {t('audit.drawer.redacted', { when: when(entry.redactedAt) })}
            </Alert>
          ) : isBeforeAfter(entry.payload) ? (
            <>
              <Json label={t('audit.drawer.before')} value={entry.payload.before} />
              <Json label={t('audit.drawer.after')} value={entry.payload.after} />
            </>
          ) : (
            <Json label={t('audit.drawer.payload')} value={entry.payload} />
          )}
        </Stack>
      )}
    </Drawer>
  )
}
