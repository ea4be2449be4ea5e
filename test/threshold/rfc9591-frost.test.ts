/**
 * RFC 9591 Appendix E test vectors (E.1 FROST(Ed25519, SHA-512), E.5
 * FROST(secp256k1, SHA-256); 2-of-3, signers 1 and 3, message "test"), run
 * through custos's FROST layer (src/threshold/frost.ts), not noble directly.
 *
 * Key packages are rebuilt from the vector inputs:
 *  - FrostSecret = { identifier: Identifier.fromNumber(i), signingShare: participant_share }.
 *  - FrostPublic.commitments = the dealer's VSS commitment (RFC 9591 App. C.1
 *    vss_commit): [G·group_secret_key, G·a1] with a1 = share_polynomial_coefficients[0],
 *    formed with noble's utils.generateSecretPolynomial(signers, secret, [a1]).
 *    commitments[0] must equal group_public_key; signing only uses commitments[0].
 *  - FrostPublic.verifyingShares[i] = G·participant_share_i (App. C "PK_i").
 * Nonces: commit(..., rng) with an rng that returns hiding_nonce_randomness
 * then binding_nonce_randomness; §4.1 nonce_generate(secret) = H3(random_bytes(32) || SerializeScalar(secret)).
 * Binding factors / binding_factor_input are internal to noble (not exposed);
 * they are covered indirectly: each signature share (§5.2) is
 * hiding + binding·rho_i + lambda_i·s_i·c, so byte-equal shares imply equal rho_i.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ed25519 } from '@noble/curves/ed25519.js';
import { secp256k1, secp256k1_hasher } from '@noble/curves/secp256k1.js';
import { fromHex as parseHex, toHex, utf8 } from '../../src/crypto/bytes.js';
import { isCustosError } from '../../src/errors.js';
import {
  aggregateVerified,
  commit,
  groupPublicKey,
  identifierFromIndex,
  signShare,
  verify,
  type FrostPublic,
  type FrostSecret,
  type NonceCommitments,
} from '../../src/threshold/frost.js';
import { frostSuite, type FrostSuite } from '../../src/threshold/suites.js';

/** Hex to an ArrayBuffer-backed Uint8Array (the byte type noble's FROST packages declare). */
const fromHex = (h: string): Uint8Array<ArrayBuffer> => Uint8Array.from(parseHex(h));

interface Vector {
  config: { MAX_PARTICIPANTS: string; MIN_PARTICIPANTS: string; name: string };
  inputs: {
    participant_list: number[];
    group_secret_key: string;
    group_public_key: string;
    message: string;
    share_polynomial_coefficients: string[];
    participant_shares: { identifier: number; participant_share: string }[];
  };
  round_one_outputs: {
    outputs: {
      identifier: number;
      hiding_nonce_randomness: string;
      binding_nonce_randomness: string;
      hiding_nonce: string;
      binding_nonce: string;
      hiding_nonce_commitment: string;
      binding_nonce_commitment: string;
    }[];
  };
  round_two_outputs: { outputs: { identifier: number; sig_share: string }[] };
  final_output: { sig: string };
}

const load = (file: string): Vector => JSON.parse(readFileSync(new URL(`../vectors/frost/cfrg_poc/${file}`, import.meta.url), 'utf8')) as Vector;

/** An rng that hands out the given 32-byte strings in order (RFC 9591 §4.1 random_bytes(32)). */
function replayRng(...chunks: Uint8Array[]): (len?: number) => Uint8Array<ArrayBuffer> {
  let i = 0;
  return (len = 32) => {
    const c = chunks[i++];
    assert.ok(c, 'rng called more often than the vector provides');
    assert.equal(len, c.length);
    return Uint8Array.from(c);
  };
}

const point = (suite: FrostSuite) => (suite === 'frost-ed25519' ? ed25519.Point : secp256k1.Point);

/** Rebuild the RFC's dealer output (App. C) as noble/custos key packages. */
function packages(suite: FrostSuite, v: Vector): { pub: FrostPublic; secrets: Map<number, FrostSecret> } {
  const { frost } = frostSuite(suite);
  const Fn = frost.utils.Fn;
  const signers = { min: Number(v.config.MIN_PARTICIPANTS), max: Number(v.config.MAX_PARTICIPANTS) };
  const coeffs = v.inputs.share_polynomial_coefficients.map((h) => Fn.fromBytes(fromHex(h)));
  const poly = frost.utils.generateSecretPolynomial(signers, fromHex(v.inputs.group_secret_key), coeffs);
  const secrets = new Map<number, FrostSecret>();
  const verifyingShares: Record<string, Uint8Array<ArrayBuffer>> = {};
  for (const { identifier, participant_share } of v.inputs.participant_shares) {
    const id = identifierFromIndex(suite, identifier);
    const share = fromHex(participant_share);
    secrets.set(identifier, { identifier: id, signingShare: share });
    verifyingShares[id] = Uint8Array.from(point(suite).BASE.multiply(Fn.fromBytes(share)).toBytes());
  }
  return { pub: { signers, commitments: poly.commitment, verifyingShares }, secrets };
}

