// The worker thread of an import (importWorkerClient.ts starts it): reads the file and checks its rows
// (importPlan.ts) while the main thread writes the rows already checked. Built beside each program that
// imports (out/cli, out/main, out/bench) as importWorker.js. Posts each part of the plan on `port` and
// counts it in `signal`, which the main thread waits on inside its write transaction.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { planImport, type ImportRequest, type ImportSnapshot } from './importPlan'
import { toWire, type WirePart } from './importWire'

const { request, port, signal } = workerData as {
  request: ImportRequest
  port: MessagePort
  signal: SharedArrayBuffer
}
const posted = new Int32Array(signal)
let ready = false

function send(part: WirePart) {
  port.postMessage(JSON.stringify(part))
  Atomics.add(posted, 0, 1)
  Atomics.notify(posted, 0)
  // The first part tells the main thread (which waits for it without blocking) that the file was read.
  if (!ready) {
    ready = true
    parentPort?.postMessage('ready')
  }
}

try {
  // The workspace's current records come from the main thread while this one reads the file.
  const snapshot = new Promise<ImportSnapshot>((resolve) => parentPort?.once('message', resolve))
  for (const part of await planImport(request, () => snapshot)) send(part)
} catch (e) {
  send({ kind: 'fail', error: toWire(e) })
}
