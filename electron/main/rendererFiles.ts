import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { APP_HOST } from './securityOptions'

// Maps an app:// request to a file inside the built renderer, and nothing outside it.

/** The file for `requestUrl` inside `rootDir`, or null when the URL points anywhere else. */
export function resolveRendererFile(rootDir: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null // malformed %-escape
  }
  // A NUL or a backslash has no business in a bundle path; on Windows `\` would be a separator.
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  if (pathname === '' || pathname === '/') pathname = '/index.html'
  const root = resolve(rootDir)
  const file = resolve(root, `.${pathname}`)
  const rel = relative(root, file)
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null
  return file
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
}

/** Module scripts are refused without a JavaScript MIME type, so never leave it to sniffing. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}
