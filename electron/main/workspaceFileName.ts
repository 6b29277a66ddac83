// File names for new workspaces, Electron-free so they are unit-tested.

export const WORKSPACE_EXTENSION = 'pwb'

/** A safe file name from a suggestion such as an organisation name ("Acme S.r.l." -> "Acme S.r.l.pwb"). */
export function workspaceFileName(suggestedName: string): string {
  const base = suggestedName
    // Separators and characters Windows forbids, plus control characters.
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(/\s+/g, ' ')
    // Leading dots hide a file on Unix; trailing dots and spaces are dropped by Windows.
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120)
    .trim()
  return withWorkspaceExtension(base || 'Workspace')
}

/** GTK save dialogs do not append the filter's extension, so add it when missing. */
export function withWorkspaceExtension(path: string): string {
  return path.toLowerCase().endsWith(`.${WORKSPACE_EXTENSION}`) ? path : `${path}.${WORKSPACE_EXTENSION}`
}

/** A workspace path passed on the command line by the OS file association, if any. */
export function workspaceArgument(argv: readonly string[]): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]
    if (!arg.startsWith('-') && arg.toLowerCase().endsWith(`.${WORKSPACE_EXTENSION}`)) return arg
  }
  return null
}
