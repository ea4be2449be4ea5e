/**
 * Worker thread of the keystore decryption pool (keystore/keystore-pool.ts):
 * runs one keystore's KDF and decryption per message through the project's
 * decoders (formats/), and hands the secret back by transfer (no copy is
 * left here). Errors go back as their code, message and details, which the
 * decoders keep free of secrets.
 */
import { parentPort } from 'node:worker_threads';
import { CustosError } from '../errors.js';
import { clean } from '../crypto/bytes.js';
import { decryptKeystoreV3 } from '../formats/keystore-v3.js';
import { decryptEip2335 } from '../formats/eip2335.js';
import type { PoolJob, PoolReply } from './keystore-pool.js';

const port = parentPort;
if (!port) throw new Error('keystore-worker.ts runs only as a worker thread');

port.on('message', (job: PoolJob) => {
  let reply: PoolReply;
  try {
    const decoded = job.format === 'keystore-v3' ? decryptKeystoreV3(job.content, job.password) : decryptEip2335(job.content, job.password);
    // A fresh buffer of its own, so the transfer moves exactly these 32 bytes (never a shared pool).
    const secret = Uint8Array.from(decoded);
    clean(decoded);
    reply = { id: job.id, secret };
    port.postMessage(reply, [secret.buffer as ArrayBuffer]);
    return;
  } catch (e) {
    reply =
      e instanceof CustosError
        ? { id: job.id, error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) } }
        : { id: job.id, error: { code: 'E_INTERNAL', message: 'keystore decryption failed' } };
  }
  port.postMessage(reply);
});
