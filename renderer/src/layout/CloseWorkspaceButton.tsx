import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { call } from '../api/client'
import { forgetWorkspaceQueries, queryClient } from '../api/queries'

export function CloseWorkspaceButton() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const close = useMutation({
    mutationFn: () => call('workspace.close', {}),
    onSuccess: async () => {
      forgetWorkspaceQueries()
      await navigate({ to: '/' })
      queryClient.setQueryData(['workspace.current', {}], null)
      await queryClient.invalidateQueries({ queryKey: ['workspace.recent'] })
    },
    onError: (e) => notifications.show({ color: 'red', title: t('shell.closeFailed'), message: e.message }),
  })
  return (
    <Button variant="default" onClick={() => close.mutate()} loading={close.isPending}>
      {t('shell.closeWorkspace')}
    </Button>
  )
}
