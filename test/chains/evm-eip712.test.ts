/**
 * EIP-712 with bounded work (src/chains/evm/eip712.ts, issue #12): the
 * digest equals viem's hashTypedData and ethers' TypedDataEncoder on real
 * shapes (EIP-712's Mail example, Permit2, Seaport) and on generated ones,
 * and each limit accepts a request at the limit and refuses one past it,
 * with E_BAD_INPUT naming the limit, before any hashing; the EVM planner
 * hashes a payload once across the stages that re-plan it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { getTypesForEIP712Domain, hashTypedData, type Hex } from 'viem';
import { TypedDataEncoder } from 'ethers';
import { isCustosError } from '../../src/errors.js';
import { EIP712_LIMITS, hashTypedDataBounded, hashTypedDataYielding } from '../../src/chains/evm/eip712.js';
import { MAX_PERSONAL_MESSAGE_BYTES, prepareEvm, prepareEvmAsync } from '../../src/chains/evm/prepare.js';
import type { EvmContext } from '../../src/chains/evm/types.js';
import { evmPlanner } from '../../src/requests/plans-evm.js';
import { getAlgorithm } from '../../src/crypto/algorithms.js';
import { toHex } from '../../src/crypto/bytes.js';
import * as bombs from '../helpers/typed-data-bombs.js';
import { hostileShape, HOSTILE_KINDS, validShape } from '../helpers/eip712-shapes.js';
import { MAIL as MAIL_EXAMPLE } from '../helpers/eip712-mail.js';

const ctx: EvmContext = { signer: '0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F', tokens: {}, prices: {} };
const typed = (typedData: unknown) => ({ kind: 'evm.typedData', typedData }) as never;
const hexOf = (b: Uint8Array): Hex => `0x${Buffer.from(b).toString('hex')}`;
const digest = (td: unknown): Hex => hexOf(prepareEvm(typed(td), ctx).digest);
const viemDigest = (td: bombs.TypedDataJson): Hex => hashTypedData(td as never);
const ethersDigest = (td: bombs.TypedDataJson): Hex => TypedDataEncoder.hash(td.domain, td.types, td.message) as Hex;

/** EIP-712's own example; its digest is from the EIP's reference implementation. */
const MAIL = MAIL_EXAMPLE as unknown as bombs.TypedDataJson;

function refused(f: () => unknown, limit: string): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(isCustosError(e, 'E_BAD_INPUT'), String(e));
    assert.match(e.message, new RegExp(`EIP-712 limit ${limit} = `));
    assert.equal(e.details?.limit, limit);
    return true;
  });
}

describe('EIP-712 digest: the same as viem and ethers', () => {
  test("EIP-712's Mail example: 0xbe609aee…", () => {
    assert.equal(digest(MAIL), '0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2');
  });
  test('Permit2 batch, Seaport order and bulk order, the limit-sized shapes', () => {
    const shapes = [
      MAIL,
      bombs.permit2Batch(ctx.signer, 100),
      bombs.seaportOrderTyped(ctx.signer),
      bombs.seaportBulkOrder(ctx.signer, 3),
      bombs.manyTypesBomb(),
      bombs.longArrayBomb(),
      bombs.deepBomb(12),
      bombs.bigStringBomb(),
      {
        types: {
          B: [
            { name: 'b', type: 'bytes' },
            { name: 's', type: 'string[]' },
          ],
        },
        primaryType: 'B',
        domain: {},
        message: { b: `0x${'ab'.repeat(40_000)}`, s: ['é'.repeat(20_000), ''] },
      },
    ];
    for (const td of shapes) {
      assert.equal(digest(td), viemDigest(td), td.primaryType);
      assert.equal(digest(td), ethersDigest(td), td.primaryType);
    }
  });
  test('generated type graphs (acyclic): viem and ethers agree with custos', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const td = validShape(seed);
        assert.equal(digest(td), viemDigest(td));
        assert.equal(digest(td), ethersDigest(td));
      }),
      { numRuns: 300 },
    );
  });
  test('cyclic and self-referencing types (finite values): the same as viem (ethers refuses cycles)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        for (const td of [validShape(seed, { cycles: true }), hostileShape(seed, 'selfReference') as bombs.TypedDataJson]) {
          let want: Hex | undefined;
          try {
            want = viemDigest(td);
          } catch {
            want = undefined; // viem refuses it: custos must too
          }
          if (want === undefined) assert.throws(() => digest(td));
          else assert.equal(digest(td), want);
        }
      }),
      { numRuns: 100 },
    );
  });
  test('the yielding hasher gives the same digest', async () => {
    for (const td of [MAIL, bombs.wideBomb(20_000), bombs.seaportBulkOrder(ctx.signer, 3)]) {
      const full = { ...td, types: { ...td.types, EIP712Domain: getTypesForEIP712Domain({ domain: td.domain as never }) } };
      assert.equal(await hashTypedDataYielding(full as never, 0), hashTypedDataBounded(full as never));
      assert.equal(hexOf((await prepareEvmAsync(typed(td), ctx)).digest), digest(td));
    }
  });
});

