/**
 * A cold key (custody cold) never signs online: every online signing path
 * (sign, sign.evm, sign.bitcoin, sign.solana, JSON-RPC, the eth2 listener)
 * refuses it with E_COLD_KEY and files nothing, while the same call with a
 * hot key signs (the positive control). On its own air-gapped instance too,
 * a cold key signs only through `offline sign`: a local `custos sign` refuses.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { hex } from '@scure/base';
import { airgapPair, type AirgapPair } from '../helpers/airgap.js';
import { psbtFor, solanaTransfer } from '../helpers/chain-payloads.js';
import type { EvmPayload } from '../../src/chains/evm/types.js';

const SIGN_YAML = join(import.meta.dirname, '../vectors/web3signer_openapi/openapi-specs/eth2/signing/paths/sign.yaml');
const EXAMPLES = parse(readFileSync(SIGN_YAML, 'utf8')).post.requestBody.content['application/json'].examples as Record<
  string,
  { value: Record<string, unknown> }
>;
const ATTESTATION = (() => {
  const { signingRoot: _root, ...body } = EXAMPLES.ATTESTATION!.value;
  return body;
})();
const TO = '0x00000000000000000000000000000000000000b0';
const TX = { type: '0x2', chainId: 1, nonce: 0, gas: 21000, maxFeePerGas: 2, maxPriorityFeePerGas: 1, to: TO, value: '0x1' } as const;

describe('cold keys refuse online signing on every path (hot keys as the control)', () => {
  let p: AirgapPair;
  const pub: Record<string, string> = {};
  before(async () => {
    p = await airgapPair({
      coldKeys: [
        ['vault', 'secp256k1', '--allow-raw'],
        ['vault-ed', 'ed25519'],
        ['vault-bls', 'bls12-381'],
      ],
      serve: { eth2Listen: '127.0.0.1:0', eth2InsecureLoopback: 'vc', eth2GenesisForkVersion: '0x00000001' },
    });
    await p.online.principal('vc', 'validator');
    await p.online.admin.call('key.create', { name: 'hot', type: 'secp256k1', allowRaw: true });
    await p.online.admin.call('key.create', { name: 'hot-ed', type: 'ed25519' });
    await p.online.admin.call('key.create', { name: 'hot-bls', type: 'bls12-381' });
    for (const k of await p.online.admin.call('key.list', {})) pub[k.name] = k.publicKey;
  });
  after(() => p?.cleanup());

  /** `call` refuses with E_COLD_KEY for the cold key and files nothing; for the hot key it signs. */
  async function refusesColdSignsHot(what: string, call: (key: string) => Promise<{ status?: string }>, cold: string, hot: string) {
    const before = (await p.online.admin.call('request.list', {})).length;
    await assert.rejects(call(cold), (e: any) => {
      assert.equal(e.code, 'E_COLD_KEY', `${what}: ${e.message}`);
      assert.equal(e.details?.key, cold);
      return true;
    });
    assert.equal((await p.online.admin.call('request.list', {})).length, before, `${what}: the refusal filed a request`);
    assert.equal((await call(hot)).status, 'signed', `${what}: the hot control`);
  }

  test('key show and policy see the tier: custody cold', async () => {
    const k = await p.online.admin.call('key.show', { ref: 'vault' });
    assert.equal(k.custody, 'cold');
    assert.equal(k.allowRaw, true, "the public record carries the offline key's raw usage");
    const check = await p.online.admin.call('policy.check', { key: 'vault', digest: 'ab'.repeat(32) });
    assert.equal((check.facts as any).key.custody, 'cold');
  });

  test('sign (raw), sign.evm, sign.bitcoin, sign.solana', async () => {
    const bot = p.bot.client;
    await refusesColdSignsHot('sign', (key) => bot.call('sign', { key, digest: 'ab'.repeat(32) }), 'vault', 'hot');
    await refusesColdSignsHot(
      'sign.evm',
      (key) => bot.call('sign.evm', { key, payload: { kind: 'evm.transaction', transaction: TX } as EvmPayload }),
      'vault',
      'hot',
    );
    await refusesColdSignsHot(
      'sign.bitcoin',
      (key) => bot.call('sign.bitcoin', { keys: [key], psbt: psbtFor(hex.decode(pub[key === 'vault' ? 'vault' : 'hot']!)) }),
      'vault',
      'hot',
    );
    await refusesColdSignsHot(
      'sign.solana',
      (key) => bot.call('sign.solana', { key, transaction: solanaTransfer(hex.decode(pub[key]!)) }),
      'vault-ed',
      'hot-ed',
    );
  });

  test('offline: true files the request for the air gap; it is refused on a hot key', async () => {
    const filed = await p.bot.client.call('sign.evm', { key: 'vault', payload: { kind: 'evm.transaction', transaction: TX } as EvmPayload, offline: true });
    assert.equal(filed.status, 'pending');
    await assert.rejects(
      p.bot.client.call('sign.evm', { key: 'hot', payload: { kind: 'evm.transaction', transaction: TX } as EvmPayload, offline: true }),
      (e: any) => e.code === 'E_BAD_INPUT' && e.details?.field === 'offline',
    );
  });

  test('JSON-RPC: eth_signTransaction and eth_sign from the cold address answer an error carrying E_COLD_KEY', async () => {
    const addr = async (k: string) => (await p.online.admin.call('key.show', { ref: k })).addresses.ethereum!;
    for (const [method, params] of [
      [
        'eth_signTransaction',
        (from: string) => [{ from, to: TO, value: '0x1', gas: '0x5208', maxFeePerGas: '0x2', maxPriorityFeePerGas: '0x1', nonce: '0x0', chainId: '0x1' }],
      ],
      ['eth_sign', (from: string) => [from, '0x68656c6c6f']],
    ] as const) {
      const cold = (await p.bot.client.call('eth.rpc', { jsonrpc: '2.0', id: 1, method, params: params(await addr('vault')) })) as any;
      assert.equal(cold.error?.data?.code, 'E_COLD_KEY', `${method}: ${JSON.stringify(cold)}`);
      const hot = (await p.bot.client.call('eth.rpc', { jsonrpc: '2.0', id: 1, method, params: params(await addr('hot')) })) as any;
      assert.match(String(hot.result), /^0x[0-9a-f]+$/, `${method} hot control: ${JSON.stringify(hot)}`);
    }
  });

  test('eth2 listener: a cold BLS key is refused, a hot one signs the same duty', async () => {
    const post = (k: string) =>
      fetch(`${p.online.server.eth2Url}/api/v1/eth2/sign/0x${pub[k]}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(ATTESTATION),
      });
    const cold = await post('vault-bls');
    const body = await cold.text();
    assert.equal(cold.status, 403, body);
    assert.match(body, /E_COLD_KEY/);
    const hot = await post('hot-bls');
    assert.equal(hot.status, 200, await hot.clone().text());
  });

  test('on the air-gapped instance itself, a local `custos sign` with the cold key is refused: only offline sign uses it', async () => {
    const f = await p.offline.fails('sign', '--key', 'vault', '--digest', 'ab'.repeat(32));
    assert.equal(f.error, 'E_COLD_KEY');
  });
});
