import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Barrier, aeadWrapper } from '../../src/keystore/barrier.js';
import { AeadError, aeadOpen, aeadSeal } from '../../src/crypto/aead.js';

const key32 = fc.uint8Array({ minLength: 32, maxLength: 32 });

describe('AES-256-GCM with associated data', () => {
  test('round trip for any plaintext and AD (property)', () => {
    fc.assert(
      fc.property(key32, fc.uint8Array({ maxLength: 300 }), fc.string(), (k, pt, ad) => {
        assert.deepEqual(aeadOpen(k, aeadSeal(k, pt, ad), ad), pt);
      }),
    );
  });

  test('any bit flip, truncation or different AD fails authentication (property)', () => {
    fc.assert(
      fc.property(key32, fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.nat(), (k, pt, pos) => {
        const sealed = aeadSeal(k, pt, 'record-1');
        const flipped = Uint8Array.from(sealed);
        flipped[pos % flipped.length]! ^= 1;
        assert.throws(() => aeadOpen(k, flipped, 'record-1'), AeadError);
        assert.throws(() => aeadOpen(k, sealed.subarray(0, sealed.length - 1), 'record-1'), AeadError);
        assert.throws(() => aeadOpen(k, sealed, 'record-2'), AeadError);
      }),
    );
  });
});

describe('Barrier', () => {
  const unsealKey = new Uint8Array(32).fill(7);

  test('sealed barrier refuses everything with E_SEALED', () => {
    const b = new Barrier('inst');
    assert.equal(b.sealed, true);
    assert.throws(
      () => b.newDataKey('t'),
      (e: any) => e.code === 'E_SEALED',
    );
  });

  test('seal/unseal round trip restores the same data keys (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 100 }), (secret) => {
        const b = new Barrier('inst');
        const wrappedRoot = b.initRoot(aeadWrapper(unsealKey));
        const { record, dek } = b.newDataKey('t');
        const ct = b.sealRecord(dek, secret, 'key:1');
        b.seal();
        assert.throws(
          () => b.openDataKey(record, 'k'),
          (e: any) => e.code === 'E_SEALED',
        );
        b.unseal(aeadWrapper(unsealKey), wrappedRoot, 1);
        const dek2 = b.openDataKey(record, 'k');
        assert.deepEqual(b.openRecord(dek2, ct, 'key:1', 'key/k'), secret);
      }),
      { numRuns: 30 },
    );
  });

  test('wrong unseal key or another instance id cannot unseal', () => {
    const b = new Barrier('inst-a');
    const wrapped = b.initRoot(aeadWrapper(unsealKey));
    assert.throws(() => new Barrier('inst-a').unseal(aeadWrapper(new Uint8Array(32).fill(8)), wrapped, 1), AeadError);
    assert.throws(() => new Barrier('inst-b').unseal(aeadWrapper(unsealKey), wrapped, 1), AeadError);
  });

  test('a record opened under another identity is E_TAMPERED naming the record', () => {
    const b = new Barrier('inst');
    b.initRoot(aeadWrapper(unsealKey));
    const { dek } = b.newDataKey('t');
    const ct = b.sealRecord(dek, new Uint8Array([1, 2, 3]), 'custos:key:A:v1');
    assert.throws(
      () => b.openRecord(dek, ct, 'custos:key:B:v1', 'key/B v1'),
      (e: any) => e.code === 'E_TAMPERED' && e.message.includes('key/B v1'),
    );
  });

  test('rotation re-wraps data keys without changing what they open', () => {
    const b = new Barrier('inst');
    b.initRoot(aeadWrapper(unsealKey));
    const a = b.newDataKey('t');
    const ct = b.sealRecord(a.dek, new Uint8Array([42]), 'r');
    const p = b.prepareRotation([a.record]);
    b.commitRotation(p.newRoot, p.newVersion);
    assert.equal(b.rootVersion, 2);
    // The old wrapping no longer opens under the new root; the re-wrapped one does.
    assert.throws(
      () => b.openDataKey(a.record, 'k'),
      (e: any) => e.code === 'E_TAMPERED',
    );
    const dek = b.openDataKey(p.rewrapped[0], 'k');
    assert.deepEqual(b.openRecord(dek, ct, 'r', 'r'), new Uint8Array([42]));
    // And the new wrapped root unseals with the same unseal key.
    const fresh = new Barrier('inst');
    fresh.unseal(aeadWrapper(unsealKey), p.wrappedRoot, 2);
    assert.deepEqual(fresh.openRecord(fresh.openDataKey(p.rewrapped[0], 'k'), ct, 'r', 'r'), new Uint8Array([42]));
  });
});
