import { common as enCommon } from './en/common'
import { common as itCommon } from './it/common'
import { report as enReport } from './en/report'
import { report as itReport } from './it/report'
import { ui as enUi } from './en/ui'
import { ui as itUi } from './it/ui'
import { breach as enBreach } from './en/breach'
import { breach as itBreach } from './it/breach'
import { register as enRegister } from './en/register'
import { register as itRegister } from './it/register'
import { dsar as enDsar } from './en/dsar'
import { dsar as itDsar } from './it/dsar'
import { dsarUi as enDsarUi } from './en/dsarUi'
import { dsarUi as itDsarUi } from './it/dsarUi'
import { transfers as enTransfers } from './en/transfers'
import { transfers as itTransfers } from './it/transfers'
import { shell as enShell } from './en/shell'
import { shell as itShell } from './it/shell'
import { common as frCommon } from './fr/common'
import { report as frReport } from './fr/report'
import { ui as frUi } from './fr/ui'
import { breach as frBreach } from './fr/breach'
import { register as frRegister } from './fr/register'
import { dsar as frDsar } from './fr/dsar'
import { dsarUi as frDsarUi } from './fr/dsarUi'
import { transfers as frTransfers } from './fr/transfers'
import { shell as frShell } from './fr/shell'
import { cli as enCli } from './en/cli'
import { cli as itCli } from './it/cli'
import { cli as frCli } from './fr/cli'

// One entry per namespace; each namespace file has one job (common, ui, report, ...).
export const resources = {
  en: { common: enCommon, report: enReport, ui: enUi, register: enRegister, breach: enBreach, dsar: enDsar, dsarUi: enDsarUi, transfers: enTransfers, shell: enShell, cli: enCli },
  it: { common: itCommon, report: itReport, ui: itUi, register: itRegister, breach: itBreach, dsar: itDsar, dsarUi: itDsarUi, transfers: itTransfers, shell: itShell, cli: itCli },
  fr: { common: frCommon, report: frReport, ui: frUi, register: frRegister, breach: frBreach, dsar: frDsar, dsarUi: frDsarUi, transfers: frTransfers, shell: frShell, cli: frCli },
} as const
