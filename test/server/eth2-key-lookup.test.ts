/**
 * The eth2 listener remembers which key holds a public key (eth2-signer.ts `names`), so a duty is
 * filed without the key lookup; the submission checks the key again in its transaction. Attacks: a
 * key disabled, rotated or destroyed after its name was remembered answers 404 exactly as the
 * lookup does, for a new duty and for a repeat of one already signed, and stores nothing. Controls:
 * the second duty is filed without the lookup; enabled again the key signs; the rotated key's new
 * public key signs.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestServer } from '../helpers/server.js';
import { VALIDATOR_POLICY, attestation } from '../helpers/eth2-duties.js';

const POLICY = VALIDATOR_POLICY;

describe('eth2 listener: a remembered key name never outlasts its key', () => {
  let t: TestServer;
  let lookups = 0;
  const sign = async (pubkey: string, target: number) => {
    const r = await fetch(`${t.server.eth2Url!}/api/v1/eth2/sign/${pubkey}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(attestation(target)),
    });
    return { status: r.status, body: (await r.json()) as { code?: string; signature?: string } };
  };
  const requests = async () => (await t.server.services.inst.store.driver.get<{ n: number }>('SELECT count(*) AS n FROM requests'))!.n;
  const create = async (name: string) => `0x${((await t.admin.call('key.create', { name, type: 'bls12-381' })) as { publicKey: string }).publicKey}`;

  before(async () => {
    t = await TestServer.start({ eth2Listen: '127.0.0.1:0', eth2InsecureLoopback: 'vc' });
    await t.principal('vc', 'validator');
    await t.admin.call('policy.set', { source: POLICY });
    const keys = t.server.services.keys;
    const blsKey = keys.blsKey.bind(keys);
    keys.blsKey = (pubkey: string) => (lookups++, blsKey(pubkey));
  });
  after(async () => t?.stop());

  test('disabled: a new duty and a repeat of a signed one answer 404 and store nothing; enabled again it signs', async () => {
    const pub = await create('val-dis');
    assert.equal((await sign(pub, 10)).status, 200);
    lookups = 0;
    assert.equal((await sign(pub, 11)).status, 200);
    assert.equal(lookups, 0, 'control: filed under the remembered name, without the lookup');
    await t.admin.call('key.disable', { name: 'val-dis' });
    const before = await requests();
    for (const target of [11, 12]) {
      const r = await sign(pub, target);
      assert.deepEqual([r.status, r.body.code], [404, 'E_KEY_NOT_FOUND'], `target ${target}`);
    }
    assert.equal(await requests(), before, 'nothing stored');
    await t.admin.call('key.enable', { name: 'val-dis' });
    assert.equal((await sign(pub, 12)).status, 200);
    assert.equal((await sign(pub, 11)).status, 200); // the repeat gets its stored signature again
  });

  test('rotated: the old public key answers 404 (new duty and repeat), the new one signs', async () => {
    const pub = await create('val-rot');
    assert.equal((await sign(pub, 20)).status, 200);
    const rotated = (await t.admin.call('key.rotate', { name: 'val-rot' })) as { versions: { version: number; publicKey: string }[] };
    const next = `0x${rotated.versions.find((v) => v.version === 2)!.publicKey}`;
    const before = await requests();
    assert.equal((await sign(pub, 20)).status, 404); // the repeat first: the name is still remembered
    assert.equal((await sign(pub, 21)).status, 404);
    assert.equal(await requests(), before);
    assert.equal((await sign(next, 21)).status, 200);
  });

  test('destroyed: 404 for a new duty and a repeat, nothing stored', async () => {
    const pub = await create('val-gone');
    assert.equal((await sign(pub, 30)).status, 200);
    await t.admin.call('key.destroy', { name: 'val-gone' });
    const before = await requests();
    assert.equal((await sign(pub, 30)).status, 404);
    assert.equal((await sign(pub, 31)).status, 404);
    assert.equal(await requests(), before);
  });
});
