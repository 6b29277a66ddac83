import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { z } from 'zod'
import '@mantine/core/styles.css'
// After the core styles, as @mantine/dates asks.
import '@mantine/dates/styles.css'
import '@mantine/notifications/styles.css'
import './i18n'
import { App } from './App'

// The CSP forbids eval: stop zod probing for it (which logs a CSP violation) and use its plain path.
z.config({ jitless: true })

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
