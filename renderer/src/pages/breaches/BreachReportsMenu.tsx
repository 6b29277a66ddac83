import { Button, Menu } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'

const ITEMS = [
  { type: 'breach-case', lang: undefined, key: 'case' },
  { type: 'breach-sa-draft', lang: undefined, key: 'saDraft' },
  { type: 'breach-subject-draft', lang: 'en', key: 'subjectDraftEn' },
  { type: 'breach-subject-draft', lang: 'it', key: 'subjectDraftIt' },
  { type: 'breach-subject-draft', lang: 'fr', key: 'subjectDraftFr' },
] as const

/** The per-incident PDFs: report, authority draft, and the message to the people in English, Italian or French. */
export function BreachReportsMenu({ breachId }: { breachId: string }) {
  const { t } = useTranslation('breach')
  const make = useMutation({
    mutationFn: (i: (typeof ITEMS)[number]) => call('report.create', { type: i.type, caseId: breachId, ...(i.lang ? { lang: i.lang } : {}) }),
    onSuccess: (r) => notifications.show({ color: 'green', title: t('ui.reports.written'), message: r.path }),
    onError: (e) => notifications.show({ color: 'red', title: t('ui.reports.failed'), message: e instanceof Error ? e.message : String(e) }),
  })
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" loading={make.isPending}>
          {t('ui.reports.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {ITEMS.map((i) => (
          <Menu.Item key={i.key} onClick={() => make.mutate(i)}>
            {t(`ui.reports.${i.key}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
