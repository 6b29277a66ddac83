import { loadPdfLibraries } from './reports/pdfEngine'
import { loadExcel } from './services/register/io/registerFiles'

/**
 * Loads the report and spreadsheet libraries in the background. They are loaded lazily so that start-up
 * (the CLI's every command, the app's first window) does not wait for them; the app calls this once its
 * window shows, so that its first report or import does not wait either.
 */
export async function warmUpLibraries(): Promise<void> {
  await Promise.all([loadPdfLibraries(), loadExcel()])
}
