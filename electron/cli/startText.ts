import { systemCliTexts } from './launcherText'

// What `npm run setup` / `npm start` (scripts/start.mjs) print around the app or the pwb demo, in the
// system's language. Built to out/cli/startText.js by scripts/build-cli.mjs.

export function startText(env: Record<string, string | undefined>): { appFailed: string; demoReady(file: string): string } {
  const t = systemCliTexts(env).start
  return { appFailed: t.appFailed, demoReady: (file) => t.demoReady.replace('{{file}}', file) }
}
