import type Database from 'better-sqlite3'
import type { ActivityDependents } from '../../../../shared/domain/register/dependents'
import { breachesNaming } from '../breach/breachLinks'
import { casesSearchingActivity } from '../dsar/caseRepo'
import { transfersOfActivity } from '../transfers/transferRepo'

/**
 * Everything that names the activity in other modules: breaches (real first, drills flagged), the
 * international transfers made for it, and the requests whose search log names it. Each module owns the
 * query over its tables; this only gathers them for the activity page.
 */
export function activityDependents(db: Database.Database, activityId: string): ActivityDependents {
  return {
    breaches: breachesNaming(db, 'activity', activityId),
    transfers: transfersOfActivity(db, activityId),
    requests: casesSearchingActivity(db, activityId),
  }
}