/** RFC 9591 §6.5 verification by hand: z·G == R + c·PK, c = H2(R || PK || msg). */
function secpVerifyIndependently(pk: Uint8Array, msg: Uint8Array, sig: Uint8Array): boolean {
  const R = secp256k1.Point.fromBytes(sig.subarray(0, 33));
  const z = secp256k1.Point.Fn.fromBytes(sig.subarray(33));
  const c = secp256k1_hasher.hashToScalar(Uint8Array.from([...sig.subarray(0, 33), ...pk, ...msg]), {
    DST: utf8('FROST-secp256k1-SHA256-v1chal'),
  });
  return secp256k1.Point.BASE.multiply(z).equals(R.add(secp256k1.Point.fromBytes(pk).multiply(c)));
}

const CASES: [FrostSuite, string][] = [
  ['frost-ed25519', 'frost-ed25519-sha512.json'],
  ['frost-secp256k1', 'frost-secp256k1-sha256.json'],
];

for (const [suite, file] of CASES) {
  const v = load(file);
  const msg = fromHex(v.inputs.message);

  describe(`RFC 9591 Appendix E: ${v.config.name} via custos (${suite})`, () => {
    const { pub, secrets } = packages(suite, v);

    test('key packages: commitments[0] is the group public key; every share passes vss_verify (App. C.2)', () => {
      assert.equal(toHex(groupPublicKey(suite, pub)), v.inputs.group_public_key);
      for (const s of secrets.values()) frostSuite(suite).frost.validateSecret(s, pub);
    });

    test('round one (§5.1): nonces and commitments equal the vector; round two (§5.2) shares; aggregate (§5.3) signature', () => {
      const list: NonceCommitments[] = [];
      const nonceOf = new Map<number, ReturnType<typeof commit>['nonces']>();
      for (const r1 of v.round_one_outputs.outputs) {
        const secret = secrets.get(r1.identifier);
        assert.ok(secret);
        const rng = replayRng(fromHex(r1.hiding_nonce_randomness), fromHex(r1.binding_nonce_randomness));
        const { nonces, commitments } = commit(suite, secret, rng);
        assert.equal(toHex(nonces.hiding), r1.hiding_nonce, `hiding nonce ${r1.identifier}`);
        assert.equal(toHex(nonces.binding), r1.binding_nonce, `binding nonce ${r1.identifier}`);
        assert.equal(toHex(commitments.hiding), r1.hiding_nonce_commitment, `hiding commitment ${r1.identifier}`);
        assert.equal(toHex(commitments.binding), r1.binding_nonce_commitment, `binding commitment ${r1.identifier}`);
        assert.equal(commitments.identifier, identifierFromIndex(suite, r1.identifier));
        list.push(commitments);
        nonceOf.set(r1.identifier, nonces);
      }
      assert.deepEqual(
        v.round_one_outputs.outputs.map((o) => o.identifier),
        v.inputs.participant_list,
      );

      const shares: Record<string, Uint8Array> = {};
      for (const r2 of v.round_two_outputs.outputs) {
        const secret = secrets.get(r2.identifier);
        const nonces = nonceOf.get(r2.identifier);
        assert.ok(secret && nonces);
        const share = signShare(suite, secret, pub, nonces, list, msg);
        assert.equal(toHex(share), r2.sig_share, `sig share ${r2.identifier}`);
        shares[secret.identifier] = share;
      }

      const sig = aggregateVerified(suite, pub, list, msg, shares);
      assert.equal(toHex(sig), v.final_output.sig);
      assert.ok(verify(suite, pub, msg, sig));
      assert.ok(verify(suite, fromHex(v.inputs.group_public_key), msg, sig));
      assert.ok(!verify(suite, pub, utf8('tesu'), sig));
    });

    test('the final signature verifies outside FROST', () => {
      const sig = fromHex(v.final_output.sig);
      const pk = fromHex(v.inputs.group_public_key);
      if (suite === 'frost-ed25519') {
        // RFC 9591 §6.1: the output is a standard RFC 8032 Ed25519 signature.
        const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(pk).toString('base64url') }, format: 'jwk' });
        assert.ok(nodeVerify(null, msg, key, sig), 'node:crypto Ed25519');
        assert.ok(ed25519.verify(sig, msg, pk), 'noble ed25519.verify');
      } else {
        assert.ok(secpVerifyIndependently(pk, msg, sig), 'hand-rolled §6.5 check');
        assert.ok(!secpVerifyIndependently(pk, utf8('tesu'), sig));
      }
    });

    test('a tampered vector share is rejected with E_INVALID_SHARE naming participant 3', () => {
      const list: NonceCommitments[] = v.round_one_outputs.outputs.map((o) => ({
        identifier: identifierFromIndex(suite, o.identifier),
        hiding: fromHex(o.hiding_nonce_commitment),
        binding: fromHex(o.binding_nonce_commitment),
      }));
      const [a, b] = v.round_two_outputs.outputs;
      assert.ok(a && b);
      const bad = fromHex(b.sig_share);
      bad[suite === 'frost-ed25519' ? 0 : 31]! ^= 1; // flip the least significant bit (stays canonical)
      const shares = { [identifierFromIndex(suite, a.identifier)]: fromHex(a.sig_share), [identifierFromIndex(suite, b.identifier)]: bad };
      assert.throws(
        () => aggregateVerified(suite, pub, list, msg, shares),
        (e: unknown) => isCustosError(e, 'E_INVALID_SHARE') && e.details?.participant === identifierFromIndex(suite, 3),
      );
    });
  });
}
