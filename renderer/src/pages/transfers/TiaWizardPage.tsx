import { Alert, Anchor, Button, Group, List, Loader, Stack, Stepper, Text } from '@mantine/core'
import { Link, useNavigate, useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Tia, TiaContent } from '../../../../shared/domain/transfers/tia'
import { ApiError } from '../../api/client'
import { useApiQuery } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { countryName } from '../../format/countryName'
import { useFieldError, useTransfersWrite } from './transfersApi'
import { SignStep } from './wizard/SignStep'
import { Step1 } from './wizard/Step1'
import { Step2 } from './wizard/Step2'
import { Step3 } from './wizard/Step3'
import { Step4 } from './wizard/Step4'
import { Step5, Step6 } from './wizard/Step5and6'

const STEPS = ['step1', 'step2', 'step3', 'step4', 'step5', 'step6', 'sign'] as const
/** The wizard step a field belongs to ('conclusion.*' and sign-off fields are on the last one). */
function stepOf(field: string): number {
  const i = STEPS.indexOf(field.split('.')[0] as (typeof STEPS)[number])
  return i >= 0 ? i : STEPS.length - 1
}

/** The six-step TIA wizard over a draft; a final TIA opens as a new version (it is never edited in place). */
export function TiaWizardPage() {
  const { t } = useTranslation('transfers')
  const { tiaId } = useParams({ strict: false }) as { tiaId: string }
  const navigate = useNavigate()
  const tia = useApiQuery('transfers.tia.get', { id: tiaId })
  const newVersion = useTransfersWrite(
    'transfers.tia.newVersion',
    (v) => void navigate({ to: '/transfers/tia/$tiaId/edit', params: { tiaId: v.id } }),
  )
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/transfers" size="sm">
        {t('ui.transfer.back')}
      </Anchor>
      <ErrorAlert error={tia.error} />
      {tia.isPending && <Loader />}
      {tia.data && tia.data.status === 'draft' && <Wizard key={tia.data.id} tia={tia.data} />}
      {tia.data && tia.data.status === 'final' && (
        <Alert color="blue" variant="light">
          <Text size="sm" mb="sm">
            {t('ui.tia.newVersionNote', { next: tia.data.version + 1 })}
          </Text>
          <Button onClick={() => newVersion.mutate({ id: tia.data.id })} loading={newVersion.isPending}>
            {t('ui.tia.edit')}
          </Button>
          <ErrorAlert error={newVersion.error} />
        </Alert>
      )}
      {tia.data && tia.data.status === 'superseded' && (
        <Alert color="gray" variant="light">
          {t('ui.tia.supersededNote')}
        </Alert>
      )}
    </Stack>
  )
}

function Wizard({ tia }: { tia: Tia }) {
  const { t, i18n } = useTranslation('transfers')
  const navigate = useNavigate()
  const [content, setContent] = useState<TiaContent>(tia.content)
  const [active, setActive] = useState(0)
  const [signer, setSigner] = useState({ signedBy: '', signedRole: '' })
  const save = useTransfersWrite('transfers.tia.save')
  const finalise = useTransfersWrite(
    'transfers.tia.finalise',
    (signed) => void navigate({ to: '/transfers/tia/$tiaId', params: { tiaId: signed.id } }),
  )
  const error = finalise.error ?? save.error
  const err = useFieldError(error)
  const gaps = error instanceof ApiError ? Object.keys(error.fields ?? {}) : []
  const update: <K extends keyof TiaContent>(step: K, patch: Partial<TiaContent[K]>) => void = (
    step,
    patch,
  ) => setContent((c) => ({ ...c, [step]: { ...c[step], ...patch } }))
  const country = content.step1.importerCountry ?? tia.importerCountry

  const saveThen = async (then: () => void) => {
    finalise.reset()
    await save.mutateAsync({ id: tia.id, content })
    then()
  }
  const go = (step: number) => void saveThen(() => setActive(step)).catch(() => undefined)
  const sign = () =>
    void saveThen(() =>
      finalise.mutate({
        id: tia.id,
        signedBy: signer.signedBy,
        ...(signer.signedRole ? { signedRole: signer.signedRole } : {}),
      }),
    ).catch(() => undefined)
  const stepProps = { content, update, err }

  return (
    <Stack gap="md" data-testid="tia-wizard">
      <PageTitle
        title={`${t('ui.wizard.title')} — ${tia.importerName}`}
        intro={`${t('ui.tia.version', { version: tia.version })} · ${t('ui.wizard.intro')}`}
      />
      <Stepper active={active} onStepClick={go} size="sm" allowNextStepsSelect>
        {STEPS.map((s) => (
          <Stepper.Step key={s} label={t(`ui.wizard.steps.${s}`)} />
        ))}
      </Stepper>
      <Text c="dimmed" size="sm" maw={820}>
        {t(`ui.wizard.help.${STEPS[active]}`, {
          country: countryName(country, i18n.language),
          source: t('report.asOf', { date: tia.packAsOf }),
        })}
      </Text>
      {active === 0 && <Step1 {...stepProps} />}
      {active === 1 && <Step2 {...stepProps} />}
      {active === 2 && <Step3 {...stepProps} country={country} />}
      {active === 3 && <Step4 {...stepProps} />}
      {active === 4 && <Step5 {...stepProps} />}
      {active === 5 && <Step6 {...stepProps} />}
      {active === 6 && <SignStep {...stepProps} signer={signer} setSigner={setSigner} />}
      {gaps.length > 0 && (
        <Alert color="red" variant="light" title={t('ui.wizard.gaps')} data-testid="tia-gaps">
          <List size="sm">
            {gaps.map((g) => (
              <List.Item key={g}>
                <Anchor component="button" size="sm" onClick={() => setActive(stepOf(g))}>
                  {t(`ui.wizard.steps.${STEPS[stepOf(g)]}`)} —{' '}
                  {t(`fields.${g.split('.').slice(-1)[0]}`, { defaultValue: g })}
                </Anchor>
                : {err(g)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {gaps.length === 0 && <ErrorAlert error={error} />}
      {save.isSuccess && !error && (
        <Text size="sm" c="green.8">
          {t('ui.wizard.saved')}
        </Text>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={() => go(active - 1)} disabled={active === 0}>
          {t('ui.wizard.back')}
        </Button>
        <Group>
          <Button variant="default" onClick={() => go(active)} loading={save.isPending}>
            {t('ui.wizard.save')}
          </Button>
          {active < STEPS.length - 1 ? (
            <Button onClick={() => go(active + 1)} data-testid="wizard-next">
              {t('ui.wizard.next')}
            </Button>
          ) : (
            <Button color="green" onClick={sign} loading={finalise.isPending} data-testid="sign-tia">
              {t('ui.wizard.sign')}
            </Button>
          )}
        </Group>
      </Group>
    </Stack>
  )
}
