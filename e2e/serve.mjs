/* global process, console, URL */
// Serves the built renderer (out/renderer) for Playwright. Under file:// Chromium blocks the build's
// module script (origin null), so the harness loads it over http from 127.0.0.1 only.
import { createServer } from 'node:http'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve, sep } from 'node:path'

const root = resolve(import.meta.dirname, '../out/renderer')
const port = Number(process.env.PWB_E2E_PORT ?? 4173)
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
}

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built renderer in ${root}. Run \`npx electron-vite build\` (or \`npm run build\`) first.`)
  process.exit(1)
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '')
  const file = resolve(root, rel || 'index.html')
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end()
    return
  }
  const target = existsSync(file) && statSync(file).isFile() ? file : join(root, 'index.html')
  res.writeHead(200, {
    'content-type': types[extname(target)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  })
  res.end(readFileSync(target))
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} on http://127.0.0.1:${port}/`))
