/** Chain payloads for tests: a Bitcoin PSBT and a Solana transaction spending from a given public key. */
import { base58, base64, hex } from '@scure/base';
import { NETWORK, Transaction, p2wpkh } from '@scure/btc-signer';
import { sha256 } from '@noble/hashes/sha2.js';
import {
  address,
  blockhash,
  compileTransaction,
  createNoopSigner,
  createTransactionMessage,
  getTransactionEncoder,
  pipe,
  appendTransactionMessageInstructions,
  setTransactionMessageFeePayerSigner,
  setTransactionMessageLifetimeUsingBlockhash,
} from '@solana/kit';
import { getTransferSolInstruction } from '@solana-program/system';

/** A PSBT spending one P2WPKH output of `publicKey` to an external address. */
export function psbtFor(publicKey: Uint8Array): string {
  const tx = new Transaction();
  tx.addInput({ txid: hex.encode(sha256(new Uint8Array([1]))), index: 0, witnessUtxo: { script: p2wpkh(publicKey).script, amount: 100_000n } });
  tx.addOutputAddress('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 90_000n, NETWORK);
  return base64.encode(tx.toPSBT());
}

/** A Solana transaction (wire format, unsigned) transferring `lamports` from the ed25519 key `publicKey` to `to` (base58). */
export function solanaTransfer(publicKey: Uint8Array, to = '4Nd1mBQtrMJVYVfKf2PJy9NZUZdTAsp7D4xWLs4gDB4T', lamports = 1_000n): string {
  const payer = address(base58.encode(publicKey));
  const transfer = getTransferSolInstruction({
    source: createNoopSigner(payer),
    destination: address(to),
    amount: lamports,
  });
  const msg = pipe(
    createTransactionMessage({ version: 0 }),
    (m) => setTransactionMessageFeePayerSigner(createNoopSigner(payer), m),
    (m) => setTransactionMessageLifetimeUsingBlockhash({ blockhash: blockhash('EkSnNWid2cvwEVnVx9aBqawnmiCNiDgp3gUdkDPTKN1N'), lastValidBlockHeight: 100n }, m),
    (m) => appendTransactionMessageInstructions([transfer], m),
  );
  return base64.encode(new Uint8Array(getTransactionEncoder().encode(compileTransaction(msg))));
}