describe('EIP-712 limits: at the limit accepted, past it E_BAD_INPUT naming it', () => {
  test(`types: ${EIP712_LIMITS.types} struct types`, () => {
    digest(bombs.chainBomb(EIP712_LIMITS.types - 1, 10)); // P + 63 types = 64
    refused(() => digest(bombs.chainBomb(EIP712_LIMITS.types, 10)), 'types');
  });
  test(`fieldsPerType: ${EIP712_LIMITS.fieldsPerType} fields`, () => {
    const wide = (n: number) => ({
      types: { W: Array.from({ length: n }, (_, i) => ({ name: `f${i}`, type: 'uint8' })) },
      primaryType: 'W',
      domain: {},
      message: Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, i])),
    });
    digest(wide(EIP712_LIMITS.fieldsPerType));
    refused(() => digest(wide(EIP712_LIMITS.fieldsPerType + 1)), 'fieldsPerType');
  });
  test(`depth: values nested ${EIP712_LIMITS.depth} levels`, () => {
    assert.equal(digest(bombs.deepBomb(EIP712_LIMITS.depth)), viemDigest(bombs.deepBomb(EIP712_LIMITS.depth)));
    refused(() => digest(bombs.deepBomb(EIP712_LIMITS.depth + 1)), 'depth');
  });
  test(`arrayLength: ${EIP712_LIMITS.arrayLength} elements`, () => {
    digest(bombs.longArrayBomb(EIP712_LIMITS.arrayLength));
    refused(() => digest(bombs.longArrayBomb(EIP712_LIMITS.arrayLength + 1)), 'arrayLength');
  });
  test(`encodedBytes: ${EIP712_LIMITS.encodedBytes} bytes to hash (strings, words, type strings)`, () => {
    digest(bombs.bigStringBomb());
    refused(() => digest(bombs.bigStringBomb(EIP712_LIMITS.encodedBytes)), 'encodedBytes');
    digest(bombs.wideBomb());
    refused(() => digest(bombs.wideBomb(EIP712_LIMITS.encodedBytes + 64 * 1024)), 'encodedBytes');
    digest(bombs.manyTypesBomb());
  });
  test('the reproduced 130 KB bomb (1000 chained types, 10,000 instances) is refused in milliseconds, not 55 s', () => {
    const t = performance.now();
    refused(() => digest(bombs.chainBomb()), 'types');
    assert.ok(performance.now() - t < 1000, `${performance.now() - t} ms`);
  });
  test('each struct type is hashed once: 1,000 instances of a type reaching 63 types cost less than viem, which re-encodes the type per instance', () => {
    const td = bombs.chainBomb(63, 1000);
    let t = performance.now();
    const ours = digest(td);
    const oursMs = performance.now() - t;
    t = performance.now();
    const theirs = viemDigest(td);
    const viemMs = performance.now() - t;
    assert.equal(ours, theirs);
    console.log(`chain of 63 types x 1000 instances: custos ${oursMs.toFixed(0)} ms, viem hashTypedData ${viemMs.toFixed(0)} ms`);
    assert.ok(oursMs < viemMs, `custos ${oursMs} ms, viem ${viemMs} ms`);
  });
  test('hostile shapes: each is refused with E_BAD_INPUT or hashes as viem does; none throws anything else', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...HOSTILE_KINDS), (seed, kind) => {
        const td = hostileShape(seed, kind);
        let ours: Hex | undefined;
        try {
          ours = digest(td);
        } catch (e) {
          assert.ok(isCustosError(e, 'E_BAD_INPUT'), `${kind}: ${String(e)}`);
          return;
        }
        assert.equal(ours, viemDigest(td as bombs.TypedDataJson), kind);
      }),
      { numRuns: 300 },
    );
  });
});

