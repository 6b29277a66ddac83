import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'
import { CoreError } from '../../errors'
import {
  planImport,
  type ImportRequest,
  type ImportSnapshot,
  type PlannedImport,
  type PlanPart,
} from './importPlan'
import { fromWire, type WirePart } from './importWire'

/** How long the writer waits for the next part before it gives up (a chunk normally takes milliseconds). */
const STALL_MS = 60_000

/**
 * The import worker built beside a program (`import.meta.url` of its entry), if it is there: the builds put
 * importWorker.js beside the CLI, the app's main process and the benchmarks; run from sources, there is none.
 */
export function importWorkerBeside(moduleUrl: string): string | undefined {
  const path = join(dirname(fileURLToPath(moduleUrl)), 'importWorker.js')
  return existsSync(path) ? path : undefined
}

/**
 * Starts the plan in a worker thread. Resolves once the file has been read (the thread here stays free
 * meanwhile); the plan's parts are then taken synchronously, inside the write transaction, waiting on a
 * shared counter for each. A worker that cannot start at all (a missing or broken script) leaves the plan
 * to this thread, so the import still works, only slower.
 */
export async function planInWorker(
  script: string,
  request: ImportRequest,
  snapshot: () => ImportSnapshot,
  stallMs = STALL_MS,
): Promise<PlannedImport> {
  const signal = new SharedArrayBuffer(4)
  const posted = new Int32Array(signal)
  const { port1, port2 } = new MessageChannel()
  const worker = new Worker(script, { workerData: { request, port: port2, signal }, transferList: [port2] })
  const stop = () => {
    port1.close()
    void worker.terminate()
  }
  const started = new Promise<boolean>((resolve) => {
    worker.once('message', () => resolve(true))
    worker.once('error', () => resolve(false))
    worker.once('exit', () => resolve(false))
  })
  worker.postMessage(snapshot())
  if (!(await started)) {
    stop()
    return { plan: await planImport(request, snapshot) }
  }
  function* parts(): Generator<PlanPart> {
    for (;;) {
      const seen = Atomics.load(posted, 0)
      const got = receiveMessageOnPort(port1)
      if (got) {
        // Sent as JSON text: for 500 activities, quicker to write and read back than a structured clone.
        const part = JSON.parse(got.message as string) as WirePart
        if (part.kind === 'fail') throw fromWire(part.error)
        yield part
        if (part.kind === 'done') return
      } else if (Atomics.wait(posted, 0, seen, stallMs) === 'timed-out')
        throw new CoreError('IO', 'register:errors.importStalled', {
          path: request.path,
          seconds: stallMs / 1000,
        })
    }
  }
  return { plan: parts(), close: stop }
}
