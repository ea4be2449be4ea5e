/**
 * custos eth2 slashing import | export | prune on an instance: an EIP-3076 file imports, its
 * refusals hold (checked through the store's own check path), export round-trips it, bad files
 * and another chain's root are refused with E_BAD_INPUT and change nothing; import is audited.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Sandbox } from '../helpers/cli.js';
import { openStore } from '../../src/store/store.js';
import { SlashingProtection } from '../../src/store/slashing.js';

const GVR = `0x${'04'.repeat(32)}`;
const PK = `0x${'a1'.repeat(48)}`;
const doc = (gvr: string) =>
  JSON.stringify({
    metadata: { interchange_format_version: '5', genesis_validators_root: gvr },
    data: [{ pubkey: PK, signed_blocks: [{ slot: '100' }], signed_attestations: [{ source_epoch: '5', target_epoch: '6' }] }],
  });

describe('custos eth2 slashing', () => {
  const sb = new Sandbox();
  after(() => sb.cleanup());
  before(async () => {
    await sb.initPassphrase();
  });

  test('import, then the imported history refuses a block at its slot; export round-trips; the import is audited', async () => {
    sb.file('ix.json', doc(GVR));
    const r = await sb.ok('eth2', 'slashing', 'import', '--file', join(sb.dir, 'ix.json'));
    assert.deepEqual(r, { validators: 1, blocks: 1, attestations: 1 });
    const out = await sb.ok('eth2', 'slashing', 'export', '--out', join(sb.dir, 'out.json'));
    assert.equal(out.validators, 1);
    const exported = JSON.parse(readFileSync(join(sb.dir, 'out.json'), 'utf8'));
    assert.deepEqual(exported.data, [{ pubkey: PK, signed_blocks: [{ slot: '100' }], signed_attestations: [{ source_epoch: '5', target_epoch: '6' }] }]);
    assert.equal(exported.metadata.genesis_validators_root, GVR);
    const store = await openStore(`sqlite:${join(sb.data, 'custos.db')}`);
    try {
      const sp = new SlashingProtection(store);
      await assert.rejects(sp.checkAndRecordBlock(PK, 100, `0x${'00'.repeat(32)}`), (e: any) => e?.code === 'E_SLASHABLE');
      assert.equal(await sp.checkAndRecordBlock(PK, 101, `0x${'00'.repeat(32)}`), 'new'); // positive control
      const events = await store.driver.all<{ action: string }>("SELECT action FROM audit_events WHERE action LIKE 'eth2.%'");
      assert.deepEqual(
        events.map((e) => e.action),
        ['eth2.slashing_import'],
      );
    } finally {
      await store.close();
    }
  });

  test("another chain's genesis_validators_root and malformed files are E_BAD_INPUT and change nothing", async () => {
    sb.file('other.json', doc(`0x${'05'.repeat(32)}`));
    assert.equal((await sb.fails('eth2', 'slashing', 'import', '--file', join(sb.dir, 'other.json'))).error, 'E_BAD_INPUT');
    sb.file('bad.json', '{"metadata":');
    assert.equal((await sb.fails('eth2', 'slashing', 'import', '--file', join(sb.dir, 'bad.json'))).error, 'E_BAD_INPUT');
    sb.file('v4.json', doc(GVR).replace('"5"', '"4"'));
    assert.equal((await sb.fails('eth2', 'slashing', 'import', '--file', join(sb.dir, 'v4.json'))).error, 'E_BAD_INPUT');
    const out = await sb.ok('eth2', 'slashing', 'export');
    assert.equal(out.data.length, 1);
    assert.deepEqual(out.data[0].signed_attestations, [{ source_epoch: '5', target_epoch: '6' }]);
  });
});
