import { net, protocol } from 'electron'
import { pathToFileURL } from 'node:url'
import { contentTypeFor, resolveRendererFile } from './rendererFiles'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, CONTENT_SECURITY_POLICY } from './securityOptions'

/** Must run before app 'ready': privileges can only be granted at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
}

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' } })

/** Serves the built renderer at app://workbench/ (after 'ready'). Read-only, nothing outside `rootDir`. */
export function serveRenderer(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed')
    const file = resolveRendererFile(rootDir, request.url)
    if (!file) return plain(404, 'Not found')
    try {
      const res = await net.fetch(pathToFileURL(file).toString())
      if (!res.ok) return plain(404, 'Not found')
      return new Response(res.body, {
        status: 200,
        headers: { ...securityHeaders, 'Content-Type': contentTypeFor(file) },
      })
    } catch {
      return plain(404, 'Not found')
    }
  })
}
