import { createHashHistory, createRootRoute, createRoute, createRouter } from '@tanstack/react-router'
import { RootLayout } from './layout/RootLayout'
import { DashboardPage } from './pages/dashboard/DashboardPage'
import { ModulePlaceholder } from './pages/modules/ModulePlaceholder'
import { ReportsPage } from './pages/reports/ReportsPage'
import { SettingsPage } from './pages/settings/SettingsPage'
import { OrganisationPage } from './pages/organisation/OrganisationPage'
import { AuditLogPage } from './pages/audit/AuditLogPage'
import { RequestsPage } from './pages/dsar/RequestsPage'
import { NewRequestPage } from './pages/dsar/NewRequestPage'
import { CasePage } from './pages/dsar/CasePage'
import { BreachesPage } from './pages/breaches/BreachesPage'
import { BreachPage } from './pages/breaches/BreachPage'
import { NewBreachPage } from './pages/breaches/NewBreachPage'

// Code-based routes over hash history: the built renderer is loaded from a file, not a server.
const rootRoute = createRootRoute({ component: RootLayout })

const page = (path: string, component: () => React.ReactNode) =>
  createRoute({ getParentRoute: () => rootRoute, path, component })

const routeTree = rootRoute.addChildren([
  page('/', DashboardPage),
  page('/register', () => <ModulePlaceholder module="register" />),
  page('/requests', RequestsPage),
  page('/requests/new', NewRequestPage),
  page('/requests/$caseId', CasePage),
  page('/breaches', BreachesPage),
  page('/breaches/new', NewBreachPage),
  page('/breaches/$breachId', BreachPage),
  page('/transfers', () => <ModulePlaceholder module="transfers" />),
  page('/drills', () => <ModulePlaceholder module="drills" />),
  page('/reports', ReportsPage),
  page('/settings', SettingsPage),
  page('/settings/organisation', OrganisationPage),
  page('/settings/audit', AuditLogPage),
])

export const router = createRouter({ routeTree, history: createHashHistory() })
