// Strings the Electron shell shows itself, outside the renderer: the application menu, native file
// dialogs and message boxes (namespace `shell`). The shell speaks the open workspace's language, or
// the OS language when none is open. Translations are typed DeepStrings<typeof shell>.
export const shell = {
  menu: {
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
  },
  dialog: {
    newTitle: 'New workspace',
    newButton: 'Create',
    openTitle: 'Open workspace',
    openButton: 'Open',
    filterName: 'Privacy Workbench workspace',
    importTitle: 'Import into the register',
    importButton: 'Import',
    exportTitle: 'Export the register',
    exportButton: 'Export',
    spreadsheetFilter: 'Spreadsheets',
    kindFilter: { xlsx: 'Excel workbook', csv: 'CSV (comma-separated values)' },
  },
  message: {
    openFailed: 'The workspace could not be opened',
    closeFailed: 'The workspace could not be closed',
    aboutDetail:
      'Version {{version}}\n\nAn offline workbench for privacy compliance. Your workspaces stay on this computer.',
  },
} as const
