import {
  Button,
  Group,
  Menu,
  Modal,
  Stack,
  Text,
  Textarea,
  Tooltip,
} from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { OPEN_STATUSES, type DsarStatus } from '../../../../shared/domain/dsar/enums'
import type { DsarCaseView } from '../../../../shared/domain/dsar/views'
import { call } from '../../api/client'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useDsarWrite } from './dsarApi'
import { WrittenFile } from '../../components/WrittenFile'
import { useDsarFormat, useFieldError } from './dsarFormat'
import { DateField } from '../../components/DateField'

/** Status moves, the extension, the closing pack and the end-of-retention purge. */
export function CaseActions({ view, onEdit }: { view: DsarCaseView; onEdit: () => void }) {
  const f = useDsarFormat()
  const { t } = f
  const c = view.case
  const [moveTo, setMoveTo] = useState<DsarStatus | null>(null)
  const [extending, setExtending] = useState(false)
  const [purging, setPurging] = useState(false)
  const pack = useMutation({ mutationFn: () => call('report.create', { type: 'dsar-case', caseId: c.id }) })
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs">
        {!c.purgedAt && c.status !== 'closed' && (
          <Button variant="default" onClick={onEdit}>
            {t('ui.case.edit')}
          </Button>
        )}
        {view.allowedTransitions.length > 0 && (
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" data-testid="dsar-move">
                {t('ui.case.moveTo')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {view.allowedTransitions.map((s) => (
                <Menu.Item key={s} onClick={() => setMoveTo(s)}>
                  {t(`status.${s}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
        {!c.purgedAt && !view.clock.extended && OPEN_STATUSES.includes(c.status) && (
          <Tooltip
            label={view.clock.extendBlocked ? f.note(view.clock.extendBlocked) : ''}
            disabled={view.clock.canExtend}
          >
            <Button
              variant="default"
              disabled={!view.clock.canExtend}
              onClick={() => setExtending(true)}
              data-testid="dsar-extend"
            >
              {t('ui.case.extend')}
            </Button>
          </Tooltip>
        )}
        <Button onClick={() => pack.mutate()} loading={pack.isPending} data-testid="dsar-closing-pack">
          {t('ui.case.closingPack')}
        </Button>
        {view.retention.purgeable && (
          <Button color="red" variant="light" onClick={() => setPurging(true)}>
            {t('ui.case.purge')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={pack.error} />
      {pack.data && (
        <WrittenFile title={t('ui.case.closingPackWritten')} path={pack.data.path} data-testid="dsar-pack-result" />
      )}
      {moveTo && <TransitionModal view={view} to={moveTo} onClose={() => setMoveTo(null)} />}
      {extending && <ExtendModal view={view} onClose={() => setExtending(false)} />}
      {purging && <PurgeModal view={view} onClose={() => setPurging(false)} />}
    </Stack>
  )
}

function TransitionModal({ view, to, onClose }: { view: DsarCaseView; to: DsarStatus; onClose: () => void }) {
  const f = useDsarFormat()
  const { t } = f
  const reply = to === 'answered' || to === 'refused'
  const [on, setOn] = useState(view.clock.today)
  const [reason, setReason] = useState('')
  const [lateReason, setLateReason] = useState('')
  const move = useDsarWrite('dsar.transition', onClose)
  const fieldError = useFieldError(move.error)
  return (
    <Modal opened onClose={onClose} title={t('ui.transition.title', { status: t(`status.${to}`) })} size="lg">
      <Stack gap="sm">
        {reply && (
          <DateField
            label={t('ui.transition.on')}
            value={on}
            onChange={setOn}
            error={fieldError('on')}
          />
        )}
        {reply ? (
          <Textarea
            label={t('ui.transition.lateReason')}
            description={t('ui.transition.lateHelp')}
            value={lateReason}
            onChange={(e) => setLateReason(e.currentTarget.value)}
            error={fieldError('lateReason')}
          />
        ) : (
          <Textarea
            label={t('ui.transition.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError('reason')}
          />
        )}
        {!fieldError('on') && !fieldError('lateReason') && !fieldError('reason') && (
          <ErrorAlert error={move.error} />
        )}
        <Group>
          <Button
            loading={move.isPending}
            onClick={() =>
              move.mutate({ id: view.case.id, to, ...(reply ? { on, lateReason } : { reason }) })
            }
            data-testid="dsar-transition-confirm"
          >
            {t('ui.transition.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

function ExtendModal({ view, onClose }: { view: DsarCaseView; onClose: () => void }) {
  const f = useDsarFormat()
  const { t } = f
  const k = view.clock
  const [on, setOn] = useState(k.today)
  const [reason, setReason] = useState('')
  const [extendedTo, setExtendedTo] = useState('')
  const extend = useDsarWrite('dsar.extend', onClose)
  const fieldError = useFieldError(extend.error)
  return (
    <Modal opened onClose={onClose} title={t('ui.extend.title')} size="lg">
      <Stack gap="sm">
        <Text size="sm">
          {t('ui.extend.intro', {
            noticeBy: f.long(k.extensionNoticeBy ?? k.target),
            due: k.extendedDue ? f.long(k.extendedDue) : '—',
          })}
        </Text>
        <DateField
          label={t('ui.extend.on')}
          value={on}
          onChange={setOn}
          error={fieldError('on')}
        />
        <Textarea
          label={t('ui.extend.reason')}
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError('reason')}
        />
        {view.case.regime === 'fadp' && (
          <DateField
            label={t('ui.extend.extendedTo')}
            value={extendedTo}
            onChange={setExtendedTo}
            error={fieldError('extendedTo')}
          />
        )}
        {!fieldError('on') && !fieldError('reason') && !fieldError('extendedTo') && (
          <ErrorAlert error={extend.error} />
        )}
        <Group>
          <Button
            loading={extend.isPending}
            onClick={() => extend.mutate({ id: view.case.id, on, reason, extendedTo })}
            data-testid="dsar-extend-confirm"
          >
            {t('ui.extend.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

function PurgeModal({ view, onClose }: { view: DsarCaseView; onClose: () => void }) {
  const { t } = useDsarFormat()
  const purge = useDsarWrite('dsar.purge', onClose)
  return (
    <Modal opened onClose={onClose} title={t('ui.case.purge')}>
      <Stack gap="sm">
        <Text size="sm">{t('ui.case.purgeConfirm', { id: view.case.id })}</Text>
        <ErrorAlert error={purge.error} />
        <Group>
          <Button color="red" loading={purge.isPending} onClick={() => purge.mutate({ id: view.case.id })}>
            {t('ui.case.purge')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
