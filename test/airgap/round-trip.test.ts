/**
 * Air-gapped cold signing end to end: a request filed online for a cold key,
 * approved by two approvers, exported to a file, signed by the offline
 * instance (the CLI in local mode, no server, no network between the two),
 * imported online. The signed transaction is checked with ethers, an
 * independent implementation. Then every way a file can be tampered with,
 * each refused with its stable code and changing nothing, with the untampered
 * file as the positive control.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { Transaction as EthTx } from 'ethers';
import { airgapPair, offlineState, readText, withOfflineServices, type AirgapPair } from '../helpers/airgap.js';
import { decodeFile, encodeFile, REQUEST_FORMAT, RESPONSE_FORMAT } from '../../src/airgap/format.js';
import type { EvmPayload } from '../../src/chains/evm/types.js';
import { requestDigest } from '../../src/auth/approval.js';
import type { ExportBody, ResponseBody, Signed } from '../../src/airgap/format.js';

const TO = '0x00000000000000000000000000000000000000b0';
const transfer = (valueWei: bigint, nonce = 0): EvmPayload =>
  ({
    kind: 'evm.transaction',
    transaction: {
      type: '0x2',
      chainId: 1,
      nonce,
      gas: 21000,
      maxFeePerGas: 30_000_000_000,
      maxPriorityFeePerGas: 1_000_000_000,
      to: TO,
      value: `0x${valueWei.toString(16)}`,
    },
  }) as EvmPayload;
const ETH = 10n ** 18n;

describe('air-gapped cold signing: export, offline sign, import', () => {
  let p: AirgapPair;
  before(async () => {
    p = await airgapPair();
  });
  after(() => p?.cleanup());

  /** A cold-key transfer filed by the bot and approved by both approvers: status offline. */
  async function approved(valueWei: bigint, nonce: number) {
    const r = await p.bot.client.call('sign.evm', { key: 'vault', payload: transfer(valueWei, nonce), offline: true });
    assert.equal(r.status, 'pending', JSON.stringify(r));
    for (const a of p.approvers) await a.client.decide(r.id, 'approve');
    const v = await p.online.admin.call('request.show', { id: r.id });
    assert.equal(v.status, 'offline');
    return v;
  }

  test('round trip: the cold key signs offline, ethers attributes the transaction to its address', async () => {
    const v = await approved(ETH / 2n, 0);
    const req = p.file('req');
    const ex = await p.onlineCli.ok('request', 'export', v.id, '--out', req);
    const json = JSON.stringify(decodeFile(readText(req), REQUEST_FORMAT)).length;
    console.log(`export of a typical EVM transfer with 2 approvals: ${ex.bytes} bytes (its JSON: ${json} bytes)`);
    assert.ok(ex.bytes < 3000, `export is ${ex.bytes} bytes`);
    const resp = p.file('resp');
    const signed = await p.offline.ok('offline', 'sign', req, '--out', resp);
    assert.deepEqual(signed.approvers.sort(), ['ann', 'ben']);
    console.log(`response: ${signed.bytes} bytes`);
    const done = await p.onlineCli.ok('request', 'import', resp);
    assert.equal(done.status, 'signed');
    const tx = EthTx.from(done.result.serializedTransaction as string);
    assert.equal(tx.from?.toLowerCase(), p.address.toLowerCase());
    assert.equal(tx.value, ETH / 2n);
    assert.equal(tx.to?.toLowerCase(), TO);
  });
  /** The online host itself (it holds the identity key) re-signing an export it edited: the hostile coordinator. */
  const hostileExport = async (body: ExportBody) => encodeFile(await p.online.server.services.requests.airgap.peers.sign(body));
  const flip = (hex: string) => `${hex.slice(0, -1)}${hex.endsWith('0') ? '1' : '0'}`;
  const clone = <T>(x: T): T => structuredClone(x);

  /** Offline sign must fail with `code` and leave the offline instance as it was (no audit event, no request, no response file). */
  async function refusedOffline(name: string, text: string, code: string) {
    const before = await offlineState(p.offline);
    const out = p.file(`resp-${name.replace(/\W+/g, '-')}`);
    const f = await p.offline.fails('offline', 'sign', p.offline.file(`req-${name.replace(/\W+/g, '-')}`, text), '--out', out);
    assert.equal(f.error, code, `${name}: ${f.message}`);
    assert.deepEqual(await offlineState(p.offline), before, `${name}: the offline instance changed`);
    assert.throws(() => readText(out), /ENOENT/, `${name}: a response was written`);
  }

  test('tampered exports (payload, amount, approvals, signature) are refused offline with stable codes, changing nothing; the untampered one signs', async () => {
    const v = await approved(ETH / 4n, 1);
    const req = p.file('req');
    await p.onlineCli.ok('request', 'export', v.id, '--out', req);
    const text = readText(req);
    const doc = decodeFile(text, REQUEST_FORMAT);
    const withValue = (wei: bigint) => {
      const b = clone(doc.body);
      (b.request.payload as any).payload.transaction.value = `0x${wei.toString(16)}`;
      return b;
    };

    await refusedOffline('signature flipped', encodeFile({ body: doc.body, signature: flip(doc.signature) }), 'E_AIRGAP_SIGNATURE');
    await refusedOffline('amount edited, not re-signed', encodeFile({ body: withValue(ETH / 5n), signature: doc.signature }), 'E_AIRGAP_SIGNATURE');
    await refusedOffline('amount edited, re-signed by the online host', await hostileExport(withValue(ETH / 5n)), 'E_AIRGAP_MISMATCH');
    const recipient = clone(doc.body);
    (recipient.request.payload as any).payload.transaction.to = '0x00000000000000000000000000000000000000e1';
    await refusedOffline('recipient edited, re-signed by the online host', await hostileExport(recipient), 'E_AIRGAP_MISMATCH');
    // The host recomputes the digest too: the approvers' signatures are over the old one.
    const redigested = withValue(ETH / 5n);
    const r = redigested.request;
    r.digest = requestDigest({ id: r.id, kind: 'sign', principal: r.principal, key: r.key, payload: r.payload, createdAt: r.createdAt });
    await refusedOffline('amount edited, digest recomputed, re-signed', await hostileExport(redigested), 'E_AIRGAP_REFUSED');
    const noApprovals = clone(doc.body);
    noApprovals.approvals = [];
    await refusedOffline('approvals dropped, re-signed', await hostileExport(noApprovals), 'E_AIRGAP_REFUSED');
    const oneTwice = clone(doc.body);
    oneTwice.approvals = [doc.body.approvals[0]!, { approverName: 'ben', signature: doc.body.approvals[0]!.signature }];
    await refusedOffline("ann's approval passed off as ben's, re-signed", await hostileExport(oneTwice), 'E_AIRGAP_REFUSED');
    const byRequester = clone(doc.body);
    byRequester.request.principal = 'ann';
    await refusedOffline('requester swapped, re-signed', await hostileExport(byRequester), 'E_AIRGAP_MISMATCH');
    await refusedOffline('truncated file', text.slice(0, 200), 'E_AIRGAP_FORMAT');
    await refusedOffline('not a custos file', 'hello', 'E_AIRGAP_FORMAT');

    // Positive control: the untampered export, after all of that, signs.
    const resp = p.file('resp');
    await p.offline.ok('offline', 'sign', req, '--out', resp);
    assert.equal((await p.onlineCli.ok('request', 'import', resp)).status, 'signed');
    // And only once: the same export again is a replay.
    await refusedOffline('the same export signed twice', text, 'E_AIRGAP_REPLAYED');
  });

  test("an export the offline instance's own policy refuses (above its cap) is refused there, though the online policy allowed it; within the cap it signs", async () => {
    const big = await approved(5n * ETH, 2);
    const req = p.file('req');
    await p.onlineCli.ok('request', 'export', big.id, '--out', req);
    await refusedOffline('above the offline cap', readText(req), 'E_AIRGAP_REFUSED');
    assert.equal((await p.online.admin.call('request.show', { id: big.id })).status, 'offline');
    // Control: the same flow within the cap.
    const small = await approved(ETH / 10n, 3);
    const req2 = p.file('req');
    await p.onlineCli.ok('request', 'export', small.id, '--out', req2);
    const resp = p.file('resp');
    await p.offline.ok('offline', 'sign', req2, '--out', resp);
    assert.equal((await p.onlineCli.ok('request', 'import', resp)).status, 'signed');
  });

  /** Online: request.import must fail with `code`, and change neither request nor the audit trail. */
  async function refusedOnline(name: string, text: string, code: string, ids: string[]) {
    const before = await p.online.auditEvents();
    await assert.rejects(p.online.admin.call('request.import', { response: text }), (e: any) => {
      assert.equal(e.code, code, `${name}: ${e.message}`);
      return true;
    });
    assert.equal(await p.online.auditEvents(), before, `${name}: the trail changed`);
    for (const id of ids) assert.equal((await p.online.admin.call('request.show', { id })).status, 'offline', `${name}: request ${id} moved`);
  }

  /** The offline instance's identity re-signing a response someone edited. */
  const hostileResponse = (body: ResponseBody) => withOfflineServices(p.offline, async (s) => encodeFile(await s.requests.airgap.peers.sign(body)));

  test('tampered responses, and a response for another request, are refused online; the untampered ones complete their requests', async () => {
    const v1 = await approved(ETH / 8n, 4);
    const v2 = await approved(ETH / 9n, 5);
    const files: Record<string, { req: string; resp: string }> = {};
    for (const v of [v1, v2]) {
      const req = p.file('req');
      const resp = p.file('resp');
      await p.onlineCli.ok('request', 'export', v.id, '--out', req);
      await p.offline.ok('offline', 'sign', req, '--out', resp);
      files[v.id] = { req, resp };
    }
    const ids = [v1.id, v2.id];
    const d1: Signed<ResponseBody> = decodeFile(readText(files[v1.id]!.resp), RESPONSE_FORMAT);
    const d2: Signed<ResponseBody> = decodeFile(readText(files[v2.id]!.resp), RESPONSE_FORMAT);

    await refusedOnline('signature flipped', encodeFile({ body: d1.body, signature: flip(d1.signature) }), 'E_AIRGAP_SIGNATURE', ids);
    const edited = clone(d1.body);
    edited.signatures[0]!.signature = flip(edited.signatures[0]!.signature);
    await refusedOnline('transaction signature edited, not re-signed', encodeFile({ body: edited, signature: d1.signature }), 'E_AIRGAP_SIGNATURE', ids);
    await refusedOnline('transaction signature edited, re-signed by the offline identity', await hostileResponse(edited), 'E_AIRGAP_MISMATCH', ids);
    const otherId = clone(d1.body);
    otherId.requestId = v2.id;
    await refusedOnline("v1's response relabelled as v2's", await hostileResponse(otherId), 'E_AIRGAP_MISMATCH', ids);
    const otherAll = clone(d1.body);
    otherAll.requestId = v2.id;
    otherAll.requestDigest = d2.body.requestDigest;
    await refusedOnline("v1's signature under v2's id and digest", await hostileResponse(otherAll), 'E_AIRGAP_MISMATCH', ids);
    const otherInstance = clone(d1.body);
    otherInstance.to = '00000000-0000-4000-8000-000000000000';
    await refusedOnline('addressed to another instance', await hostileResponse(otherInstance), 'E_AIRGAP_MISMATCH', ids);
    await refusedOnline('an export given as a response', readText(files[v1.id]!.req), 'E_AIRGAP_FORMAT', ids);

    // Positive control: each untampered response completes its own request.
    for (const v of [v1, v2]) {
      const done = await p.online.admin.call('request.import', { response: readText(files[v.id]!.resp) });
      assert.equal(done.status, 'signed');
      assert.equal(EthTx.from(done.result!.serializedTransaction as string).from?.toLowerCase(), p.address.toLowerCase());
    }
  });

  test('replay: one response imported twice concurrently, then again, completes its request exactly once', async () => {
    const v = await approved(ETH / 7n, 6);
    const req = p.file('req');
    const resp = p.file('resp');
    await p.onlineCli.ok('request', 'export', v.id, '--out', req);
    await p.offline.ok('offline', 'sign', req, '--out', resp);
    const response = readText(resp);
    const results = await Promise.allSettled([0, 1].map(() => p.online.admin.call('request.import', { response })));
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    assert.equal(lost.reason.code, 'E_AIRGAP_REPLAYED');
    await assert.rejects(p.online.admin.call('request.import', { response }), (e: any) => e.code === 'E_AIRGAP_REPLAYED');
    const trail = (await p.online.admin.call('audit.export', {})).split('\n').filter((l) => l.includes(`"request/${v.id}"`));
    assert.equal(trail.filter((l) => l.includes('"request.import"')).length, 1);
    assert.equal((await p.online.admin.call('request.show', { id: v.id })).status, 'signed');
  });
});

