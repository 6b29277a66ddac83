import { readProfile, saveProfile } from '../services/profileService'
import type { Handlers } from './types'

export const profileHandlers: Handlers = {
  'profile.get': (_i, s) => readProfile(s.workspace),
  'profile.save': (input, s) => {
    const { profile, changed } = saveProfile(s.workspace, input)
    if (changed) s.emit('workspace.changed', { entity: 'organisation', entityId: '1' })
    return profile
  },
}
