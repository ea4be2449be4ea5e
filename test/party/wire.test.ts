/**
 * Party wire layer (src/party/wire.ts): identities, signed envelopes, sealed
 * secrets (v1 classical, v2 hybrid X25519 + ML-KEM-768). Cross-checked against
 * @noble/curves / @noble/hashes / @noble/post-quantum by recomputing the
 * documented signed bytes, KEM key derivation and seal key schedules independently.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { ml_kem768 } from '@noble/post-quantum/ml-kem.js';
import fc from 'fast-check';
import { isCustosError } from '../../src/errors.js';
import {
  type Envelope,
  type Identity,
  type KemAnnouncement,
  fingerprint,
  generateIdentitySecret,
  identityFromSecret,
  kemPublicKey,
  openEnvelope,
  openFrom,
  parseIdentity,
  sealTo,
  signEnvelope,
  verifyKemKey,
} from '../../src/party/wire.js';

const NOW = 1_763_790_000_000;
const secrets = { a: generateIdentitySecret(), b: generateIdentitySecret(), c: generateIdentitySecret() };
const A = identityFromSecret(secrets.a);
const B = identityFromSecret(secrets.b);
const C = identityFromSecret(secrets.c);
const BODY = { round: 2, commitments: ['00ff', 'abcd'], nested: { z: null, a: true, m: -1.5 } };

function throwsCode(fn: () => unknown, code: string, message?: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(isCustosError(e), `expected CustosError, got ${String(e)}`);
    assert.equal(e.code, code, `expected ${code}, got ${e.code}: ${e.message}`);
    if (message) assert.match(e.message, message);
    return true;
  });
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const env = (over: Partial<Envelope> = {}): Envelope => ({ ...signEnvelope(A, B.id, 'dkg.round2', 'sess-1', BODY, NOW), ...over });
const open = (e: unknown, opts: Parameters<typeof openEnvelope>[2] = {}) => openEnvelope(B, e, { now: NOW, ...opts });

/** Independent canonical JSON: recursively sorted keys, JSON.stringify formatting. */
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}
const documentedBytes = (e: Envelope): Uint8Array => {
  const { sig: _sig, ...rest } = e;
  return new TextEncoder().encode('custos-party-msg-v1\n' + JSON.stringify(sortKeys(rest)));
};

describe('identities', () => {
  test('secret is 64 random bytes; id is hex(ed25519 pub || x25519 pub), matching noble', () => {
    assert.equal(secrets.a.length, 64);
    assert.notEqual(hex(secrets.a), hex(secrets.b));
    assert.match(A.id, /^[0-9a-f]{128}$/);
    assert.equal(A.id, identityFromSecret(Uint8Array.from(secrets.a)).id); // deterministic
    assert.equal(A.id.slice(0, 64), hex(ed25519.getPublicKey(secrets.a.subarray(0, 32))));
    assert.equal(A.id.slice(64), hex(x25519.getPublicKey(secrets.a.subarray(32))));
    assert.ok(!A.id.includes(hex(secrets.a.subarray(0, 16))) && !A.id.includes(hex(secrets.a.subarray(32, 48))));
    assert.deepEqual(Object.keys(A).sort(), ['id', 'sign']);
    assert.ok(!JSON.stringify(A).includes(hex(secrets.a.subarray(0, 8))));
  });

  test('Identity.sign is Ed25519 over the raw bytes (noble verifies)', () => {
    const msg = Uint8Array.from([1, 2, 3]);
    const sig = A.sign(msg);
    assert.equal(sig.length, 64);
    assert.ok(ed25519.verify(sig, msg, parseHalf(A.id, 0)));
    assert.deepEqual(sig, ed25519.sign(msg, secrets.a.subarray(0, 32))); // deterministic, byte-identical
  });

  test('fingerprint: first 16 hex of sha256(id bytes)', () => {
    assert.equal(fingerprint(A.id), createHash('sha256').update(Buffer.from(A.id, 'hex')).digest('hex').slice(0, 16));
    throwsCode(() => fingerprint('zz'), 'E_BAD_INPUT');
  });

  test('identityFromSecret rejects wrong sizes', () => {
    throwsCode(() => identityFromSecret(new Uint8Array(63)), 'E_BAD_INPUT', /secret/);
    throwsCode(() => identityFromSecret('x'.repeat(64) as unknown as Uint8Array), 'E_BAD_INPUT');
  });

  test('parseIdentity accepts valid ids and caches', () => {
    const p = parseIdentity(B.id);
    assert.equal(p.id, B.id);
    assert.equal(p.sign.asymmetricKeyType, 'ed25519');
    assert.equal(p.kx.asymmetricKeyType, 'x25519');
    assert.equal(parseIdentity(B.id), p);
  });

  const edA = A.id.slice(0, 64);
  const kxA = A.id.slice(64);
  const malformed: [string, unknown][] = [
    ['not a string', 42],
    ['empty', ''],
    ['too short', A.id.slice(0, 126)],
    ['too long', A.id + '00'],
    ['uppercase', A.id.toUpperCase()],
    ['0x prefix', '0x' + A.id.slice(2)],
    ['non-hex', 'g' + A.id.slice(1)],
    ['ed25519 not on the curve (y = 2)', '02'.padEnd(64, '0') + kxA],
    ['ed25519 small order (neutral point)', '01'.padEnd(64, '0') + kxA],
    ['ed25519 non-canonical y >= p', 'ed' + 'ff'.repeat(30) + '7f' + kxA],
    ['x25519 zero point', edA + '00'.repeat(32)],
    ['x25519 u = 1 (low order)', edA + '01'.padEnd(64, '0')],
    ['x25519 order-8 point', edA + 'e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800'],
    ['x25519 non-canonical u = p', edA + 'ed' + 'ff'.repeat(30) + '7f'],
    ['x25519 high bit set', edA + kxA.slice(0, 62) + (parseInt(kxA.slice(62), 16) | 0x80).toString(16)],
  ];
  for (const [name, id] of malformed) {
    test(`malformed identity -> E_BAD_INPUT naming the field: ${name}`, () => {
      assert.throws(
        () => parseIdentity(id as string, 'peerId'),
        (e: unknown) => isCustosError(e, 'E_BAD_INPUT') && e.message.startsWith('peerId:') && e.details?.['field'] === 'peerId',
      );
      throwsCode(() => signEnvelope(A, id as string, 't', 's', {}, NOW), 'E_BAD_INPUT', /^to:/);
      throwsCode(() => sealTo(A, id as string, new Uint8Array(1), 'ctx'), 'E_BAD_INPUT', /^recipientId:/);
      throwsCode(() => openFrom(B, id as string, 'v1.a.b.c', 'ctx'), 'E_BAD_INPUT', /^senderId:/);
    });
  }
});

