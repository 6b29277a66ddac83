// Every string the Electron shell shows itself (menus, native dialogs, message boxes), in English.
// Kept in one file because shared/i18n has no keys for them yet; moving them into a `shell`
// namespace there is the way to translate them.

export const menuLabels = {
  file: 'File',
  newWorkspace: 'New Workspace…',
  openWorkspace: 'Open Workspace…',
  openRecent: 'Open Recent',
  noRecent: 'No recent workspaces',
  closeWorkspace: 'Close Workspace',
  quit: 'Quit',
  edit: 'Edit',
  view: 'View',
  window: 'Window',
  help: 'Help',
  about: 'About Privacy Workbench',
} as const

export const dialogLabels = {
  newTitle: 'New workspace',
  newButton: 'Create',
  openTitle: 'Open workspace',
  openButton: 'Open',
  filterName: 'Privacy Workbench workspace',
  suggestedName: 'New workspace',
  importTitle: 'Import into the register',
  importButton: 'Import',
  exportTitle: 'Export the register',
  exportButton: 'Export',
  spreadsheetFilter: 'Spreadsheets',
  kindFilter: { xlsx: 'Excel workbook', csv: 'CSV (comma-separated values)' },
} as const

export const messageLabels = {
  openFailed: 'The workspace could not be opened',
  createFailed: 'The workspace could not be created',
  closeFailed: 'The workspace could not be closed',
  aboutDetail: (version: string) =>
    `Version ${version}\n\nAn offline workbench for privacy compliance. Your workspaces stay on this computer.`,
} as const
