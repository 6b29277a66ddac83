import { Loader, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useProfile } from '../../api/useWorkspace'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { ProfileForm } from './ProfileForm'

export function OrganisationPage() {
  const { t } = useTranslation()
  const profile = useProfile()
  return (
    <Stack gap="lg" maw={1100}>
      <PageTitle title={t('profile.title')} intro={t('profile.intro')} />
      {profile.isPending && <Loader />}
      <ErrorAlert error={profile.error} />
      {profile.data && <ProfileForm profile={profile.data} />}
    </Stack>
  )
}