function parseHalf(id: string, half: 0 | 1): Uint8Array {
  return Uint8Array.from(Buffer.from(id.slice(half * 64, half * 64 + 64), 'hex'));
}

describe('envelopes', () => {
  test('round trip, also through JSON; body is a detached canonical copy', () => {
    const body = { b: [1, 'x'], a: { y: 1, x: 2 } };
    const e = signEnvelope(A, B.id, 'dkg.round1', 'sess-1', body, NOW);
    body.b.push(2);
    assert.deepEqual(Object.keys(e).sort(), ['body', 'from', 'session', 'sig', 'to', 'ts', 'type', 'v']);
    assert.equal(e.v, 1);
    assert.equal(e.from, A.id);
    assert.equal(e.to, B.id);
    assert.equal(e.ts, NOW);
    assert.deepEqual(e.body, { a: { x: 2, y: 1 }, b: [1, 'x'] });
    assert.match(e.sig, /^[A-Za-z0-9_-]{86}$/);
    assert.deepEqual(open(e), e);
    assert.deepEqual(open(JSON.parse(JSON.stringify(e))), e);
    assert.deepEqual(open(e, { from: A.id }), e);
    assert.deepEqual(open(e, { from: [C.id, A.id] }), e);
    const live = signEnvelope(A, B.id, 't', 's', null); // default now = Date.now()
    assert.deepEqual(openEnvelope(B, live, {}), live);
  });

  test('signature verifies with @noble/curves over the documented canonical bytes', () => {
    const e = env();
    const bytes = documentedBytes(e);
    assert.ok(ed25519.verify(Buffer.from(e.sig, 'base64url'), bytes, parseHalf(A.id, 0)));
    // Spelled out for this body, keys sorted at every level:
    const expected =
      'custos-party-msg-v1\n' +
      `{"body":{"commitments":["00ff","abcd"],"nested":{"a":true,"m":-1.5,"z":null},"round":2},"from":"${A.id}","session":"sess-1","to":"${B.id}","ts":${NOW},"type":"dkg.round2","v":1}`;
    assert.equal(new TextDecoder().decode(bytes), expected);
    // And an envelope signed by noble with A's seed is accepted.
    const { sig: _s, ...rest } = e;
    const forged = { ...rest, body: { other: 1 }, sig: '' };
    forged.sig = Buffer.from(ed25519.sign(documentedBytes(forged), secrets.a.subarray(0, 32))).toString('base64url');
    assert.deepEqual(open(forged).body, { other: 1 });
  });

  test('tampering with type, session, body, ts, sig -> E_BAD_SIGNATURE', () => {
    const e = env();
    const sig = Buffer.from(e.sig, 'base64url');
    sig[10]! ^= 1;
    const cases: Partial<Envelope>[] = [
      { type: 'dkg.round3' },
      { session: 'sess-2' },
      { body: { ...BODY, round: 3 } },
      { body: null },
      { ts: NOW + 1 },
      { sig: sig.toString('base64url') },
      { sig: env({}).sig.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) },
    ];
    for (const over of cases) throwsCode(() => open({ ...e, ...over }), 'E_BAD_SIGNATURE', /does not verify/);
  });

  test('tampering with from: another sender -> E_BAD_SIGNATURE, or E_BAD_INPUT when the sender is pinned', () => {
    const e = env({ from: C.id });
    throwsCode(() => open(e), 'E_BAD_SIGNATURE');
    throwsCode(() => open(e, { from: A.id }), 'E_BAD_INPUT', /expected sender/);
    throwsCode(() => open(env(), { from: [C.id] }), 'E_BAD_INPUT', /expected sender/);
  });

  test('tampering with to / wrong recipient -> E_BAD_INPUT not addressed to this node', () => {
    throwsCode(() => open(env({ to: C.id })), 'E_BAD_INPUT', /not addressed to this node/);
    throwsCode(() => openEnvelope(C, env(), { now: NOW }), 'E_BAD_INPUT', /not addressed to this node/);
    throwsCode(() => openEnvelope(A, env(), { now: NOW }), 'E_BAD_INPUT', /not addressed to this node/);
  });

  test('stale and future timestamps -> E_STALE_REQUEST; the window edge is accepted', () => {
    const at = (ts: number) => signEnvelope(A, B.id, 't', 's', 1, ts);
    assert.ok(open(at(NOW - 120_000)));
    assert.ok(open(at(NOW + 120_000)));
    throwsCode(() => open(at(NOW - 120_001)), 'E_STALE_REQUEST');
    throwsCode(() => open(at(NOW + 120_001)), 'E_STALE_REQUEST');
    throwsCode(() => open(at(NOW - 5_000), { maxSkewMs: 1_000 }), 'E_STALE_REQUEST');
    assert.ok(open(at(NOW - 5_000), { maxSkewMs: 5_000 }));
    // A tampered timestamp moved out of the window is stale before the signature is looked at.
    throwsCode(() => open(env({ ts: NOW - 10 * 60_000 })), 'E_STALE_REQUEST');
  });

  test('malformed envelopes -> E_BAD_INPUT', () => {
    const e = env();
    const { body: _b, ...noBody } = e;
    const bad: unknown[] = [
      null,
      'x',
      [e],
      noBody,
      { ...e, extra: 1 },
      { ...e, v: 2 },
      { ...e, type: '' },
      { ...e, type: 'a b' },
      { ...e, session: 'x'.repeat(129) },
      { ...e, ts: -1 },
      { ...e, ts: NOW + 0.5 },
      { ...e, ts: String(NOW) },
      { ...e, sig: e.sig.slice(1) },
      { ...e, sig: e.sig + '=' },
      { ...e, sig: e.sig.slice(0, 85) + 'B' }, // non-canonical trailing bits
      { ...e, from: A.id.toUpperCase() },
      { ...e, to: 42 },
      { ...e, body: new Date(0) },
      { ...e, body: { n: Number.NaN } },
      { ...e, body: [1, undefined] },
      { ...e, body: 1n },
    ];
    for (const x of bad) throwsCode(() => open(x), 'E_BAD_INPUT');
  });

  test('signEnvelope input checks', () => {
    throwsCode(() => signEnvelope(A, B.id, 'bad type', 's', {}, NOW), 'E_BAD_INPUT', /^type:/);
    throwsCode(() => signEnvelope(A, B.id, 't', '', {}, NOW), 'E_BAD_INPUT', /^session:/);
    throwsCode(() => signEnvelope(A, B.id, 't', 's', undefined, NOW), 'E_BAD_INPUT', /^body:/);
    throwsCode(() => signEnvelope(A, B.id, 't', 's', { d: new Date() }, NOW), 'E_BAD_INPUT', /^body:/);
    throwsCode(() => signEnvelope(A, B.id, 't', 's', {}, 1.5), 'E_BAD_INPUT', /^ts:/);
  });
});

