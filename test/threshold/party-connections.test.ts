/**
 * The party listener faces the network too (issue #12, bounded connections):
 * a stranger who sends headers and trickles a body, or trickles headers, is
 * cut when the request timeout passes (14 s, checked each second: by 15 s)
 * instead of holding the socket; the party keeps answering meanwhile.
 * Against a real `custos party serve` process.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startParty, type PartyProcess } from '../helpers/parties.js';
import { PARTY_LIMITS } from '../../src/party/server.js';

function trickle(url: string, slowHeaders: boolean): Promise<{ ms: number; text: string }> {
  return new Promise((resolve) => {
    const u = new URL(url);
    const t0 = Date.now();
    const sock = connect(Number(u.port), u.hostname);
    let text = '';
    const drip = setInterval(() => sock.writable && sock.write(slowHeaders ? 'x-slow: 1\r\n' : 'a'), 250);
    const giveUp = setTimeout(() => sock.destroy(), 30_000);
    sock.setEncoding('latin1');
    sock.on('data', (d: string) => (text += d));
    sock.on('error', () => undefined);
    sock.on('close', () => {
      clearInterval(drip);
      clearTimeout(giveUp);
      resolve({ ms: Date.now() - t0, text });
    });
    sock.on('connect', () =>
      sock.write(
        slowHeaders
          ? 'POST /v1/party HTTP/1.1\r\nHost: x\r\n'
          : 'POST /v1/party HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{',
      ),
    );
  });
}

describe('the party listener bounds slow clients', () => {
  let root: string;
  let party: PartyProcess;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'custos-party-conn-'));
    party = await startParty(root, 'p1');
  });
  after(async () => {
    await party?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('a trickled body and trickled headers are cut with 408 by 15 s; the party answers meanwhile (positive control)', { timeout: 60_000 }, async () => {
    const slow = [trickle(party.url, false), trickle(party.url, true)];
    await new Promise((ok) => setTimeout(ok, 2000));
    const res = await fetch(`${party.url}/v1/party/identity`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { identity: string }).identity, party.identity);
    for (const r of await Promise.all(slow)) {
      assert.ok(r.ms >= PARTY_LIMITS.headersTimeoutMs - 1000 && r.ms <= PARTY_LIMITS.requestTimeoutMs + 2500, `cut after ${r.ms} ms`);
      assert.match(r.text, /^HTTP\/1\.1 408 /, 'answered 408');
    }
  });
});
