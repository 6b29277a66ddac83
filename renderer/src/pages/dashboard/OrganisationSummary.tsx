import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrganisationProfile } from '../../../../shared/domain/organisation'
import { isEea } from '../../../../shared/reference/countries'
import { useApiQuery } from '../../api/queries'
import { countryName } from '../../format/countryName'

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  )
}

export function OrganisationSummary({ profile }: { profile: OrganisationProfile }) {
  const { t, i18n } = useTranslation()
  const authorities = useApiQuery('reference.authorities', {})
  const authority = authorities.data?.find((a) => a.code === profile.leadAuthority)
  const dpo = profile.dpo.appointed
    ? t('dashboard.org.dpoAppointed', { name: profile.dpo.name || profile.dpo.email })
    : t('dashboard.org.dpoNotAppointed')

  return (
    <Card withBorder padding="lg" data-testid="organisation-summary">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4">
              {profile.legalName}
            </Title>
            {profile.tradingName && <Text c="dimmed">{profile.tradingName}</Text>}
          </div>
          <Button component={Link} to="/settings/organisation" variant="default" size="xs">
            {t('dashboard.org.edit')}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <Fact label={t('dashboard.org.country')}>
            {countryName(profile.country, i18n.language)}
            {!isEea(profile.country) && ` · ${t('dashboard.org.outsideEea')}`}
          </Fact>
          <Fact label={t('dashboard.org.timeZone')}>{profile.timeZone}</Fact>
          <Fact label={t('dashboard.org.language')}>{t(`languages.${profile.language}`)}</Fact>
          <Fact label={t('dashboard.org.authority')}>{authority?.name ?? t('dashboard.org.none')}</Fact>
          <Fact label={t('dashboard.org.dpo')}>{dpo}</Fact>
          <Fact label={t('dashboard.org.contact')}>{profile.contactEmail ?? t('dashboard.org.none')}</Fact>
        </SimpleGrid>
        <Group gap="xs">
          {profile.roles.map((r) => (
            <Badge key={r} variant="light">
              {t(`roles.${r}`)}
            </Badge>
          ))}
          {profile.regimes.map((r) => (
            <Badge key={r} variant="outline" color="gray">
              {t(`regimes.${r}`)}
            </Badge>
          ))}
        </Group>
      </Stack>
    </Card>
  )
}
