import { Badge, Button, Group, Loader, Stack } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import { useNavigate } from '@tanstack/react-router'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { VendorSummary } from '../../../../shared/domain/register/vendor'
import { DataTable } from '../../components/DataTable'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { countryName } from '../../format/countryName'
import { useVendors } from './registerApi'
import { RegisterImportExport } from './RegisterImportExport'
import { RegisterTabs } from './RegisterTabs'

/** Vendors and other recipients outside the organisation: role, country, DPA, how many activities use them. */
export function VendorsPage() {
  const { t, i18n } = useTranslation('register')
  const navigate = useNavigate()
  const list = useVendors()
  const lang = i18n.language
  const columns = useMemo<ColumnDef<VendorSummary>[]>(
    () => [
      { id: 'name', accessorKey: 'name', header: t('ui.vendors.col.name'), size: 240 },
      {
        id: 'role',
        accessorKey: 'role',
        header: t('ui.vendors.col.role'),
        size: 170,
        meta: { text: (v) => t(`vendorRoles.${v as string}`) },
        cell: (c) => t(`vendorRoles.${c.getValue<string>()}`),
      },
      {
        id: 'country',
        accessorKey: 'country',
        header: t('ui.vendors.col.country'),
        size: 160,
        meta: { text: (v) => `${countryName(v as string, lang)} ${v as string}` },
        cell: (c) => countryName(c.getValue<string>(), lang),
      },
      {
        id: 'locations',
        accessorFn: (r) => r.dataLocations,
        header: t('ui.vendors.col.locations'),
        size: 170,
        enableSorting: false,
        meta: { text: (v) => (v as string[]).map((x) => `${countryName(x, lang)} ${x}`).join(', ') },
        cell: (c) => c.getValue<string[]>().map((x) => countryName(x, lang)).join(', '),
      },
      {
        id: 'services',
        accessorFn: (r) => r.services,
        header: t('ui.vendors.col.services'),
        size: 240,
        enableSorting: false,
        meta: { text: (v) => (v as string[]).join(', ') },
        cell: (c) => c.getValue<string[]>().join(', '),
      },
      {
        id: 'dpa',
        accessorKey: 'dpaSigned',
        header: t('ui.vendors.col.dpa'),
        size: 90,
        meta: { text: (v) => (v ? t('ui.yes') : t('ui.no')) },
        cell: (c) => (
          <Badge color={c.getValue<boolean>() ? 'green' : 'gray'} variant="light">
            {c.getValue<boolean>() ? t('ui.yes') : t('ui.no')}
          </Badge>
        ),
      },
      { id: 'activities', accessorKey: 'activityCount', header: t('ui.vendors.col.activities'), size: 100 },
    ],
    [t, lang],
  )
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <PageTitle title={t('ui.vendors.title')} intro={t('ui.vendors.intro')} />
        <Group gap="sm">
          <RegisterImportExport />
          <Button onClick={() => void navigate({ to: '/register/vendors/new' })} data-testid="new-vendor">
            {t('ui.vendors.new')}
          </Button>
        </Group>
      </Group>
      <RegisterTabs active="vendors" />
      <ErrorAlert error={list.error} />
      {list.isPending && <Loader />}
      {list.data && (
        <DataTable
          tableId="register-vendors"
          columns={columns}
          data={list.data}
          getRowId={(r) => r.id}
          onRowClick={(r) => void navigate({ to: `/register/vendors/${r.id}` })}
          emptyText={t('ui.vendors.empty')}
        />
      )}
    </Stack>
  )
}
