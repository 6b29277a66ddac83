import type { Activity } from '../../../shared/domain/register/activity'
import { withoutTimes } from '../../../shared/domain/withoutTimes'
import type { TestCore } from './testCore'

/** Every activity of the open workspace in full (the list gives summaries only), without timestamps. */
export async function fullActivities(tc: TestCore) {
  const list = await tc.call<{ id: string }[]>('register.listActivities', {})
  return Promise.all(
    list.map(async (s) =>
      withoutTimes((await tc.call<{ activity: Activity }>('register.getActivity', { id: s.id })).activity),
    ),
  )
}
