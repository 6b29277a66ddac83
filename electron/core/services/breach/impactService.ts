import type { Impact } from '../../../../shared/domain/breach/views'
import { findAuthority } from '../../../../shared/reference/authorities'
import {
  competentAuthorities,
  regimesSuggestedByCountries,
} from '../../../../shared/rules/breach'
import type { Workspace } from '../../store/workspace'
import { readProfile } from '../profileService'
import { breachDetail } from './breachView'
import { lookupActivities, lookupVendors, registerFilledIn } from './registerLookup'

// Impact query (issue 6 item 6): from the breach and its linked activities and vendors, who and what is
// concerned, where, and therefore which regimes, authorities and clocks apply.
export function breachImpact(ws: Workspace, id: string): Impact {
  const profile = readProfile(ws)
  return ws.read((db) => {
    const d = breachDetail(db, profile, ws.now(), id)
    const b = d.breach
    const activities = lookupActivities(db, b.activityIds)
    // The vendors linked to the breach, and those the linked activities disclose data to or transfer through.
    const vendors = lookupVendors(db, [...new Set([...b.vendorIds, ...activities.flatMap((a) => a.vendorIds)])])
    const uniq = <T>(xs: T[], key: (x: T) => string) => [...new Map(xs.map((x) => [key(x), x])).values()]
    const subjectCategories = uniq([...b.subjectCategories, ...activities.flatMap((a) => a.subjectCategories)], (s) => s.toLowerCase())
    const dataCategories = uniq([...b.dataCategories, ...activities.flatMap((a) => a.dataCategories)], (c) => c.name.toLowerCase())
    const countries = [
      ...new Set([
        ...b.subjectCountries,
        ...activities.flatMap((a) => a.countries),
        ...vendors.flatMap((v) => [v.country, ...v.dataLocations]),
      ]),
    ].sort()
    const auth = competentAuthorities({
      establishedIn: profile.country,
      leadAuthority: b.authorityCode ?? profile.leadAuthority,
      subjectCountries: b.subjectCountries,
    })
    return {
      breachId: b.id,
      registerAvailable: registerFilledIn(db),
      activities: activities.map(({ id: aid, name }) => ({ id: aid, name })),
      vendors: vendors.map(({ dataLocations: _d, ...v }) => v),
      subjectCategories,
      dataCategories,
      countries,
      regimes: d.regimes,
      suggestedRegimes: regimesSuggestedByCountries(countries, profile.regimes),
      authorities: auth.codes
        .map((c) => findAuthority(c))
        .filter((a) => !!a)
        .map((a) => ({ code: a.code, name: a.name, website: a.website })),
      authoritiesReason: auth.reason,
      authoritiesReasonMessage: auth.reasonMessage,
      suggestedClocks: d.clocks.map((c) => ({ id: c.clock.id, regime: c.clock.regime, deadline: c.clock.deadline, legal: c.clock.isLegalPeriod })),
      specialCategories: dataCategories.some((c) => c.special),
    }
  })
}
