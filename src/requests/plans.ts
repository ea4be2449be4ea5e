/**
 * Signing plans: what a stored signing payload means. A planner turns the
 * payload as the client sent it (raw bytes, an EVM transaction, a PSBT, a
 * Solana message) into policy facts, the USD value velocity sums, and the
 * digests or messages to sign, plus how to assemble the signatures into the
 * result. Planners are deterministic over the stored payload, so a delayed
 * request is planned again at execution and signs exactly what was approved.
 */
import { CustosError, badInput } from '../errors.js';
import { fromHex } from '../crypto/bytes.js';
import { getAlgorithm, type SignatureScheme } from '../crypto/algorithms.js';
import { parseHash, signingBytes, type SignInput } from '../keystore/payload.js';
import { parseCurve } from '../keystore/refs.js';
import type { Planner, RawPayload } from './types.js';

/**
 * The largest USD value one request adds to the velocity windows: 10^15 (a
 * quadrillion dollars, above any real limit). An unbounded or huge value
 * (UNBOUNDED_USD) is stored as this cap, so the value_usd column and its sums
 * stay finite doubles, while one such request still fills every value window
 * it falls in.
 */
export const VELOCITY_USD_CAP = 1e15;

/**
 * The velocity value of a request: `usd` clamped to 0..VELOCITY_USD_CAP (NaN counts as the cap).
 * @example velocityUsd(UNBOUNDED_USD) // 1e15
 */
export function velocityUsd(usd: number): number {
  if (Number.isNaN(usd) || usd >= VELOCITY_USD_CAP) return VELOCITY_USD_CAP;
  return usd > 0 ? usd : 0;
}

export type { KeyFactsSource, Plan, Planner, RawPayload, SigningTask } from './types.js';

const MAX_MESSAGE_BYTES = 64 * 1024;

export const planRaw: Planner<RawPayload> = async (repo, keys, p) => {
  if ((p.digest === undefined) === (p.message === undefined)) throw badInput('give exactly one of digest or message');
  const input: SignInput = {
    ...(p.digest !== undefined ? { digest: fromHex(p.digest, 'digest') } : {}),
    ...(p.message !== undefined ? { message: fromHex(p.message, 'message') } : {}),
    ...(p.hash !== undefined ? { hash: parseHash(p.hash) } : {}),
  };
  if ((input.message?.length ?? 0) > MAX_MESSAGE_BYTES) throw new CustosError('E_TOO_LARGE', `message larger than ${MAX_MESSAGE_BYTES} bytes`);
  const curve = p.curve !== undefined ? parseCurve(p.curve) : undefined;
  const key = await keys.facts(repo, p.key, curve);
  // A watch-only key never signs: submission refuses it (requests/service.ts, watchOnly) after
  // planning, so a dry run (policy.check) still shows how policy treats it as a subject.
  if (!key.allowRaw && key.custody !== 'watch') {
    throw new CustosError(
      'E_KEY_USAGE',
      `key "${key.name}" does not sign raw digests or messages: sign its chain payloads (sign.evm, sign.bitcoin, sign.solana), or grant raw signing (--allow-raw at creation, or the governed "key usage")`,
      { key: key.name, usage: 'raw' },
    );
  }
  const alg = getAlgorithm(key.algorithm);
  const scheme = (p.scheme || alg.defaultScheme) as SignatureScheme;
  if (!alg.schemes.includes(scheme)) throw new CustosError('E_UNSUPPORTED', `${alg.name} keys do not sign with ${scheme}`);
  signingBytes(scheme, input); // the payload shape must suit the scheme before anything is decided
  if (p.version !== undefined && p.version !== key.version) {
    const retired = p.version < key.version;
    throw new CustosError(
      retired ? 'E_KEY_VERSION_RETIRED' : 'E_KEY_NOT_FOUND',
      retired ? `version ${p.version} of key "${key.name}" is retired: it verifies but no longer signs` : `key "${key.name}" has no version ${p.version}`,
      { key: key.name, version: p.version },
    );
  }
  return {
    kind: 'raw',
    key: p.key,
    ...(curve ? { curve } : {}),
    scheme,
    size: (input.digest ?? input.message ?? new Uint8Array()).length,
    payloadFacts: {},
    valueUsd: 0,
    tasks: [{ ref: p.key, ...(curve ? { curve } : {}), scheme, input, ...(p.auxRand ? { auxRand: fromHex(p.auxRand, 'auxRand', 32) } : {}) }],
    assemble: ([r]) => ({ ...r! }),
  };
};