describe('personal messages: at most 64 KiB', () => {
  test('64 KiB of text or hex signs; one byte more is E_BAD_INPUT naming the limit', () => {
    const pm = (message: string) => prepareEvm({ kind: 'evm.personalMessage', message }, ctx);
    pm('a'.repeat(MAX_PERSONAL_MESSAGE_BYTES));
    pm(`0x${'ab'.repeat(MAX_PERSONAL_MESSAGE_BYTES)}`);
    for (const m of [
      'a'.repeat(MAX_PERSONAL_MESSAGE_BYTES + 1),
      `0x${'ab'.repeat(MAX_PERSONAL_MESSAGE_BYTES + 1)}`,
      'é'.repeat(MAX_PERSONAL_MESSAGE_BYTES / 2 + 1),
    ]) {
      assert.throws(
        () => pm(m),
        (e: unknown) => isCustosError(e, 'E_BAD_INPUT') && /exceeds the limit of 65536 bytes/.test(e.message) && e.details?.field === 'message',
      );
    }
  });
});

describe('the EVM planner: one digest per payload across stages', () => {
  test('planning the same stored payload again gives the same digest without hashing again; a payload one byte different is hashed anew', async () => {
    const secp = getAlgorithm('secp256k1');
    const publicKey = toHex(secp.publicKey(secp.generate()));
    const keys = { facts: async () => ({ name: 'hot', algorithm: 'secp256k1', custody: 'local', tags: {}, version: 1, state: 'active', publicKey }) };
    const plan = evmPlanner({ tokens: {}, prices: () => ({}), market: () => ({}), eth: {} });
    const stored = (td: unknown) => JSON.parse(JSON.stringify({ type: 'evm', key: 'hot', payload: { kind: 'evm.typedData', typedData: td } }));
    const wide = bombs.fresh(bombs.wideBomb());
    let t = performance.now();
    const first = await plan(null as never, keys as never, stored(wide));
    const firstMs = performance.now() - t;
    t = performance.now();
    const again = await plan(null as never, keys as never, stored(wide));
    const againMs = performance.now() - t;
    assert.deepEqual(again.tasks[0]!.input.digest, first.tasks[0]!.input.digest);
    assert.equal(hexOf(first.tasks[0]!.input.digest!), digest(wide));
    console.log(
      `planner, most keccak calls: first ${firstMs.toFixed(0)} ms, again (digest remembered, validation and facts recomputed) ${againMs.toFixed(0)} ms`,
    );
    assert.ok(againMs < firstMs, `${againMs} ms again vs ${firstMs} ms`);
    const other = { ...wide, message: { ...wide.message, a0: ['x', ...(wide.message.a0 as string[]).slice(1)] } };
    const changed = await plan(null as never, keys as never, stored(other));
    assert.equal(hexOf(changed.tasks[0]!.input.digest!), digest(other));
    assert.notEqual(hexOf(changed.tasks[0]!.input.digest!), hexOf(first.tasks[0]!.input.digest!));
  });
});
