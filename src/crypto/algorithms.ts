/**
 * The signature-algorithm registry: the one boundary through which the rest of
 * custos generates keys, derives public keys, signs and verifies. Every caller
 * mistake (wrong type, length, out-of-range secret, unsupported scheme) becomes a
 * CustosError here; the per-algorithm modules below it stay thin wrappers over
 * audited libraries.
 *
 * @example
 *   const alg = getAlgorithm('secp256k1');
 *   const sk = alg.generate();
 *   const sig = alg.sign(sk, digest32);               // ECDSA, 65 bytes r||s||v
 *   alg.verify(alg.publicKey(sk), digest32, sig);      // true
 *   alg.sign(sk, msg, { scheme: 'bip340' });           // BIP340 Schnorr, 64 bytes
 */
import { randomBytes } from 'node:crypto';
import { CustosError, badInput } from '../errors.js';
import { clean } from './bytes.js';
import * as bls from './bls.js';
import * as ed25519 from './ed25519.js';
import * as mldsa from './mldsa.js';
import * as secp from './secp256k1.js';

export const ALGORITHMS = ['secp256k1', 'ed25519', 'bls12-381', 'ml-dsa-65'] as const;
export type Algorithm = (typeof ALGORITHMS)[number];
/** bip340-taproot: BIP341/BIP86 key-path spend, BIP340 over a 32-byte sighash with the tweaked key. */
export type SignatureScheme = 'ecdsa' | 'bip340' | 'bip340-taproot' | 'eddsa' | 'bls-pop' | 'ml-dsa';
export interface SignOptions {
  scheme?: SignatureScheme;
  auxRand?: Uint8Array;
}
export interface AlgorithmImpl {
  readonly name: Algorithm;
  readonly defaultScheme: SignatureScheme;
  readonly schemes: readonly SignatureScheme[];
  /** Fresh 32-byte secret from node:crypto randomBytes, valid for the algorithm (retry until in range). */
  generate(): Uint8Array;
  /** Throw CustosError E_BAD_INPUT if a 32-byte secret is not a valid key for this algorithm. */
  validateSecret(secret: Uint8Array): void;
  publicKey(secret: Uint8Array): Uint8Array;
  /** ecdsa: message MUST be a 32-byte digest (E_BAD_INPUT otherwise). Others sign the message bytes. */
  sign(secret: Uint8Array, message: Uint8Array, opts?: SignOptions): Uint8Array;
  verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array, opts?: SignOptions): boolean;
}

/** Per-scheme primitives, called only after the registry has checked its inputs. */
interface SchemeOps {
  /** Required message length (ecdsa: 32-byte digest), or undefined for any length. */
  messageLength?: number;
  sign(secret: Uint8Array, message: Uint8Array, auxRand: Uint8Array | undefined): Uint8Array;
  verify(pub: Uint8Array, message: Uint8Array, sig: Uint8Array): boolean;
}

interface Spec {
  name: Algorithm;
  isValidSecret(secret: Uint8Array): boolean;
  publicKey(secret: Uint8Array): Uint8Array;
  schemes: Partial<Record<SignatureScheme, SchemeOps>>;
  defaultScheme: SignatureScheme;
}

/** Check a byte-array argument at the boundary; the error names the field, never its contents. */
function input(value: unknown, field: string, length?: number): Uint8Array {
  if (!(value instanceof Uint8Array)) throw badInput(`${field}: expected bytes`, { field });
  if (length !== undefined && value.length !== length) {
    throw badInput(`${field}: expected ${length} bytes, got ${value.length}`, { field });
  }
  return value;
}

const SPECS: Record<Algorithm, Spec> = {
  secp256k1: {
    name: 'secp256k1',
    isValidSecret: secp.isValidSecret,
    publicKey: secp.publicKey,
    defaultScheme: 'ecdsa',
    schemes: {
      // SEC1 §4.1 ECDSA over a caller-supplied digest, RFC 6979 nonces, low-s.
      ecdsa: { messageLength: 32, sign: (sk, m) => secp.ecdsaSign(sk, m), verify: secp.ecdsaVerify },
      // BIP340 Schnorr; verify takes the 32-byte x-only key or the 33-byte compressed key.
      bip340: { sign: secp.schnorrSign, verify: secp.schnorrVerify },
      'bip340-taproot': {
        messageLength: 32,
        sign: secp.schnorrSignTaprootKeyPath,
        verify: (pub, m, sig) => secp.schnorrVerify(secp.taprootOutputKey(pub), m, sig),
      },
    },
  },
  ed25519: {
    name: 'ed25519',
    isValidSecret: (s) => s.length === 32, // RFC 8032: any 32-byte seed is a key
    publicKey: ed25519.publicKey,
    defaultScheme: 'eddsa',
    schemes: { eddsa: { sign: (sk, m) => ed25519.sign(sk, m), verify: ed25519.verify } },
  },
  'bls12-381': {
    name: 'bls12-381',
    isValidSecret: bls.isValidSecret,
    publicKey: bls.publicKey,
    defaultScheme: 'bls-pop',
    schemes: { 'bls-pop': { sign: (sk, m) => bls.sign(sk, m), verify: bls.verify } },
  },
  'ml-dsa-65': {
    name: 'ml-dsa-65',
    isValidSecret: (s) => s.length === 32, // FIPS 204 Alg. 1: any 32-byte seed
    publicKey: mldsa.publicKey,
    defaultScheme: 'ml-dsa',
    schemes: { 'ml-dsa': { sign: (sk, m) => mldsa.sign(sk, m), verify: mldsa.verify } },
  },
};

