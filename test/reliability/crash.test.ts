/**
 * Crash: kill -9 of a real `custos serve` process at random moments during
 * sustained signing, CRASH_ROUNDS times (default 5). Each round (re)starts the
 * server on the same data directory (`--dev` reopens and unseals it), runs 4
 * concurrent clients that sign with unique idempotency keys (one request in
 * eight is tagged `delayed`, which the policy time-locks for 1 s, so the
 * scheduler executes those) and SIGKILLs the server after 200..1500 ms, with
 * requests in flight. After each kill the stored trail must verify (offline,
 * local mode). After the last round the server is started once more and:
 *
 *  (a) `audit verify` passes (stored trail, local mode; and the exported trail
 *      offline against the audit public key);
 *  (b) every signature a client received ('signed' response) verifies under
 *      the key, `request.show` gives the same request 'signed' with the same
 *      signature, and the exported trail holds its `key.sign` event
 *      (details.requestId) and one `request.execute`;
 *  (c) re-submitting every idempotency key ever sent (acknowledged or not)
 *      gives one request per key, the acknowledged request id and signature
 *      when there was an acknowledgement; in the trail no request has two
 *      `request.execute` or `key.sign` events, and every decided request is
 *      the one request of exactly one idempotency key (no key made two);
 *  (d) every delayed request is executed exactly once, after the restarts:
 *      once due, each is 'signed' with one `request.execute` event.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { CustosClient } from '../../src/client/client.js';
import { readCredentialFile } from '../../src/auth/credential.js';
import { getAlgorithm } from '../../src/crypto/algorithms.js';
import { fromHex } from '../../src/crypto/bytes.js';
import { cli, startServer, type ServerProcess } from '../helpers/process.js';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 5);
const CLIENTS = 4;
const KEY = 'crash-k';

const POLICY = `
description: crash test
rules:
  - name: delayed
    effect: allow
    when: principal.role == "admin" && "delayed" in request.tags
    delay: 1s
  - name: admins-now
    effect: allow
    when: principal.role == "admin"
`;

interface Sent {
  idem: string;
  digest: string;
  delayed: boolean;
  round: number;
}
interface Ack {
  idem: string;
  requestId: string;
  status: string;
  signature?: string;
}
interface AuditEvent {
  type: string;
  seq: number;
  action: string;
  subject: string;
  details: Record<string, unknown>;
}

const signInput = (s: Sent) => ({ key: KEY, digest: s.digest, idempotencyKey: s.idem, ...(s.delayed ? { tags: { delayed: '1' } } : {}) });

test(
  `crash: ${ROUNDS} x kill -9 during sustained signing; trail, acknowledged signatures, idempotency and delayed execution survive`,
  { timeout: 240_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'custos-crash-'));
    const data = join(dir, 'data');
    const passFile = join(data, 'DEV-ONLY-unseal-passphrase');
    let server: ServerProcess | undefined;
    const client = (url: string) => new CustosClient({ url, credential: readCredentialFile(join(data, 'admin.credential.json')), timeoutMs: 15_000 });
    const sent: Sent[] = [];
    const acks = new Map<string, Ack>();
    const unexpected: string[] = [];
    let kills = 0;
    const t0 = Date.now();
    try {
      server = await startServer(['--dev', '--data', data], dir);
      let c = client(server.url);
      await c.call('policy.set', { source: POLICY });
      const publicKey = fromHex((await c.call('key.create', { name: KEY, type: 'secp256k1', allowRaw: true })).publicKey as string);
      const secp = getAlgorithm('secp256k1');

      for (let round = 1; round <= ROUNDS; round++) {
        if (round > 1) {
          server = await startServer(['--dev', '--data', data], dir);
          c = client(server.url);
        }
        let killed = false;
        const loop = async (ci: number) => {
          for (let n = 0; !killed; n++) {
            const s: Sent = { idem: `r${round}-c${ci}-${n}`, digest: randomBytes(32).toString('hex'), delayed: randomInt(8) === 0, round };
            sent.push(s);
            try {
              const r = await c.call('sign', signInput(s));
              const ack: Ack = { idem: s.idem, requestId: r.id, status: r.status, ...(r.signature ? { signature: r.signature } : {}) };
              acks.set(s.idem, ack);
              if (r.status !== (s.delayed ? 'approved' : 'signed')) unexpected.push(`${s.idem}: status ${r.status}`);
            } catch (e) {
              // Before the kill every request must succeed; after it, the server is gone.
              if (!killed) unexpected.push(`${s.idem}: ${(e as Error).message}`);
            }
          }
        };
        const loops = Array.from({ length: CLIENTS }, (_, i) => loop(i));
        await sleep(200 + randomInt(1301));
        killed = true;
        await server.stop('SIGKILL');
        kills++;
        await Promise.all(loops);
        // The file left by the crash: its trail verifies (events after the last checkpoint are only unanchored).
        const v = cli(['audit', 'verify', '--data', data, '--passphrase-file', passFile, '--json'], dir);
        assert.equal(v.code, 0, `round ${round}: audit verify after kill -9: ${v.stdout}${v.stderr}`);
        assert.equal(v.json.ok, true);
        console.log(
          `round ${round}: ${sent.filter((s) => s.round === round).length} sent, ${[...acks.values()].filter((a) => sent.find((s) => s.idem === a.idem)?.round === round).length} acknowledged before kill -9; trail ${v.json.events} events, ${v.json.unanchored} unanchored`,
        );
      }
      assert.deepEqual(unexpected, [], 'no request failed (or got an unexpected status) while the server was up');

      // ---- after the last crash: restart, re-submit every key ever sent --------------------------------
      const restartedAt = new Date().toISOString();
      server = await startServer(['--dev', '--data', data], dir);
      c = client(server.url);
      const byIdem = new Map<string, { id: string; status: string; signature?: string; createdAt: string }>();
      const queue = [...sent];
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          for (let s = queue.shift(); s; s = queue.shift()) {
            const r = await c.call('sign', signInput(s));
            byIdem.set(s.idem, { id: r.id, status: r.status, createdAt: r.createdAt, ...(r.signature ? { signature: r.signature } : {}) });
          }
        }),
      );
      // (c) one request per key; an acknowledged key gives back the acknowledged request and signature.
      const idsSeen = new Map<string, string>();
      for (const s of sent) {
        const r = byIdem.get(s.idem)!;
        assert.ok(!idsSeen.has(r.id), `request ${r.id} is returned for two idempotency keys (${idsSeen.get(r.id)}, ${s.idem})`);
        idsSeen.set(r.id, s.idem);
        const a = acks.get(s.idem);
        if (a) {
          assert.equal(r.id, a.requestId, `idempotency key ${s.idem}: re-submission returned another request`);
          if (a.signature) assert.equal(r.signature, a.signature, `idempotency key ${s.idem}: re-submission returned another signature`);
        }
        if (!s.delayed) assert.equal(r.status, 'signed', `${s.idem}: ${r.status}`);
      }

      // (d) wait for every delayed request to come due and run (1 s delay, 1 s scheduler tick).
      const delayed = sent.filter((s) => s.delayed).map((s) => byIdem.get(s.idem)!.id);
      const deadline = Date.now() + 30_000;
      let waiting = delayed;
      while (waiting.length && Date.now() < deadline) {
        await sleep(500);
        const next: string[] = [];
        for (const id of waiting) if ((await c.call('request.show', { id })).status !== 'signed') next.push(id);
        waiting = next;
      }
      assert.deepEqual(waiting, [], 'every delayed request was executed once due');

      // (b) every acknowledged signature: valid under the key, shown signed with the same signature.
      const ackedSigned = [...acks.values()].filter((a) => a.status === 'signed');
      for (const a of ackedSigned) {
        const s = sent.find((x) => x.idem === a.idem)!;
        assert.ok(secp.verify(publicKey, fromHex(s.digest), fromHex(a.signature!)), `acknowledged signature of ${a.requestId} verifies under ${KEY}`);
        const v = await c.call('request.show', { id: a.requestId });
        assert.equal(v.status, 'signed');
        assert.equal(v.signature, a.signature, `request ${a.requestId}: stored signature is the acknowledged one`);
      }

      const exported = (await c.call('audit.export', {})) as string;
      const lines = exported
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as AuditEvent & { auditPublicKey?: string });
      const auditKey = lines[0]!.auditPublicKey!;
      const events = lines.filter((e) => e.type === 'event');
      const count = (action: string, key: (e: AuditEvent) => string | undefined) => {
        const m = new Map<string, number>();
        for (const e of events) {
          if (e.action !== action) continue;
          const k = key(e);
          if (k) m.set(k, (m.get(k) ?? 0) + 1);
        }
        return m;
      };
      const requestOf = (e: AuditEvent) => e.subject.replace(/^request\//, '');
      const executes = count('request.execute', requestOf);
      const signs = count('key.sign', (e) => e.details.requestId as string | undefined);
      const decides = count('request.decide', requestOf);
      for (const [id, n] of executes) assert.equal(n, 1, `request ${id}: ${n} request.execute events`);
      for (const [id, n] of signs) assert.equal(n, 1, `request ${id}: ${n} key.sign events`);
      for (const [id, n] of decides) assert.equal(n, 1, `request ${id}: decided ${n} times`);
      // Every request the trail knows is the one request of one idempotency key: none was made twice for a key.
      for (const id of decides.keys()) assert.ok(idsSeen.has(id), `request ${id} in the trail belongs to no idempotency key (a key made two requests)`);
      assert.equal(decides.size, sent.length, 'one decided request per idempotency key');
      for (const a of ackedSigned) {
        assert.equal(signs.get(a.requestId), 1, `acknowledged signature of ${a.requestId} has its key.sign event`);
        assert.equal(executes.get(a.requestId), 1);
      }
      for (const id of delayed) {
        assert.equal(executes.get(id), 1, `delayed request ${id}: executed once`);
        assert.equal(signs.get(id), 1);
      }
      for (const id of idsSeen.keys()) assert.equal(executes.get(id), 1, `request ${id} executed exactly once`);

      // (a) the trail verifies: exported (offline, trusted key) and stored (after a clean stop).
      await server.stop('SIGTERM');
      writeFileSync(join(dir, 'trail.jsonl'), exported);
      const off = cli(['audit', 'verify', '--file', 'trail.jsonl', '--public-key', auditKey, '--json'], dir);
      assert.equal(off.code, 0, off.stdout + off.stderr);
      assert.equal(off.json.ok, true);
      const v = cli(['audit', 'verify', '--data', data, '--passphrase-file', passFile, '--json'], dir);
      assert.equal(v.code, 0, v.stdout + v.stderr);
      assert.equal(v.json.ok, true);
      assert.equal(v.json.unanchored, 0, 'a clean stop anchors the head');

      const delayedSigned = delayed.filter((id) => executes.get(id) === 1).length;
      // Unacknowledged keys whose request had committed before the kill (the response was lost) vs. made by the re-submission.
      const lostResponses = sent.filter((s) => !acks.has(s.idem) && byIdem.get(s.idem)!.createdAt < restartedAt).length;
      console.log(
        `crash: ${kills} kills, ${sent.length} requests sent, ${acks.size} acknowledged (${ackedSigned.length} signatures, ${acks.size - ackedSigned.length} delayed), ` +
          `${sent.length - acks.size} unacknowledged (in flight at a kill; ${lostResponses} of them had committed, the rest were made by the re-submission), ${delayed.length} delayed of which ${delayedSigned} executed once, ` +
          `trail ${v.json.events} events / ${v.json.checkpoints} checkpoints, ${((Date.now() - t0) / 1000).toFixed(1)} s`,
      );
    } finally {
      await server?.stop('SIGKILL').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
