import { Alert, Button, Code, Group, Menu, Modal, Stack, Text } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type {
  ExportResult,
  ImportResult,
  RegisterFileType,
} from '../../../../shared/domain/register/importExport'
import type { DialogFileKind } from '../../../../shared/ipc/contract'
import { call } from '../../api/client'
import { invalidateWorkspaceQueries } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PathText } from '../../components/PathText'
import { ImportCounts, ImportErrors, ImportNotes, importTotals } from './ImportResultView'

// Import and export of the register as XLSX or CSV (docs/register-import-format.md). The host's dialogs
// give the paths; an import is always checked first (a dry run) and applied only on Confirm.

const IMPORT_KINDS: DialogFileKind[] = ['xlsx', 'csv']
const IMPORTS = [
  { type: 'activities', key: 'importActivities' },
  { type: 'vendors', key: 'importVendors' },
] as const
const EXPORTS = [
  { type: 'activities', kind: 'xlsx', key: 'exportActivitiesXlsx' },
  { type: 'activities', kind: 'csv', key: 'exportActivitiesCsv' },
  { type: 'vendors', kind: 'xlsx', key: 'exportVendorsXlsx' },
  { type: 'vendors', kind: 'csv', key: 'exportVendorsCsv' },
  // An empty register to send a client: their spreadsheet then imports as it is.
  { type: 'activities', kind: 'xlsx', key: 'exportTemplate', template: true },
] as const

interface ImportRun {
  type: RegisterFileType
  path: string
  result: ImportResult
}
type Outcome =
  | { step: 'exported'; type: RegisterFileType; template: boolean; result: ExportResult }
  | ({ step: 'checked' | 'imported' } & ImportRun)
  | { step: 'failed'; title: string; error: unknown }

/** The Import… and Export… menus of the register's list pages, and the dialog showing what happened. */
export function RegisterImportExport() {
  const { t } = useTranslation('register')
  // The last outcome stays while the dialog animates closed, so its content does not flash away.
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [opened, setOpened] = useState(false)
  const show = (o: Outcome) => {
    setOutcome(o)
    setOpened(true)
  }
  const failed = (title: string) => (error: unknown) => show({ step: 'failed', title, error })

  const exportFile = useMutation({
    mutationFn: async ({
      type,
      kind,
      template = false,
    }: {
      type: RegisterFileType
      kind: DialogFileKind
      template?: boolean
    }) => {
      const { path } = await call('dialog.chooseExportPath', {
        suggestedName: t(`ui.io.fileName.${template ? 'template' : type}`),
        kind,
      })
      return path ? { type, template, result: await call('register.export', { path, type, template }) } : null
    },
    onSuccess: (r) => r && show({ step: 'exported', ...r }),
    onError: failed(t('ui.io.exportFailed')),
  })
  // Choose a file and dry-run it: every row is checked, nothing is written.
  const check = useMutation({
    mutationFn: async (type: RegisterFileType): Promise<ImportRun | null> => {
      const { path } = await call('dialog.chooseImportFile', { kinds: IMPORT_KINDS })
      return path ? { type, path, result: await call('register.import', { path, type, dryRun: true }) } : null
    },
    onSuccess: (r) => r && show({ step: 'checked', ...r }),
    onError: failed(t('ui.io.importFailed')),
  })
  // The core checks every row again and applies all of them or none (the file may have changed since).
  const apply = useMutation({
    mutationFn: async ({ type, path }: Omit<ImportRun, 'result'>): Promise<ImportRun> => ({
      type,
      path,
      result: await call('register.import', { path, type, dryRun: false }),
    }),
    onSuccess: async (r) => {
      if (r.result.applied) await invalidateWorkspaceQueries()
      show({ step: r.result.applied ? 'imported' : 'checked', ...r })
    },
    onError: failed(t('ui.io.importFailed')),
  })

  const close = () => {
    setOpened(false)
    apply.reset()
  }
  const title =
    outcome?.step === 'failed'
      ? outcome.title
      : outcome?.step === 'exported'
        ? t('ui.io.exportTitle')
        : outcome?.step === 'imported'
          ? t('ui.io.importedTitle')
          : t('ui.io.importTitle')

  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" loading={check.isPending} data-testid="register-import">
            {t('ui.io.import')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {IMPORTS.map((i) => (
            <Menu.Item key={i.type} onClick={() => check.mutate(i.type)} data-testid={`import-${i.type}`}>
              {t(`ui.io.${i.key}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" loading={exportFile.isPending} data-testid="register-export">
            {t('ui.io.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {EXPORTS.map((e) => (
            <Menu.Item
              key={e.key}
              onClick={() => exportFile.mutate(e)}
              data-testid={'template' in e ? 'export-template' : `export-${e.type}-${e.kind}`}
            >
              {t(`ui.io.${e.key}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>

      <Modal opened={opened} onClose={close} title={title} size="xl" data-testid="register-io-dialog">
        {outcome && (
          <Stack gap="md">
            {outcome.step === 'failed' && <ErrorAlert error={outcome.error} title={null} />}

            {outcome.step === 'exported' && (
              <Stack gap="xs">
                <Text>
                  {outcome.template
                    ? t('ui.io.templateWritten')
                    : outcome.type === 'activities'
                      ? t('ui.io.exported', {
                          activities: outcome.result.activities,
                          vendors: outcome.result.vendors,
                        })
                      : t('ui.io.exportedVendors', { vendors: outcome.result.vendors })}
                </Text>
                {outcome.result.files.map((f) => (
                  <Code key={f} block data-testid="export-file">
                    {f}
                  </Code>
                ))}
              </Stack>
            )}

            {(outcome.step === 'checked' || outcome.step === 'imported') && (
              <Group gap="xs" wrap="nowrap">
                <Text fw={500}>{t('ui.io.file')}:</Text>
                <PathText path={outcome.path} data-testid="import-file" />
              </Group>
            )}
            {outcome.step === 'checked' && outcome.result.errors.length > 0 && (
              <ImportErrors errors={outcome.result.errors} />
            )}
            {outcome.step === 'checked' && outcome.result.errors.length === 0 && (
              <>
                <Text>{t('ui.io.valid')}</Text>
                <ImportCounts type={outcome.type} result={outcome.result} withSummary />
              </>
            )}
            {(outcome.step === 'checked' || outcome.step === 'imported') && <ImportNotes notes={outcome.result.notes} />}
            {outcome.step === 'imported' && (
              <>
                <Alert color="green" variant="light" data-testid="import-done">
                  {t('ui.io.imported', {
                    summary: t('ui.io.summary', importTotals(outcome.type, outcome.result)),
                  })}
                </Alert>
                <ImportCounts type={outcome.type} result={outcome.result} />
              </>
            )}

            <Group justify="flex-end">
              {outcome.step === 'checked' && outcome.result.errors.length === 0 ? (
                <>
                  <Button variant="default" onClick={close} data-testid="import-cancel">
                    {t('ui.io.cancel')}
                  </Button>
                  <Button
                    loading={apply.isPending}
                    onClick={() => apply.mutate(outcome)}
                    data-testid="import-confirm"
                  >
                    {t('ui.io.confirm')}
                  </Button>
                </>
              ) : (
                <Button variant="default" onClick={close} data-testid="register-io-close">
                  {t('ui.io.close')}
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  )
}