function makeImpl(spec: Spec): AlgorithmImpl {
  const schemes = Object.keys(spec.schemes) as SignatureScheme[];

  const validateSecret = (secret: Uint8Array): void => {
    input(secret, 'secret', 32);
    if (!spec.isValidSecret(secret)) {
      throw badInput(`secret: not a valid ${spec.name} key`, { field: 'secret', algorithm: spec.name });
    }
  };

  const schemeOps = (opts: SignOptions | undefined): { scheme: SignatureScheme; ops: SchemeOps } => {
    if (opts !== undefined && (typeof opts !== 'object' || opts === null)) throw badInput('options: expected an object');
    const scheme = opts?.scheme ?? spec.defaultScheme;
    const ops = spec.schemes[scheme];
    if (!ops) {
      throw new CustosError(
        'E_UNSUPPORTED',
        `scheme "${String(scheme).slice(0, 64)}" is not supported by ${spec.name} (supported: ${schemes.join(', ')})`,
        { algorithm: spec.name, scheme, supported: schemes },
      );
    }
    return { scheme, ops };
  };

  const message = (value: unknown, ops: SchemeOps, scheme: SignatureScheme): Uint8Array => {
    const m = input(value, 'message');
    if (ops.messageLength !== undefined && m.length !== ops.messageLength) {
      throw badInput(`message: ${scheme} signs a ${ops.messageLength}-byte digest, got ${m.length} bytes`, {
        field: 'message',
      });
    }
    return m;
  };

  return Object.freeze({
    name: spec.name,
    defaultScheme: spec.defaultScheme,
    schemes: Object.freeze(schemes),
    generate(): Uint8Array {
      for (;;) {
        const candidate = Uint8Array.from(randomBytes(32));
        if (spec.isValidSecret(candidate)) return candidate;
        clean(candidate); // out of range (probability ~2^-128 for secp256k1, ~2^-1.2 for BLS)
      }
    },
    validateSecret,
    publicKey(secret: Uint8Array): Uint8Array {
      validateSecret(secret);
      return spec.publicKey(secret);
    },
    sign(secret: Uint8Array, msg: Uint8Array, opts?: SignOptions): Uint8Array {
      const { scheme, ops } = schemeOps(opts);
      validateSecret(secret);
      const m = message(msg, ops, scheme);
      let aux: Uint8Array | undefined;
      if (opts?.auxRand !== undefined) {
        if (scheme !== 'bip340' && scheme !== 'bip340-taproot') throw badInput(`auxRand: not used by ${scheme}`, { field: 'auxRand' });
        aux = input(opts.auxRand, 'auxRand', 32);
      }
      return ops.sign(secret, m, aux);
    },
    verify(pub: Uint8Array, msg: Uint8Array, sig: Uint8Array, opts?: SignOptions): boolean {
      const { scheme, ops } = schemeOps(opts);
      const m = message(msg, ops, scheme);
      input(pub, 'publicKey');
      input(sig, 'signature');
      try {
        return ops.verify(pub, m, sig);
      } catch {
        return false; // verification never throws on key/signature content
      }
    },
  });
}

const IMPLS: Record<Algorithm, AlgorithmImpl> = {
  secp256k1: makeImpl(SPECS.secp256k1),
  ed25519: makeImpl(SPECS.ed25519),
  'bls12-381': makeImpl(SPECS['bls12-381']),
  'ml-dsa-65': makeImpl(SPECS['ml-dsa-65']),
};

/**
 * Type guard for algorithm names.
 * @example isAlgorithm('ed25519') // true
 */
export function isAlgorithm(s: string): s is Algorithm {
  return (ALGORITHMS as readonly string[]).includes(s);
}

/**
 * Look up an algorithm implementation; CustosError E_UNSUPPORTED for unknown names.
 * @example getAlgorithm('bls12-381').sign(sk, msg).length // 96
 */
export function getAlgorithm(name: string): AlgorithmImpl {
  if (typeof name !== 'string' || !isAlgorithm(name)) {
    throw new CustosError('E_UNSUPPORTED', `unknown algorithm "${String(name).slice(0, 64)}" (supported: ${ALGORITHMS.join(', ')})`, {
      algorithm: name,
      supported: [...ALGORITHMS],
    });
  }
  return IMPLS[name];
}
