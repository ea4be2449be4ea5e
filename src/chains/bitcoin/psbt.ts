/**
 * Bitcoin PSBT payloads (BIP174/BIP370): the pure half of signing. `preparePsbt`
 * checks that every input is one custos can account for, computes the sighash each
 * input needs and the facts a policy sees; the keystore signs the digests;
 * `assemblePsbt` checks the signatures and places them as partial signatures.
 * No I/O and no key material: only public keys and 32-byte digests pass through.
 *
 * Parsing, sighash preimages (BIP143 `preimageWitnessV0`, BIP341 `preimageWitnessV1`),
 * output scripts and addresses come from @scure/btc-signer; DER encoding from
 * @noble/curves; the Taproot output key from ../../crypto/secp256k1.ts.
 *
 * "Never sign an input it cannot account for": every input must be native P2WPKH
 * (BIP141 v0) or BIP86 key-path P2TR of one of `ctx.keys`, with a `witnessUtxo`
 * (amount and script), no script path, no redeem/witness script, not yet signed
 * or finalized, and sighash ALL (or DEFAULT for P2TR). Anything else is E_BAD_INPUT
 * naming the input (`details.input`, `details.field = "psbt.inputs[i]"`).
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { base64, hex } from '@scure/base';
import { NETWORK, OutScript, SigHash, TEST_NETWORK, Transaction, p2tr, p2wpkh } from '@scure/btc-signer';
import type { BTC_NETWORK } from '@scure/btc-signer/utils.js';
import { CustosError, badInput } from '../../errors.js';
import { concatBytes, equalBytes, toHex } from '../../crypto/bytes.js';
import { ecdsaVerify, schnorrVerify, taprootOutputKey } from '../../crypto/secp256k1.js';

/** A custos key the caller may sign with. */
export interface OwnedKey {
  /** Opaque key/account reference the keystore signs with (returned in tasks and facts). */
  ref: string;
  /** 33-byte SEC1 compressed secp256k1 public key (P2WPKH and BIP86 P2TR, tweaked here). */
  publicKey?: Uint8Array;
  /**
   * Instead of `publicKey`: a 32-byte x-only Taproot OUTPUT key that is already
   * tweaked (a frost-secp256k1-tr group key). P2TR only, signed as plain BIP340.
   */
  taprootOutputKey?: Uint8Array;
}

export interface BitcoinContext {
  network: 'mainnet' | 'testnet' | 'regtest';
  /** Every custos key/account the caller may sign with; inputs and change are matched against them. */
  keys: OwnedKey[];
}

/** One digest for the keystore to sign. */
export interface PsbtSigningTask {
  input: number;
  ref: string;
  /** `ecdsa`: sign `digest` with the key (BIP143). `bip340-taproot`: `schnorrSignTaprootKeyPath` (BIP341/BIP86). `bip340`: plain BIP340 with an output key. */
  scheme: 'ecdsa' | 'bip340-taproot' | 'bip340';
  /** 32-byte sighash (BIP143 for P2WPKH, BIP341 SigMsg tagged hash for P2TR). */
  digest: Uint8Array;
  /** The owned key's 33-byte public key (P2TR signatures verify under `taprootOutputKey(publicKey)`), or its 32-byte output key (`bip340`). */
  publicKey: Uint8Array;
}

export interface BtcInputFacts {
  index: number;
  /** Previous transaction id, display (RPC) byte order. */
  txid: string;
  vout: number;
  amountSats: string;
  type: 'p2wpkh' | 'p2tr';
  ref: string;
}

export interface BtcOutputFacts {
  index: number;
  /** Address for the network, or `script:<hex>` for scripts with no address form (OP_RETURN, bare scripts). */
  address: string;
  amountSats: string;
  /** Pays back to one of `ctx.keys` (its P2WPKH or BIP86 P2TR script). */
  change: boolean;
}