describe('air gap: the offline time-lock runs from when the offline instance first sees the request', () => {
  let p: AirgapPair;
  before(async () => {
    p = await airgapPair({
      offlinePolicy: 'rules:\n  - name: cold-delayed\n    effect: allow\n    when: key.custody == "cold" && principal.name == "bot"\n    delay: 2s\n',
    });
  });
  after(() => p?.cleanup());

  test('a backdated export (re-digested and re-signed by the online host) waits out the full lock offline; then the same file signs', async () => {
    const r = await p.bot.client.call('sign.evm', { key: 'vault', payload: transfer(ETH / 10n, 0), offline: true });
    for (const a of p.approvers) await a.client.decide(r.id, 'approve');
    const req = p.file('req');
    await p.onlineCli.ok('request', 'export', r.id, '--out', req);
    const body = structuredClone(decodeFile(readText(req), REQUEST_FORMAT).body) as ExportBody;
    body.request.createdAt = new Date(Date.now() - 3600_000).toISOString(); // an hour "old": past any lock counted from creation
    body.request.digest = requestDigest({
      id: body.request.id,
      kind: 'sign',
      principal: body.request.principal,
      key: body.request.key,
      payload: body.request.payload,
      createdAt: body.request.createdAt,
    });
    const hostile = p.offline.file('req-backdated', encodeFile(await p.online.server.services.requests.airgap.peers.sign(body)));
    const resp = p.file('resp');
    assert.equal((await p.offline.fails('offline', 'sign', hostile, '--out', resp)).error, 'E_TOO_EARLY', 'first sight starts the lock');
    assert.equal((await p.offline.fails('offline', 'sign', hostile, '--out', resp)).error, 'E_TOO_EARLY', 'still locked');
    await sleep(2200);
    const signed = await p.offline.ok('offline', 'sign', hostile, '--out', resp);
    assert.ok(signed.bytes > 0, 'control: after the lock the same file signs');
  });
});