describe('sealed secrets', () => {
  const CTX = 'dkg/sess-1/round2/share';

  test('round trip for several sizes; fresh ephemeral key and nonce each time', () => {
    for (const n of [0, 1, 32, 1000]) {
      const pt = Uint8Array.from({ length: n }, (_, i) => (i * 7) & 0xff);
      const sealed = sealTo(A, B.id, pt, CTX);
      assert.match(sealed, /^v1\.[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
      assert.equal(Buffer.from(sealed.split('.')[3]!, 'base64url').length, n + 16);
      assert.deepEqual(openFrom(B, A.id, sealed, CTX), pt);
    }
    const x = sealTo(A, B.id, new Uint8Array(32), CTX);
    const y = sealTo(A, B.id, new Uint8Array(32), CTX);
    assert.notEqual(x.split('.')[1], y.split('.')[1]);
    assert.notEqual(x.split('.')[2], y.split('.')[2]);
    assert.deepEqual(openFrom(A, A.id, sealTo(A, A.id, Uint8Array.of(9), CTX), CTX), Uint8Array.of(9)); // to self
  });

  test('independent recomputation of the documented key schedule (noble x25519 + hkdf)', () => {
    const pt = new TextEncoder().encode('share bytes');
    const sealed = sealTo(A, B.id, pt, CTX);
    const [, e64, n64, c64] = sealed.split('.') as [string, string, string, string];
    const E = Buffer.from(e64, 'base64url');
    const bKx = secrets.b.subarray(32);
    const ikm = Buffer.concat([x25519.getSharedSecret(bKx, E), x25519.getSharedSecret(bKx, parseHalf(A.id, 1))]);
    const info = Buffer.concat([Buffer.from('custos-party-seal-v1'), Buffer.from(A.id, 'hex'), Buffer.from(B.id, 'hex'), Buffer.from(CTX)]);
    const key = hkdf(sha256, ikm, E, info, 32);
    const ct = Buffer.from(c64, 'base64url');
    const d = createDecipheriv('aes-256-gcm', key, Buffer.from(n64, 'base64url'));
    d.setAAD(Buffer.from(CTX));
    d.setAuthTag(ct.subarray(-16));
    assert.deepEqual(new Uint8Array(Buffer.concat([d.update(ct.subarray(0, -16)), d.final()])), pt);
  });

  const notAuth = (fn: () => unknown) =>
    assert.throws(fn, (e: unknown) => isCustosError(e, 'E_BAD_SIGNATURE') && e.message === 'sealed message does not authenticate' && e.details === undefined);

  test('wrong recipient, wrong claimed sender, wrong context -> E_BAD_SIGNATURE', () => {
    const sealed = sealTo(A, B.id, Uint8Array.of(1, 2, 3), CTX);
    notAuth(() => openFrom(C, A.id, sealed, CTX)); // not the recipient
    notAuth(() => openFrom(B, C.id, sealed, CTX)); // C relays A's blob as its own
    notAuth(() => openFrom(B, B.id, sealed, CTX));
    notAuth(() => openFrom(B, A.id, sealed, CTX + 'x'));
    notAuth(() => openFrom(B, A.id, sealed, 'dkg/sess-2/round2/share'));
  });

  test('a flipped bit in any part -> E_BAD_SIGNATURE', () => {
    const sealed = sealTo(A, B.id, new Uint8Array(40).fill(7), CTX);
    const parts = sealed.split('.');
    for (let p = 1; p <= 3; p++) {
      const raw = Buffer.from(parts[p]!, 'base64url');
      for (const i of [0, raw.length >> 1, raw.length - 1]) {
        for (const bit of [0, 7]) {
          const t = Buffer.from(raw);
          t[i]! ^= 1 << bit;
          const copy = [...parts];
          copy[p] = t.toString('base64url');
          notAuth(() => openFrom(B, A.id, copy.join('.'), CTX));
        }
      }
    }
    assert.deepEqual(openFrom(B, A.id, sealed, CTX), new Uint8Array(40).fill(7)); // untouched still opens
  });

  test('malformed sealed strings -> E_BAD_SIGNATURE', () => {
    const sealed = sealTo(A, B.id, Uint8Array.of(1), CTX);
    const [, e64, n64, c64] = sealed.split('.') as [string, string, string, string];
    const bad: unknown[] = [
      '',
      42,
      'v1',
      `v2.${e64}.${n64}.${c64}`,
      `v1.${e64}.${n64}`,
      `v1.${e64}.${n64}.${c64}.x`,
      `v1.${e64}.${n64}.${c64}=`,
      `v1.${e64}.${n64}.`,
      `v1.${e64}.${n64}.${c64.slice(0, 20)}`, // shorter than a tag
      `v1.${e64.slice(1)}.${n64}.${c64}`,
      `v1.${e64}.${n64}AA.${c64}`,
      `v1.${'A'.repeat(43)}.${n64}.${c64}`, // all-zero (low-order) ephemeral key
      `v1.${e64}.${n64}.${c64.replace(/.$/, '+')}`,
    ];
    for (const s of bad) notAuth(() => openFrom(B, A.id, s as string, CTX));
  });

  test('argument checks: context, plaintext, foreign Identity objects', () => {
    throwsCode(() => sealTo(A, B.id, Uint8Array.of(1), ''), 'E_BAD_INPUT', /^context:/);
    throwsCode(() => openFrom(B, A.id, 'v1.a.b.c', ''), 'E_BAD_INPUT', /^context:/);
    assert.throws(() => sealTo(A, B.id, 'text' as unknown as Uint8Array, CTX), TypeError);
    const fake: Identity = { id: A.id, sign: A.sign };
    assert.throws(() => sealTo(fake, B.id, Uint8Array.of(1), CTX), TypeError);
    assert.throws(() => openFrom(fake, B.id, 'v1.a.b.c', CTX), TypeError);
  });
});

/** Independent from the module: B's documented ML-KEM-768 keys, straight from noble. */
const kemSeed = (secret: Uint8Array): Uint8Array => hkdf(sha256, secret, undefined, new TextEncoder().encode('custos-party-kem-seed-v1'), 64);
const nobleKem = (secret: Uint8Array) => ml_kem768.keygen(kemSeed(secret));
const announceBytes = (id: string, kem: Uint8Array): Uint8Array => Buffer.concat([Buffer.from('custos-party-kem-v1\n'), Buffer.from(id, 'hex'), kem]);
const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64url');
const unb64 = (s: string): Buffer => Buffer.from(s, 'base64url');

/** Decrypt AES-256-GCM as documented (AD = context); throws when the tag fails. */
function gcmOpen(key: Uint8Array, nonce: Uint8Array, ct: Uint8Array, context: string): Uint8Array {
  const d = createDecipheriv('aes-256-gcm', key, nonce);
  d.setAAD(Buffer.from(context));
  d.setAuthTag(ct.subarray(-16));
  return new Uint8Array(Buffer.concat([d.update(ct.subarray(0, -16)), d.final()]));
}

/** Independent recomputation of the documented v2 key schedule for a blob from `from` to `to`. */
function v2Key(sealed: string, toSecret: Uint8Array, fromId: string, toId: string, context: string, kemSs: Uint8Array): Uint8Array {
  const [, e64, k64] = sealed.split('.') as [string, string, string];
  const E = unb64(e64);
  const kx = toSecret.subarray(32);
  const ikm = Buffer.concat([x25519.getSharedSecret(kx, E), x25519.getSharedSecret(kx, parseHalf(fromId, 1)), kemSs]);
  const info = Buffer.concat([Buffer.from('custos-party-seal-v2'), Buffer.from(fromId, 'hex'), Buffer.from(toId, 'hex'), Buffer.from(context)]);
  return hkdf(sha256, ikm, Buffer.concat([E, unb64(k64)]), info, 32);
}

describe('hybrid sealed secrets (v2: X25519 + ML-KEM-768)', () => {
  const CTX = 'dkg/sess-1/round2/share';
  const annA = kemPublicKey(A);
  const annB = kemPublicKey(B);
  const annC = kemPublicKey(C);
  // Verified inside each test (memoised), so a verifyKemKey bug fails tests, not just the suite setup.
  let verified: { kemB: Uint8Array; kemC: Uint8Array } | undefined;
  const keys = () => (verified ??= { kemB: verifyKemKey(B.id, annB), kemC: verifyKemKey(C.id, annC) });
  const notAuth = (fn: () => unknown) =>
    assert.throws(fn, (e: unknown) => isCustosError(e, 'E_BAD_SIGNATURE') && e.message === 'sealed message does not authenticate' && e.details === undefined);
  const badField = (fn: () => unknown, field: string, message?: RegExp) =>
    assert.throws(fn, (e: unknown) => {
      assert.ok(isCustosError(e, 'E_BAD_INPUT'), `expected E_BAD_INPUT, got ${String(e)}`);
      assert.ok(e.message.startsWith(`${field}:`), e.message);
      assert.equal(e.details?.['field'], field);
      if (message) assert.match(e.message, message);
      return true;
    });

  test('KEM keys derive from the identity secret as documented; the announcement is signed by the identity', () => {
    const { kemB } = keys();
    assert.deepEqual(Object.keys(annB).sort(), ['kem', 'sig']);
    assert.match(annB.kem, /^[A-Za-z0-9_-]{1579}$/); // 1184 bytes
    assert.match(annB.sig, /^[A-Za-z0-9_-]{86}$/);
    const noble = nobleKem(secrets.b);
    assert.deepEqual(new Uint8Array(unb64(annB.kem)), noble.publicKey);
    assert.deepEqual(kemB, noble.publicKey);
    assert.ok(ed25519.verify(unb64(annB.sig), announceBytes(B.id, noble.publicKey), parseHalf(B.id, 0)));
    assert.deepEqual(kemPublicKey(identityFromSecret(Uint8Array.from(secrets.b))), annB); // deterministic, no stored state
    assert.deepEqual(kemPublicKey(B), annB);
    assert.notEqual(annA.kem, annB.kem);
    assert.deepEqual(verifyKemKey(B.id, JSON.parse(JSON.stringify(annB))), kemB); // survives JSON transport
    assert.deepEqual(Object.keys(B).sort(), ['id', 'sign']); // Identity shape unchanged
    assert.ok(!JSON.stringify(annB).includes(b64(secrets.b.subarray(0, 8))));
    assert.throws(() => kemPublicKey({ id: B.id, sign: B.sign }), TypeError);
  });

  test('forged KEM announcements are refused, naming the field', () => {
    const { kemB } = keys();
    const coordinator = ml_kem768.keygen(); // a relay's own KEM key it would like B to be sealed to
    const flipped = unb64(annB.sig);
    flipped[5]! ^= 1;
    badField(() => verifyKemKey(B.id, annC), 'sig', /not signed by this identity/); // another party's (validly signed) key
    badField(() => verifyKemKey(B.id, { kem: b64(coordinator.publicKey), sig: annB.sig }), 'sig'); // substituted key, B's signature
    badField(
      () =>
        verifyKemKey(B.id, { kem: b64(coordinator.publicKey), sig: b64(ed25519.sign(announceBytes(B.id, coordinator.publicKey), secrets.c.subarray(0, 32))) }),
      'sig',
    ); // signed by C for B
    badField(() => verifyKemKey(C.id, annB), 'sig'); // B's announcement claimed for C
    badField(() => verifyKemKey(B.id, { ...annB, sig: flipped.toString('base64url') }), 'sig');
    // Domain separation: B's signature over the key without the prefix / id is not an announcement.
    badField(() => verifyKemKey(B.id, { kem: annB.kem, sig: b64(ed25519.sign(kemB, secrets.b.subarray(0, 32))) }), 'sig');
    badField(() => verifyKemKey(B.id, null), 'announcement');
    badField(() => verifyKemKey(B.id, [annB]), 'announcement');
    badField(() => verifyKemKey(B.id, { kem: annB.kem }), 'announcement');
    badField(() => verifyKemKey(B.id, { ...annB, v: 1 }), 'announcement');
    badField(() => verifyKemKey(B.id, { ...annB, kem: annB.kem.slice(1) }), 'kem');
    badField(() => verifyKemKey(B.id, { ...annB, kem: annB.kem + '=' }), 'kem');
    badField(() => verifyKemKey(B.id, { ...annB, kem: 42 }), 'kem');
    badField(() => verifyKemKey(B.id, { ...annB, sig: annB.sig.slice(0, 85) + 'B' }), 'sig'); // non-canonical
    badField(() => verifyKemKey(B.id, { ...annB, sig: '' }), 'sig');
    badField(() => verifyKemKey('00'.repeat(64), annB), 'id');
    // Correctly signed by B, but not a valid ML-KEM-768 key (coefficient 4095 >= q): FIPS 203 §7.2 modulus check.
    const bad = Uint8Array.from(kemB);
    bad[0] = 0xff;
    bad[1] = 0xff;
    badField(() => verifyKemKey(B.id, { kem: b64(bad), sig: b64(ed25519.sign(announceBytes(B.id, bad), secrets.b.subarray(0, 32))) }), 'kem', /modulus/);
    // sealTo verifies announcements it is given, and checks raw keys.
    badField(() => sealTo(A, B.id, Uint8Array.of(1), CTX, annC), 'sig');
    badField(() => sealTo(A, B.id, Uint8Array.of(1), CTX, kemB.subarray(1)), 'peerKem');
    badField(() => sealTo(A, B.id, Uint8Array.of(1), CTX, bad), 'peerKem', /modulus/);
  });

  test('round trip for several sizes, with verified bytes or the announcement; fresh E, KEM ciphertext, nonce', () => {
    const { kemB } = keys();
    for (const n of [0, 1, 32, 1000]) {
      const pt = Uint8Array.from({ length: n }, (_, i) => (i * 13) & 0xff);
      const sealed = sealTo(A, B.id, pt, CTX, kemB);
      assert.match(sealed, /^v2\.[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{1451}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
      assert.equal(unb64(sealed.split('.')[2]!).length, 1088);
      assert.equal(unb64(sealed.split('.')[4]!).length, n + 16);
      assert.deepEqual(openFrom(B, A.id, sealed, CTX), pt);
      assert.deepEqual(openFrom(B, A.id, sealed, CTX, { requireHybrid: true }), pt);
      assert.deepEqual(openFrom(B, A.id, sealTo(A, B.id, pt, CTX, annB), CTX), pt);
    }
    const x = sealTo(A, B.id, new Uint8Array(32), CTX, kemB).split('.');
    const y = sealTo(A, B.id, new Uint8Array(32), CTX, kemB).split('.');
    for (const i of [1, 2, 3]) assert.notEqual(x[i], y[i]);
    assert.deepEqual(openFrom(A, A.id, sealTo(A, A.id, Uint8Array.of(9), CTX, annA), CTX), Uint8Array.of(9)); // to self
  });

  test('opens only for the right recipient, claimed sender and context', () => {
    const { kemB, kemC } = keys();
    const sealed = sealTo(A, B.id, Uint8Array.of(1, 2, 3), CTX, kemB);
    notAuth(() => openFrom(C, A.id, sealed, CTX)); // not the recipient
    notAuth(() => openFrom(A, A.id, sealed, CTX)); // nor the sender itself
    notAuth(() => openFrom(B, C.id, sealed, CTX)); // C relays A's blob as its own
    notAuth(() => openFrom(B, B.id, sealed, CTX));
    notAuth(() => openFrom(B, A.id, sealed, CTX + 'x'));
    notAuth(() => openFrom(B, A.id, sealed, 'dkg/sess-2/round2/share'));
    // Sealed to B's id but with C's KEM key (a substitution that skipped verifyKemKey): B cannot open it, nor C.
    const wrongKem = sealTo(A, B.id, Uint8Array.of(1), CTX, kemC);
    notAuth(() => openFrom(B, A.id, wrongKem, CTX));
    notAuth(() => openFrom(C, A.id, wrongKem, CTX));
  });

  test('tampering with any part or the version -> E_BAD_SIGNATURE', () => {
    const { kemB } = keys();
    const pt = new Uint8Array(40).fill(7);
    const sealed = sealTo(A, B.id, pt, CTX, kemB);
    const parts = sealed.split('.');
    for (let p = 1; p <= 4; p++) {
      const raw = unb64(parts[p]!);
      for (const i of [0, raw.length >> 1, raw.length - 1]) {
        for (const bit of [0, 7]) {
          const t = Buffer.from(raw);
          t[i]! ^= 1 << bit;
          const copy = [...parts];
          copy[p] = t.toString('base64url');
          notAuth(() => openFrom(B, A.id, copy.join('.'), CTX));
        }
      }
    }
    const [, e64, k64, n64, c64] = parts as [string, string, string, string, string];
    const other = sealTo(A, B.id, pt, CTX, kemB).split('.');
    const bad: string[] = [
      `v1.${e64}.${k64}.${n64}.${c64}`, // version relabelled
      `v3.${e64}.${k64}.${n64}.${c64}`,
      `V2.${e64}.${k64}.${n64}.${c64}`,
      `v1.${e64}.${n64}.${c64}`, // KEM part stripped: a v1 blob under the v2 key does not open
      `v2.${e64}.${n64}.${c64}`,
      `v2.${e64}.${other[2]}.${n64}.${c64}`, // KEM ciphertext of another blob
      `v2.${other[1]}.${k64}.${n64}.${c64}`, // E of another blob
      `v2.${e64}.${k64.slice(0, -4)}.${n64}.${c64}`, // short KEM ciphertext
      `v2.${e64}.${k64}AAAA.${n64}.${c64}`, // long KEM ciphertext
      `v2.${e64}.${k64}.${n64}.${c64}.x`,
      `v2.${e64}.${k64}.${n64}.${c64.slice(0, 20)}`,
      `v2.${'A'.repeat(43)}.${k64}.${n64}.${c64}`, // low-order E
      `v2.${e64}.${k64}.${n64}.${c64}=`,
    ];
    for (const s of bad) notAuth(() => openFrom(B, A.id, s, CTX));
    assert.deepEqual(openFrom(B, A.id, sealed, CTX), pt); // untouched still opens
  });

  test('requireHybrid refuses v1 (downgrade), with its own message; v1 still opens without it', () => {
    const v1 = sealTo(A, B.id, Uint8Array.of(4, 5), CTX);
    assert.match(v1, /^v1\./);
    assert.throws(
      () => openFrom(B, A.id, v1, CTX, { requireHybrid: true }),
      (e: unknown) => isCustosError(e, 'E_BAD_SIGNATURE') && /classical-only \(v1\)/.test(e.message),
    );
    assert.deepEqual(openFrom(B, A.id, v1, CTX), Uint8Array.of(4, 5));
    assert.deepEqual(openFrom(B, A.id, v1, CTX, { requireHybrid: false }), Uint8Array.of(4, 5));
    notAuth(() => openFrom(B, A.id, 'garbage', CTX, { requireHybrid: true }));
  });

  test('v1 interoperates: a v1 blob built independently (old format, noble + node AES-GCM) opens', () => {
    const pt = new TextEncoder().encode('old share');
    const e = x25519.utils.randomSecretKey();
    const E = x25519.getPublicKey(e);
    const ikm = Buffer.concat([x25519.getSharedSecret(e, parseHalf(B.id, 1)), x25519.getSharedSecret(secrets.a.subarray(32), parseHalf(B.id, 1))]);
    const info = Buffer.concat([Buffer.from('custos-party-seal-v1'), Buffer.from(A.id, 'hex'), Buffer.from(B.id, 'hex'), Buffer.from(CTX)]);
    const key = hkdf(sha256, ikm, E, info, 32);
    const nonce = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', key, nonce).setAAD(Buffer.from(CTX));
    const ct = Buffer.concat([c.update(pt), c.final(), c.getAuthTag()]);
    assert.deepEqual(openFrom(B, A.id, `v1.${b64(E)}.${b64(nonce)}.${b64(ct)}`, CTX), pt);
    // and a v1 blob from sealTo still has the old shape and key schedule (tested above) alongside v2 ones.
    assert.deepEqual(openFrom(B, A.id, sealTo(A, B.id, pt, CTX), CTX), pt);
  });

  test("cross-check: the sealer's ML-KEM shared secret is noble's decapsulate result (independent key schedule)", () => {
    const { kemB } = keys();
    const pt = new TextEncoder().encode('share bytes');
    const sealed = sealTo(A, B.id, pt, CTX, kemB);
    const [, , k64, n64, c64] = sealed.split('.') as [string, string, string, string, string];
    const kemCt = unb64(k64);
    const ss = ml_kem768.decapsulate(kemCt, nobleKem(secrets.b).secretKey); // FIPS 203 §7.3, the library directly
    const nonce = unb64(n64);
    const ct = unb64(c64);
    assert.deepEqual(gcmOpen(v2Key(sealed, secrets.b, A.id, B.id, CTX, ss), nonce, ct, CTX), pt);
    // The KEM secret really is in the key: any other 32 bytes (e.g. implicit rejection of another ciphertext) fail.
    assert.throws(() => gcmOpen(v2Key(sealed, secrets.b, A.id, B.id, CTX, new Uint8Array(32)), nonce, ct, CTX));
    assert.throws(() => gcmOpen(v2Key(sealed, secrets.b, A.id, B.id, CTX, ml_kem768.decapsulate(kemCt, nobleKem(secrets.c).secretKey)), nonce, ct, CTX));
    // An encapsulation made by noble to B's documented key, sealed by hand under the documented schedule, opens.
    const enc = ml_kem768.encapsulate(nobleKem(secrets.b).publicKey);
    const e = x25519.utils.randomSecretKey();
    const E = x25519.getPublicKey(e);
    const ikm = Buffer.concat([
      x25519.getSharedSecret(e, parseHalf(B.id, 1)),
      x25519.getSharedSecret(secrets.a.subarray(32), parseHalf(B.id, 1)),
      enc.sharedSecret,
    ]);
    const info = Buffer.concat([Buffer.from('custos-party-seal-v2'), Buffer.from(A.id, 'hex'), Buffer.from(B.id, 'hex'), Buffer.from(CTX)]);
    const key = hkdf(sha256, ikm, Buffer.concat([E, enc.cipherText]), info, 32);
    const n = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', key, n).setAAD(Buffer.from(CTX));
    const byHand = `v2.${b64(E)}.${b64(enc.cipherText)}.${b64(n)}.${b64(Buffer.concat([c.update(pt), c.final(), c.getAuthTag()]))}`;
    assert.deepEqual(openFrom(B, A.id, byHand, CTX, { requireHybrid: true }), pt);
  });

  test('property: random secrets and contexts round trip in v2 and v1, and open under no other context', () => {
    const { kemB } = keys();
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 600 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (pt, context, suffix, viaAnnouncement) => {
          const peer: Uint8Array | KemAnnouncement = viaAnnouncement ? annB : kemB;
          const v2 = sealTo(A, B.id, pt, context, peer);
          const v1 = sealTo(A, B.id, pt, context);
          assert.deepEqual(openFrom(B, A.id, v2, context, { requireHybrid: true }), pt);
          assert.deepEqual(openFrom(B, A.id, v1, context), pt);
          notAuth(() => openFrom(B, A.id, v2, context + suffix));
          notAuth(() => openFrom(C, A.id, v2, context));
        },
      ),
      { numRuns: 40 },
    );
  });

  test('argument checks: foreign Identity objects, context', () => {
    const { kemB } = keys();
    const fake: Identity = { id: A.id, sign: A.sign };
    assert.throws(() => sealTo(fake, B.id, Uint8Array.of(1), CTX, kemB), TypeError);
    assert.throws(() => openFrom(fake, B.id, sealTo(B, A.id, Uint8Array.of(1), CTX, annA), CTX), TypeError);
    throwsCode(() => sealTo(A, B.id, Uint8Array.of(1), '', kemB), 'E_BAD_INPUT', /^context:/);
    badField(() => sealTo(A, 'zz', Uint8Array.of(1), CTX, kemB), 'recipientId');
  });
});
