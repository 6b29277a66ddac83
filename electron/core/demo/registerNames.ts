import { CoreError } from '../errors'
import { first, qb } from '../store/queryBuilder'
import type { Workspace } from '../store/workspace'

// The demo seeders after the register's (transfers, breaches) link to its vendors and activities by the
// names in resources/demo/<sample>/register.json.

export function vendorId(ws: Workspace, name: string): string | undefined {
  return ws.read((db) => first(db, qb.selectFrom('register_vendor').select('id').where('name', '=', name)))
    ?.id
}

export function activityId(ws: Workspace, name: string): string | undefined {
  return ws.read((db) => first(db, qb.selectFrom('register_activity').select('id').where('name', '=', name)))
    ?.id
}

/** A demo seeder's data names a register entry the register's demo did not create: a bug in the data. */
export const missing = (file: string, what: string) =>
  new CoreError('INTERNAL', 'errors.internal', {
    detail: `${file}: the register has no ${what} (the register's demo must run first)`,
  })