/** `payload.btc` as a policy sees it. Satoshi amounts are decimal strings. */
export interface BtcFacts {
  network: BitcoinContext['network'];
  inputs: BtcInputFacts[];
  outputs: BtcOutputFacts[];
  totalInSats: string;
  totalOutSats: string;
  feeSats: string;
  /** Fee / estimated vsize (signatures at their maximum size), 2 decimals. */
  feeRateSatVb?: number;
  /** Sum of non-change outputs. */
  externalSats: string;
  /** Non-change output addresses, in output order (may repeat). */
  addresses: string[];
  /**
   * True when the input amounts behind `feeSats` are committed to by the signatures or
   * proven: some input is P2TR (BIP341 signs every input's amount), or every P2WPKH
   * input also carries a `nonWitnessUtxo` (btc-signer checks its txid and output).
   * When false, BIP143 signatures made in separate requests could be combined into a
   * transaction whose real fee is higher than either request showed.
   */
  prevoutsVerified: boolean;
}

export interface PreparedPsbt {
  tasks: PsbtSigningTask[];
  facts: { btc: BtcFacts };
  /** Value leaving custody: externalSats + feeSats. */
  valueSats: bigint;
}

/** regtest: testnet version bytes, `bcrt` HRP (Bitcoin Core chainparams). */
const REGTEST: BTC_NETWORK = Object.freeze({ ...TEST_NETWORK, bech32: 'bcrt' });
const NETWORKS: Record<BitcoinContext['network'], BTC_NETWORK> = { mainnet: NETWORK, testnet: TEST_NETWORK, regtest: REGTEST };

/** Witness weight (WU) of a finalized input, at the largest signature: P2WPKH 1+1+72+1+33, P2TR key path 1+1+64(+1). */
const WITNESS_WU = { p2wpkh: 108, p2tr: 66 } as const;

interface KeyScript {
  ref: string;
  /** 33-byte key, or the 32-byte output key when `output`. */
  publicKey: Uint8Array;
  type: 'p2wpkh' | 'p2tr';
  /** The key is a Taproot output key already (no tweak, no internal key known). */
  output?: boolean;
}

interface Analysis {
  tx: Transaction;
  prepared: PreparedPsbt;
  /** Sighash type per task input (ALL, or DEFAULT for P2TR). */
  sighash: Map<number, number>;
}

const inputError = (i: number, why: string): CustosError => badInput(`psbt input ${i}: ${why}`, { field: `psbt.inputs[${i}]`, input: i });

/** Output scripts of every owned key (P2WPKH and BIP86 P2TR), by script hex. */
function keyScripts(ctx: BitcoinContext): Map<string, KeyScript> {
  if (!ctx || !Array.isArray(ctx.keys)) throw badInput('keys: expected an array', { field: 'keys' });
  if (typeof ctx.network !== 'string' || !Object.hasOwn(NETWORKS, ctx.network))
    throw badInput('network: expected mainnet, testnet or regtest', { field: 'network' });
  const out = new Map<string, KeyScript>();
  ctx.keys.forEach((k, i) => {
    if (k?.taprootOutputKey !== undefined) {
      const out32 = k.taprootOutputKey;
      if (!(out32 instanceof Uint8Array) || out32.length !== 32 || typeof k.ref !== 'string')
        throw badInput(`keys[${i}]: expected { ref, taprootOutputKey: 32-byte x-only key }`, { field: `keys[${i}]` });
      const script = toHex(OutScript.encode({ type: 'tr', pubkey: out32 }));
      if (!out.has(script)) out.set(script, { ref: k.ref, publicKey: out32, type: 'p2tr', output: true });
      return;
    }
    const pub = k?.publicKey;
    const bad = () => badInput(`keys[${i}]: expected { ref, publicKey: 33-byte compressed secp256k1 point }`, { field: `keys[${i}]` });
    if (!(pub instanceof Uint8Array) || pub.length !== 33 || (pub[0] !== 2 && pub[0] !== 3) || typeof k.ref !== 'string') throw bad();
    try {
      taprootOutputKey(pub); // throws unless the key is a point on the curve
    } catch {
      throw bad();
    }
    // The same public key listed twice: the first ref wins.
    const wpkhScript = toHex(p2wpkh(pub).script);
    const trScript = toHex(p2tr(pub.subarray(1)).script);
    if (!out.has(wpkhScript)) out.set(wpkhScript, { ref: k.ref, publicKey: pub, type: 'p2wpkh' });
    if (!out.has(trScript)) out.set(trScript, { ref: k.ref, publicKey: pub, type: 'p2tr' });
  });
  return out;
}

