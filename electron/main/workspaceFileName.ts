// File names for new workspaces and register exports, Electron-free so they are unit-tested.

export const WORKSPACE_EXTENSION = 'pwb'

/** A safe file name from a suggestion such as an organisation name ("Acme S.r.l." -> "Acme S.r.l.pwb"). */
export function workspaceFileName(suggestedName: string): string {
  return withWorkspaceExtension(safeFileBase(suggestedName) || 'Workspace')
}

/** A suggestion made safe as a file name (no folders, nothing Windows forbids); may be empty. */
export function safeFileBase(suggestedName: string): string {
  return (
    suggestedName
      // Separators and characters Windows forbids, plus control characters.
      .replace(/[<>:"/\\|?*]/g, ' ')
      .replace(/\p{Cc}/gu, '')
      .replace(/\s+/g, ' ')
      // Leading dots hide a file on Unix; trailing dots and spaces are dropped by Windows.
      .replace(/^[.\s]+|[.\s]+$/g, '')
      .slice(0, 120)
      .trim()
  )
}

/** GTK save dialogs do not append the filter's extension, so add it when missing. */
export function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(`.${extension.toLowerCase()}`) ? path : `${path}.${extension}`
}

export const withWorkspaceExtension = (path: string): string => withExtension(path, WORKSPACE_EXTENSION)

/** The file name an export suggests ("Acme register" + xlsx -> "Acme register.xlsx"). */
export function exportFileName(suggestedName: string, extension: string): string {
  const base = safeFileBase(suggestedName.replace(new RegExp(`\\.${extension}$`, 'i'), ''))
  return withExtension(base || 'Export', extension)
}

/** A workspace path passed on the command line by the OS file association, if any. */
export function workspaceArgument(argv: readonly string[]): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]
    if (!arg.startsWith('-') && arg.toLowerCase().endsWith(`.${WORKSPACE_EXTENSION}`)) return arg
  }
  return null
}
