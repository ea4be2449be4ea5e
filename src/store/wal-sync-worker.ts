/**
 * Worker thread of the SQLite WAL syncs (store/wal-sync.ts, decision 0034):
 * one per process, so a sync never waits behind libuv's four threadpool
 * threads (getaddrinfo of webhook deliveries, fs, crypto). Per message: an
 * fdatasync of the `-wal` descriptor (descriptor numbers are process-wide),
 * the directory's fsync on a driver's first sync, then the checks that the
 * path still names the synced inode and that no failed sync left its marker;
 * a failure writes the marker before the answer goes back.
 */
import { closeSync, existsSync, fdatasyncSync, fstatSync, fsyncSync, openSync, statSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { writeSyncFailedMarker, type SyncJob, type SyncReply } from './wal-sync.js';

const port = parentPort;
if (!port) throw new Error('wal-sync-worker.ts runs only as a worker thread');

const codeOf = (e: unknown): string => (e as { code?: string }).code ?? 'error';

port.on('message', (job: SyncJob) => {
  let code = job.fail;
  if (code === undefined) {
    try {
      fdatasyncSync(job.fd);
      if (job.hold) {
        // Test seam: say which inode was synced, then wait until the test lets the answer go.
        Atomics.store(job.hold, 1, Number(fstatSync(job.fd).ino));
        Atomics.add(job.hold, 2, 1);
        Atomics.wait(job.hold, 0, 0);
      }
      if (job.dir !== undefined) {
        const d = openSync(job.dir, 'r');
        try {
          fsyncSync(d);
        } finally {
          closeSync(d);
        }
      }
      const st = statSync(job.wal);
      // The path must still name the file synced (else SQLite's frames go to an unlinked file, lost at exit).
      if (st.ino !== job.ino || st.dev !== job.dev) code = 'EWALREPLACED';
      // Another process's sync failed: the frames it could not write are cached as clean, so this sync proves nothing.
      else if (existsSync(job.marker)) code = 'ESYNCFAILED';
    } catch (e) {
      code = codeOf(e);
    }
  }
  const reply: SyncReply = { id: job.id };
  if (code !== undefined) {
    reply.code = code;
    if (code !== 'ESYNCFAILED') {
      const notWritten = writeSyncFailedMarker(job.marker, code);
      if (notWritten !== undefined) reply.markerError = notWritten;
    }
  }
  port.postMessage(reply);
});