function parsePsbt(psbtBase64: string): Transaction {
  if (typeof psbtBase64 !== 'string') throw badInput('psbt: expected a base64 string', { field: 'psbt' });
  let bytes: Uint8Array;
  try {
    bytes = base64.decode(psbtBase64.trim());
  } catch {
    throw badInput('psbt: not valid base64', { field: 'psbt' });
  }
  try {
    // unknown/proprietary fields are kept so they survive assemblePsbt.
    return Transaction.fromPSBT(bytes, { unknown: 'ignore' });
  } catch (e) {
    // btc-signer's reason (public PSBT data only) helps the caller; keep it short.
    const reason = e instanceof Error ? `: ${e.message.slice(0, 160)}` : '';
    throw badInput(`psbt: malformed PSBT${reason}`, { field: 'psbt' }, { cause: e });
  }
}

/** Check one input and return the owned key it spends and its sighash type. */
function checkInput(tx: Transaction, i: number, scripts: Map<string, KeyScript>): { key: KeyScript; amount: bigint; sighash: number } {
  const inp = tx.getInput(i);
  if (inp.finalScriptSig?.length || inp.finalScriptWitness?.length) throw inputError(i, 'already finalized');
  if (!inp.witnessUtxo) throw inputError(i, 'no witnessUtxo (amount and script unknown)');
  if (inp.redeemScript || inp.witnessScript) throw inputError(i, 'redeemScript/witnessScript not supported (native P2WPKH or P2TR key path only)');
  if (inp.tapLeafScript?.length || inp.tapScriptSig?.length || inp.tapMerkleRoot) {
    throw inputError(i, 'Taproot script path not supported (BIP86 key path only)');
  }
  const key = scripts.get(toHex(inp.witnessUtxo.script));
  if (!key) throw inputError(i, "script does not belong to any of the caller's keys");
  if (inp.partialSig?.length || inp.tapKeySig) throw inputError(i, 'already signed');
  const declared = inp.sighashType;
  if (key.type === 'p2wpkh') {
    if (declared !== undefined && declared !== SigHash.ALL) throw inputError(i, `sighash type ${declared} not allowed (ALL only)`);
    return { key, amount: inp.witnessUtxo.amount, sighash: SigHash.ALL };
  }
  if (declared !== undefined && declared !== SigHash.DEFAULT && declared !== SigHash.ALL) {
    throw inputError(i, `sighash type ${declared} not allowed (DEFAULT or ALL only)`);
  }
  if (!key.output && inp.tapInternalKey && !equalBytes(inp.tapInternalKey, key.publicKey.subarray(1))) {
    throw inputError(i, 'tapInternalKey is not the key the output pays to');
  }
  return { key, amount: inp.witnessUtxo.amount, sighash: declared ?? SigHash.DEFAULT };
}

function outputAddress(tx: Transaction, i: number, script: Uint8Array, net: BTC_NETWORK): string {
  try {
    const a = tx.getOutputAddress(i, net);
    if (a) return a;
  } catch {
    // no address form (OP_RETURN, bare multisig, unknown witness versions)
  }
  return `script:${hex.encode(script)}`;
}

