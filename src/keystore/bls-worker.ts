/**
 * Worker thread of the BLS presign pool (keystore/bls-pool.ts): one BLS
 * signature (crypto/bls.ts, blst) per message, off the main thread. The
 * secret arrives transferred (the main thread keeps no copy) and is zeroed
 * here once signed (or skipped: a job cancelled before it started); the
 * signature goes back by transfer. A failure answers
 * only that the job failed (the main thread then signs inline).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { clean } from '../crypto/bytes.js';
import { sign } from '../crypto/bls.js';
import { CANCEL_RING, type BlsJob, type BlsReply } from './bls-pool.js';

const port = parentPort;
if (!port) throw new Error('bls-worker.ts runs only as a worker thread');
const cancelled = (workerData as { cancelled: Int32Array }).cancelled;

port.on('message', (job: BlsJob) => {
  let reply: BlsReply;
  if (Atomics.load(cancelled, job.id % CANCEL_RING) === job.id) {
    clean(job.secret); // its transaction no longer waits for it
    port.postMessage({ id: job.id, cancelled: true } satisfies BlsReply);
    return;
  }
  try {
    const signature = sign(job.secret, job.message);
    reply = { id: job.id, signature };
  } catch {
    reply = { id: job.id, failed: true };
  } finally {
    clean(job.secret);
  }
  if ('signature' in reply) port.postMessage(reply, [reply.signature.buffer as ArrayBuffer]);
  else port.postMessage(reply);
});
