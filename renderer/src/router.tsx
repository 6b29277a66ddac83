import { createHashHistory, createRootRoute, createRoute, createRouter } from '@tanstack/react-router'
import { RootLayout } from './layout/RootLayout'
import { DashboardPage } from './pages/dashboard/DashboardPage'
import { ModulePlaceholder } from './pages/modules/ModulePlaceholder'
import { ReportsPage } from './pages/reports/ReportsPage'
import { SettingsPage } from './pages/settings/SettingsPage'
import { OrganisationPage } from './pages/organisation/OrganisationPage'
import { AuditLogPage } from './pages/audit/AuditLogPage'
import { RegisterPage } from './pages/register/RegisterPage'
import { NewActivityPage } from './pages/register/NewActivityPage'
import { ActivityPage } from './pages/register/ActivityPage'
import { VendorsPage } from './pages/register/VendorsPage'
import { VendorPage } from './pages/register/VendorPage'
import { SystemsPage } from './pages/register/SystemsPage'
import { RequestsPage } from './pages/dsar/RequestsPage'
import { NewRequestPage } from './pages/dsar/NewRequestPage'
import { CasePage } from './pages/dsar/CasePage'
import { BreachesPage } from './pages/breaches/BreachesPage'
import { BreachPage } from './pages/breaches/BreachPage'
import { NewBreachPage } from './pages/breaches/NewBreachPage'
import { TransfersPage } from './pages/transfers/TransfersPage'
import { NewTransferPage } from './pages/transfers/NewTransferPage'
import { TransferPage } from './pages/transfers/TransferPage'
import { TiaPage } from './pages/transfers/TiaPage'
import { TiaWizardPage } from './pages/transfers/TiaWizardPage'

// Code-based routes over hash history: the built renderer is loaded from a file, not a server.
const rootRoute = createRootRoute({ component: RootLayout })

const page = (path: string, component: () => React.ReactNode) =>
  createRoute({ getParentRoute: () => rootRoute, path, component })

const routeTree = rootRoute.addChildren([
  page('/', DashboardPage),
  page('/register', RegisterPage),
  page('/register/new', NewActivityPage),
  page('/register/activities/$activityId', ActivityPage),
  page('/register/vendors', VendorsPage),
  page('/register/vendors/$vendorId', VendorPage),
  page('/register/systems', SystemsPage),
  page('/requests', RequestsPage),
  page('/requests/new', NewRequestPage),
  page('/requests/$caseId', CasePage),
  page('/breaches', BreachesPage),
  page('/breaches/new', NewBreachPage),
  page('/breaches/$breachId', BreachPage),
  page('/transfers', TransfersPage),
  page('/transfers/new', NewTransferPage),
  page('/transfers/$transferId', TransferPage),
  page('/transfers/tia/$tiaId', TiaPage),
  page('/transfers/tia/$tiaId/edit', TiaWizardPage),
  page('/drills', () => <ModulePlaceholder module="drills" />),
  page('/reports', ReportsPage),
  page('/settings', SettingsPage),
  page('/settings/organisation', OrganisationPage),
  page('/settings/audit', AuditLogPage),
])

export const router = createRouter({ routeTree, history: createHashHistory() })
