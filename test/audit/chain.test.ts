import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import fc from 'fast-check';
import { ChainVerifier, GENESIS_HASH, canonicalEventHash, eventHash, signCheckpoint } from '../../src/audit/chain.js';
import { canonicalJson } from '../../src/audit/canonical.js';
import { verifyExport } from '../../src/audit/trail.js';
import type { AuditEventRecord } from '../../src/store/records.js';

const INSTANCE = 'inst-1';
const secret = new Uint8Array(32).fill(3);
const pub = ed25519.getPublicKey(secret); // independent implementation (noble) for the trusted key

function chain(n: number): AuditEventRecord[] {
  const out: AuditEventRecord[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const body = {
      seq,
      ts: `2026-01-01T00:00:0${seq % 10}Z`,
      actor: 'local:op',
      action: 'key.sign',
      subject: `key/k${seq}`,
      details: canonicalJson({ n: seq }),
      prevHash: prev,
    };
    const e = { ...body, hash: eventHash(body) };
    out.push(e);
    prev = e.hash;
  }
  return out;
}

function verify(events: AuditEventRecord[], checkpointAt?: number) {
  const v = new ChainVerifier(INSTANCE, pub);
  for (const e of events) v.addEvent(e);
  if (checkpointAt) {
    const orig = chain(checkpointAt)[checkpointAt - 1]!;
    v.addCheckpoint(signCheckpoint(INSTANCE, secret, { seq: orig.seq, hash: orig.hash, ts: 't' }));
  }
  return v.result();
}

describe('audit hash chain', () => {
  test('event hash is SHA-256 over the canonical JSON of the event and its predecessor', () => {
    const e = chain(1)[0]!;
    const expected = createHash('sha256')
      .update('{"action":"key.sign","actor":"local:op","details":{"n":1},"prev":"' + GENESIS_HASH + '","seq":1,"subject":"key/k1","ts":"2026-01-01T00:00:01Z"}')
      .digest('hex');
    assert.equal(e.hash, expected);
  });

  test('the append path hashes the same bytes as the verifier (canonicalEventHash over canonical details = eventHash), for any event', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string({ unit: 'binary' }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.string({ unit: 'binary' }), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    const text = fc.string({ unit: 'binary' });
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: 'binary' }), json, { maxKeys: 6 }),
        text,
        text,
        text,
        text,
        fc.nat(),
        (details, ts, actor, action, subject, seq) => {
          const body = { seq, ts, actor, action, subject, details: canonicalJson(details), prevHash: 'ab'.repeat(32) };
          assert.equal(canonicalEventHash(body), eventHash(body));
        },
      ),
      { numRuns: 500 },
    );
  });

  test('an intact chain with a checkpoint verifies', () => {
    const r = verify(chain(6), 6);
    assert.equal(r.ok, true);
    assert.equal(r.events, 6);
    assert.equal(r.unanchored, 0);
  });

  test('edited event: named as the first broken link', () => {
    const c = chain(6);
    c[2] = { ...c[2]!, subject: 'key/evil' };
    assert.deepEqual(verify(c).firstBroken?.seq, 3);
    assert.match(verify(c).firstBroken!.reason, /edited/);
  });

  test('edited and re-hashed event: the next link breaks', () => {
    const c = chain(6);
    const body = { ...c[2]!, subject: 'key/evil' };
    c[2] = { ...body, hash: eventHash(body) };
    assert.equal(verify(c).firstBroken?.seq, 4);
  });

  test('deleted event', () => {
    const c = chain(6);
    c.splice(3, 1);
    assert.equal(verify(c).firstBroken?.seq, 4);
  });

  test('inserted event', () => {
    const c = chain(6);
    c.splice(2, 0, { ...c[1]! });
    assert.equal(verify(c).firstBroken?.seq, 3);
  });

  test('reordered events', () => {
    const c = chain(6);
    [c[1], c[2]] = [c[2]!, c[1]!];
    assert.equal(verify(c).firstBroken?.seq, 2);
  });

  test('truncated tail is caught by the checkpoint', () => {
    const r = verify(chain(6).slice(0, 4), 6);
    assert.equal(r.ok, false);
    assert.match(r.firstBroken!.reason, /truncated/);
  });

  test('a checkpoint not signed by the trusted audit key is refused', () => {
    const v = new ChainVerifier(INSTANCE, pub);
    const c = chain(3);
    for (const e of c) v.addEvent(e);
    v.addCheckpoint(signCheckpoint(INSTANCE, new Uint8Array(32).fill(4), { seq: 3, hash: c[2]!.hash, ts: 't' }));
    assert.match(v.result().firstBroken!.reason, /signature/);
  });

  test('exported JSON lines verify offline; a modified line does not', async () => {
    const c = chain(4);
    const cp = signCheckpoint(INSTANCE, secret, { seq: 4, hash: c[3]!.hash, ts: 't' });
    const lines = [
      JSON.stringify({ type: 'header', format: 'custos-audit/1', instanceId: INSTANCE, auditPublicKey: 'ignored', exportedAt: 't' }),
      ...c.map(({ details, ...rest }) => JSON.stringify({ type: 'event', ...rest, details: JSON.parse(details) })),
      JSON.stringify({ type: 'checkpoint', ...cp }),
    ];
    assert.equal((await verifyExport(lines, pub)).ok, true);
    const edited = [...lines];
    edited[2] = edited[2]!.replace('"n":2', '"n":99');
    const r = await verifyExport(edited, pub);
    assert.equal(r.ok, false);
    assert.equal(r.firstBroken?.seq, 2);
    assert.equal((await verifyExport(lines, ed25519.getPublicKey(new Uint8Array(32).fill(5)))).ok, false);
    assert.equal((await verifyExport(lines.slice(0, -1), pub)).ok, false, 'no checkpoint: not anchored');
  });
});

describe('audit details guard', () => {
  test('details whose keys look like secrets are refused before anything is written', async () => {
    const { appendEvent } = await import('../../src/audit/trail.js');
    let inserted = 0;
    const repo = { lastEvent: async () => undefined, insertEvent: async () => void inserted++ } as never;
    for (const details of [{ privateKey: 'x' }, { nested: { mnemonic: 'x' } }, { passphrase: 'x' }, { seed: 'x' }]) {
      await assert.rejects(
        appendEvent(repo, { actor: 'a', action: 'audit.export', subject: 's', details }),
        (e: any) => e.code === 'E_INTERNAL' && !String(e.message).includes("'x'"),
      );
    }
    assert.equal(inserted, 0);
    await appendEvent(repo, { actor: 'a', action: 'audit.export', subject: 's', details: { publicKey: 'ab', shares: 3 } });
    assert.equal(inserted, 1);
  });
});