function analyze(psbtBase64: string, ctx: BitcoinContext): Analysis {
  const scripts = keyScripts(ctx);
  const net = NETWORKS[ctx.network];
  const tx = parsePsbt(psbtBase64);
  if (tx.inputsLength === 0) throw badInput('psbt: no inputs', { field: 'psbt' });
  if (tx.outputsLength === 0) throw badInput('psbt: no outputs', { field: 'psbt' });

  const checked = Array.from({ length: tx.inputsLength }, (_, i) => checkInput(tx, i, scripts));
  const prevScripts = checked.map((_, i) => tx.getInput(i).witnessUtxo!.script);
  const amounts = checked.map((c) => c.amount);
  const tasks: PsbtSigningTask[] = [];
  const sighash = new Map<number, number>();
  const inputs: BtcInputFacts[] = [];
  let totalIn = 0n;
  let witnessWu = 0;
  checked.forEach(({ key, amount, sighash: type }, i) => {
    const inp = tx.getInput(i);
    let digest: Uint8Array;
    if (key.type === 'p2wpkh') {
      // BIP143 scriptCode for P2WPKH is the P2PKH script of the witness program's key hash.
      const prog = OutScript.decode(prevScripts[i]!);
      if (prog.type !== 'wpkh') throw inputError(i, 'not a P2WPKH script');
      digest = tx.preimageWitnessV0(i, OutScript.encode({ type: 'pkh', hash: prog.hash }), type, amount);
    } else {
      digest = tx.preimageWitnessV1(i, prevScripts, type, amounts);
    }
    tasks.push({
      input: i,
      ref: key.ref,
      scheme: key.type === 'p2wpkh' ? 'ecdsa' : key.output ? 'bip340' : 'bip340-taproot',
      digest,
      publicKey: key.publicKey,
    });
    sighash.set(i, type);
    inputs.push({ index: i, txid: hex.encode(inp.txid!), vout: inp.index!, amountSats: amount.toString(), type: key.type, ref: key.ref });
    totalIn += amount;
    witnessWu += WITNESS_WU[key.type] + (key.type === 'p2tr' && type !== SigHash.DEFAULT ? 1 : 0);
  });

  const outputs: BtcOutputFacts[] = [];
  const addresses: string[] = [];
  let totalOut = 0n;
  let external = 0n;
  for (let i = 0; i < tx.outputsLength; i++) {
    const o = tx.getOutput(i);
    if (!o.script || o.amount === undefined) throw badInput(`psbt output ${i}: missing script or amount`, { field: `psbt.outputs[${i}]`, output: i });
    const change = scripts.has(toHex(o.script));
    const address = outputAddress(tx, i, o.script, net);
    outputs.push({ index: i, address, amountSats: o.amount.toString(), change });
    totalOut += o.amount;
    if (!change) {
      external += o.amount;
      addresses.push(address);
    }
  }
  const fee = totalIn - totalOut;
  if (fee < 0n) throw badInput('psbt: outputs spend more than the inputs', { field: 'psbt' });

  // vsize = ceil(weight / 4); weight = 4 * non-witness size + 2 (segwit marker, flag) + witnesses.
  const vsize = Math.ceil((4 * tx.toBytes(false, false).length + 2 + witnessWu) / 4);
  const prevoutsVerified = checked.some((c) => c.key.type === 'p2tr') || checked.every((_, i) => tx.getInput(i).nonWitnessUtxo !== undefined);
  const facts: BtcFacts = {
    network: ctx.network,
    inputs,
    outputs,
    totalInSats: totalIn.toString(),
    totalOutSats: totalOut.toString(),
    feeSats: fee.toString(),
    feeRateSatVb: Math.round((Number(fee) / vsize) * 100) / 100,
    externalSats: external.toString(),
    addresses,
    prevoutsVerified,
  };
  return { tx, prepared: { tasks, facts: { btc: facts }, valueSats: external + fee }, sighash };
}

