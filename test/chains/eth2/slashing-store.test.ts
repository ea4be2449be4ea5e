/**
 * Slashing protection in the store, on SQLite and PostgreSQL: each refusal
 * with its reason beside the positive control, pruning keeps the watermarks
 * (and exports them), and duplicate duties raced through two store instances
 * on one database sign exactly once per validator.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../../helpers/engines.js';
import { SlashingProtection } from '../../../src/store/slashing.js';
import { formatInterchange, parseInterchange } from '../../../src/chains/eth2/interchange.js';
import type { Store } from '../../../src/store/store.js';

const GVR = `0x${'04'.repeat(32)}`;
const pk = (i: number) => `0x${i.toString(16).padStart(96, '0')}`;
const r = (i: number) => `0x${i.toString(16).padStart(64, '0')}`;
const reason = (why: string) => (e: any) => e?.code === 'E_SLASHABLE' && e.details?.reason === why;

for (const engine of await engines()) {
  describe(`slashing protection on ${engine.name}`, { skip: engine.skip }, () => {
    let store: Store;
    let url: string;
    let sp: SlashingProtection;
    before(async () => {
      ({ store, url } = await engine.open());
      sp = new SlashingProtection(store);
      await sp.bindGenesis(GVR);
    });
    after(async () => {
      await store.close();
      await engine.cleanup();
    });

    test('blocks: a new slot signs, the same block again is a repeat, another block at that slot or below is refused', async () => {
      const v = pk(1);
      assert.equal(await sp.checkAndRecordBlock(v, 10, r(1)), 'new');
      assert.equal(await sp.checkAndRecordBlock(v, 10, r(1)), 'repeat');
      await assert.rejects(sp.checkAndRecordBlock(v, 10, r(2)), reason('double_proposal'));
      await assert.rejects(sp.checkAndRecordBlock(v, 9, r(3)), reason('block_below_watermark'));
      assert.equal(await sp.checkAndRecordBlock(v, 11, r(4)), 'new');
    });

    test('attestations: double vote, surrounding and surrounded votes refused; a later vote signs', async () => {
      const v = pk(2);
      assert.equal(await sp.checkAndRecordAttestation(v, 10, 20, r(1)), 'new');
      assert.equal(await sp.checkAndRecordAttestation(v, 10, 20, r(1)), 'repeat');
      await assert.rejects(sp.checkAndRecordAttestation(v, 10, 20, r(2)), reason('double_vote'));
      await assert.rejects(sp.checkAndRecordAttestation(v, 9, 21, r(3)), reason('surrounding_vote'));
      assert.equal(await sp.checkAndRecordAttestation(v, 15, 30, r(4)), 'new');
      await assert.rejects(sp.checkAndRecordAttestation(v, 16, 29, r(5)), reason('surrounded_vote'));
      await assert.rejects(sp.checkAndRecordAttestation(v, 5, 9, r(6)), reason('source_below_watermark'));
      await assert.rejects(sp.checkAndRecordAttestation(v, 10, 19, r(6)), reason('target_below_watermark'));
      await assert.rejects(sp.checkAndRecordAttestation(v, 31, 30, r(7)), reason('source_after_target'));
      assert.equal(await sp.checkAndRecordAttestation(v, 30, 31, r(8)), 'new');
    });

    test("a duty in the signing transaction is refused for another chain's genesis root, for a known and a new validator, and records nothing", async () => {
      const other = `0x${'ab'.repeat(32)}`;
      const inTx = (f: (e: Store['read']['eth2']) => Promise<unknown>) => store.tx((repo) => f(repo.eth2));
      const bad = (e: any) => e?.code === 'E_BAD_INPUT' && e.details?.field === 'genesis_validators_root';
      assert.equal(await inTx((e) => e.checkAndRecordAttestation(pk(40), 1, 2, r(1), GVR)), 'new'); // control: the store's chain
      await assert.rejects(
        inTx((e) => e.checkAndRecordAttestation(pk(40), 2, 3, r(2), other)),
        bad,
      ); // a validator with records
      await assert.rejects(
        inTx((e) => e.checkAndRecordAttestation(pk(41), 2, 3, r(2), other)),
        bad,
      ); // a validator without
      await assert.rejects(
        inTx((e) => e.checkAndRecordBlock(pk(40), 7, r(3), other)),
        bad,
      );
      await assert.rejects(
        inTx((e) => e.checkAndRecordBlock(pk(42), 7, r(3), other)),
        bad,
      );
      assert.deepEqual(await inTx((e) => e.history([pk(40), pk(41), pk(42)])).then((h) => (h as { pubkey: string }[]).map((v) => v.pubkey)), [pk(40)]);
      assert.equal(await inTx((e) => e.checkAndRecordAttestation(pk(40), 2, 3, r(2), GVR)), 'new'); // control: nothing of the refused duty was kept
      assert.equal(await inTx((e) => e.checkAndRecordBlock(pk(42), 7, r(3), GVR)), 'new');
    });

    test('pruning keeps N epochs, raises the watermarks first, and export carries them to another store', async () => {
      const v = pk(3);
      for (let e = 1; e <= 20; e++) {
        await sp.checkAndRecordAttestation(v, e - 1, e, r(e));
        await sp.checkAndRecordBlock(v, e * 32, r(100 + e));
      }
      const pruned = await sp.prune(5);
      assert.ok(pruned.attestations >= 14 && pruned.blocks >= 14, JSON.stringify(pruned));
      const [h] = await sp.export([v]);
      assert.ok(h && h.signedAttestations.length <= 7 && h.signedBlocks.length <= 7);
      // A vote surrounding only pruned ones (1->2 .. 3->4 existed) is still refused, by the watermark.
      await assert.rejects(sp.checkAndRecordAttestation(v, 0, 5, r(999)), reason('source_below_watermark'));
      assert.equal(
        (await sp.export([v]))[0]?.signedAttestations.some((a) => a.targetEpoch < 15 && a.signingRoot !== null),
        false,
      );
      await assert.rejects(sp.checkAndRecordBlock(v, 2 * 32, r(998)), reason('block_below_watermark'));
      // Round trip: a fresh store importing the export refuses the same.
      const doc = formatInterchange(GVR, await sp.export([v]));
      const other = await engine.open();
      try {
        const sp2 = new SlashingProtection(other.store);
        const ix = parseInterchange(JSON.parse(JSON.stringify(doc)));
        await sp2.import(ix.genesisValidatorsRoot, ix.data);
        await assert.rejects(sp2.checkAndRecordAttestation(v, 0, 5, r(999)), (e: any) => e?.code === 'E_SLASHABLE');
        await assert.rejects(sp2.checkAndRecordBlock(v, 2 * 32, r(998)), (e: any) => e?.code === 'E_SLASHABLE');
        assert.equal(await sp2.checkAndRecordAttestation(v, 20, 21, r(21)), 'new'); // positive control
        await assert.rejects(sp2.import(`0x${'05'.repeat(32)}`, ix.data), (e: any) => e?.code === 'E_BAD_INPUT');
      } finally {
        await other.store.close();
      }
    });

    test('bad interchange input is E_BAD_INPUT naming the field and changes nothing', () => {
      const good = {
        metadata: { interchange_format_version: '5', genesis_validators_root: GVR },
        data: [{ pubkey: pk(9), signed_blocks: [{ slot: '1' }], signed_attestations: [] }],
      };
      assert.equal(parseInterchange(good).data.length, 1);
      const bad = (mut: (d: any) => void, field: string) => {
        const d = structuredClone(good) as any;
        mut(d);
        assert.throws(
          () => parseInterchange(d),
          (e: any) => e?.code === 'E_BAD_INPUT' && e.details?.field === field,
        );
      };
      bad((d) => (d.metadata.interchange_format_version = '4'), 'metadata.interchange_format_version');
      bad((d) => (d.data[0].pubkey = '0x12'), 'data[0].pubkey');
      bad((d) => (d.data[0].signed_blocks[0].slot = '-1'), 'data[0].signed_blocks[0].slot');
      bad((d) => (d.data[0].signed_blocks[0].slot = '99999999999999999999'), 'data[0].signed_blocks[0].slot');
      bad((d) => (d.data[0].signed_blocks[0].signing_root = '0xzz'), 'data[0].signed_blocks[0].signing_root');
    });

    // PostgreSQL: two driver instances (two pools, as two custos processes). SQLite: better-sqlite3 is synchronous,
    // so a second connection in this thread would block the first one's transaction; here the race is between
    // concurrent calls of one instance (processes on one SQLite file are serialized by BEGIN IMMEDIATE alike).
    test('duplicate duties raced (two instances on PostgreSQL): exactly one signs per validator', async () => {
      const second = engine.name === 'postgres' ? await engine.open(url) : { store };
      try {
        const a = sp;
        const b = new SlashingProtection(second.store);
        const N = 40;
        const results = await Promise.all(
          Array.from({ length: N }, (_, i) => {
            const v = pk(1000 + i);
            // Same target, different roots (a double vote), and a block double proposal, each from both instances.
            return Promise.allSettled([
              a.checkAndRecordAttestation(v, 5, 6, r(1)),
              b.checkAndRecordAttestation(v, 5, 6, r(2)),
              b.checkAndRecordBlock(v, 200, r(3)),
              a.checkAndRecordBlock(v, 200, r(4)),
            ]);
          }),
        );
        for (const [i, rs] of results.entries()) {
          const att = rs.slice(0, 2);
          const blk = rs.slice(2);
          assert.equal(att.filter((x) => x.status === 'fulfilled').length, 1, `validator ${i}: one attestation`);
          assert.equal(blk.filter((x) => x.status === 'fulfilled').length, 1, `validator ${i}: one block`);
          for (const x of rs) if (x.status === 'rejected') assert.equal((x.reason as any).code, 'E_SLASHABLE');
          // The record is the signed one.
          const [h] = await a.export([pk(1000 + i)]);
          const signedAtt = att[0]!.status === 'fulfilled' ? r(1) : r(2);
          assert.deepEqual(h?.signedAttestations, [{ sourceEpoch: 5, targetEpoch: 6, signingRoot: signedAtt }]);
        }
      } finally {
        if (second.store !== store) await second.store.close();
      }
    });
  });
}
