import { Loader, Stack } from '@mantine/core'
import { useNavigate } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { BreachForm } from './BreachForm'
import { breachInputFromForm, emptyBreachForm } from './breachFormValues'
import { useBreachList, useBreachWrite } from './breachApi'

/** "New breach": the few facts needed to start the clocks now; the rest can follow. */
export function NewBreachPage() {
  const { t } = useTranslation('breach')
  const navigate = useNavigate()
  // The list gives the core's now and the organisation's zone for the defaults.
  const list = useBreachList()
  const create = useBreachWrite('breach.create', (d) => void navigate({ to: `/breaches/${d.breach.id}` }))
  return (
    <Stack gap="md">
      <PageTitle title={t('ui.new.title')} intro={t('ui.new.intro')} />
      <ErrorAlert error={list.error} />
      {list.isPending && <Loader />}
      {list.data && (
        <BreachForm
          initial={emptyBreachForm(list.data.now, list.data.timeZone)}
          timeZone={list.data.timeZone}
          submitLabel={t('ui.new.submit')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(v) => create.mutate(breachInputFromForm(v, list.data.timeZone))}
          onCancel={() => void navigate({ to: '/breaches' })}
        />
      )}
    </Stack>
  )
}
