/**
 * Worker thread of the BLS presign pool (keystore/bls-pool.ts): one BLS
 * signature (crypto/bls.ts, blst) per message, off the main thread. The
 * secret arrives transferred (the main thread keeps no copy) and is zeroed
 * here once signed; the signature goes back by transfer. A failure answers
 * only that the job failed (the main thread then signs inline).
 */
import { parentPort } from 'node:worker_threads';
import { clean } from '../crypto/bytes.js';
import { sign } from '../crypto/bls.js';
import type { BlsJob, BlsReply } from './bls-pool.js';

const port = parentPort;
if (!port) throw new Error('bls-worker.ts runs only as a worker thread');

port.on('message', (job: BlsJob) => {
  let reply: BlsReply;
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