/**
 * Check a PSBT against the caller's keys; return one signing task per input and the
 * policy facts (`payload.btc`).
 * @example
 *   const { tasks, facts } = preparePsbt(psbt, { network: 'mainnet', keys: [{ ref: 'k1', publicKey: pub }] });
 *   tasks[0].scheme // 'ecdsa' for P2WPKH, 'bip340-taproot' for P2TR
 */
export function preparePsbt(psbtBase64: string, ctx: BitcoinContext): PreparedPsbt {
  return analyze(psbtBase64, ctx).prepared;
}

/** 64-byte r||s from a 64-byte compact or 65-byte r||s||v (keystore) ECDSA signature. */
function compactEcdsa(sig: Uint8Array): Uint8Array | undefined {
  if (sig.length === 64) return sig;
  if (sig.length === 65) return sig.subarray(0, 64);
  return undefined;
}

/**
 * Re-check the PSBT (as `preparePsbt`), verify one signature per signing task and add
 * them: P2WPKH as `partialSig` (DER + sighash byte, BIP174), P2TR as `tapKeySig`
 * (64 bytes, or 65 with the sighash byte when not DEFAULT; BIP371). Not finalized.
 * ECDSA signatures are 64-byte r||s or the keystore's 65-byte r||s||v; Taproot
 * signatures are the 64-byte BIP340 signatures from `schnorrSignTaprootKeyPath`.
 * A signature that does not verify is E_BAD_SIGNATURE.
 * @example
 *   const signed = assemblePsbt(psbt, tasks.map((t) => ({ input: t.input, signature: sign(t) })), ctx);
 */
export function assemblePsbt(psbtBase64: string, signatures: { input: number; signature: Uint8Array }[], ctx: BitcoinContext): string {
  const { tx, prepared, sighash } = analyze(psbtBase64, ctx);
  if (!Array.isArray(signatures)) throw badInput('signatures: expected an array', { field: 'signatures' });
  const byInput = new Map<number, Uint8Array>();
  signatures.forEach((s, k) => {
    const field = `signatures[${k}]`;
    if (!s || !Number.isSafeInteger(s.input) || !(s.signature instanceof Uint8Array)) {
      throw badInput(`${field}: expected { input, signature: Uint8Array }`, { field });
    }
    if (!sighash.has(s.input)) throw badInput(`${field}: no input ${s.input}`, { field, input: s.input });
    if (byInput.has(s.input)) throw badInput(`${field}: second signature for input ${s.input}`, { field, input: s.input });
    byInput.set(s.input, s.signature);
  });
  for (const task of prepared.tasks) {
    const sig = byInput.get(task.input);
    const field = `signatures[input=${task.input}]`;
    if (!sig) throw badInput(`signatures: none for input ${task.input}`, { field: 'signatures', input: task.input });
    const type = sighash.get(task.input)!;
    if (task.scheme === 'ecdsa') {
      const compact = compactEcdsa(sig);
      // ecdsaVerify (libsecp256k1) also rejects high-s, which BIP146 relay policy refuses.
      if (!compact || !ecdsaVerify(task.publicKey, task.digest, compact)) {
        throw new CustosError('E_BAD_SIGNATURE', `input ${task.input}: ECDSA signature does not verify`, { field, input: task.input });
      }
      const der = secp256k1.Signature.fromBytes(compact, 'compact').toBytes('der');
      tx.updateInput(task.input, { partialSig: [[task.publicKey, concatBytes(der, Uint8Array.of(type))]] });
    } else {
      const outputKey = task.scheme === 'bip340' ? task.publicKey : taprootOutputKey(task.publicKey);
      if (sig.length !== 64 || !schnorrVerify(outputKey, task.digest, sig)) {
        throw new CustosError('E_BAD_SIGNATURE', `input ${task.input}: Taproot signature does not verify`, { field, input: task.input });
      }
      tx.updateInput(task.input, { tapKeySig: type === SigHash.DEFAULT ? sig : concatBytes(sig, Uint8Array.of(type)) });
    }
  }
  return base64.encode(tx.toPSBT());
}
