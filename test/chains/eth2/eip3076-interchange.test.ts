/**
 * The official EIP-3076 interchange suite (test/vectors/eip3076, 38 files,
 * v5.3.0) on SQLite and on PostgreSQL, through custos's own parse, import and
 * check-and-record paths. custos keeps every record (the "complete" strategy),
 * so each block and attestation must match `should_succeed_complete`.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { engines } from '../../helpers/engines.js';
import { SlashingProtection } from '../../../src/store/slashing.js';
import { parseInterchange } from '../../../src/chains/eth2/interchange.js';
import { isCustosError } from '../../../src/errors.js';
import type { Store } from '../../../src/store/store.js';

const DIR = join(import.meta.dirname, '../../vectors/eip3076/tests');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

interface Step {
  should_succeed: boolean;
  contains_slashable_data: boolean;
  interchange: unknown;
  blocks: { pubkey: string; slot: string; signing_root?: string; should_succeed_complete: boolean }[];
  attestations: { pubkey: string; source_epoch: string; target_epoch: string; signing_root?: string; should_succeed_complete: boolean }[];
}
interface Case {
  name: string;
  genesis_validators_root: string;
  steps: Step[];
}

const ZERO = `0x${'00'.repeat(32)}`;

async function outcome(p: Promise<unknown>): Promise<boolean> {
  try {
    await p;
    return true;
  } catch (e) {
    if (isCustosError(e, 'E_SLASHABLE') || isCustosError(e, 'E_BAD_INPUT')) return false;
    throw e;
  }
}

test('the suite has all 38 files', () => assert.equal(files.length, 38));

for (const engine of await engines()) {
  describe(`EIP-3076 interchange suite on ${engine.name}`, { skip: engine.skip }, () => {
    // One database per engine, emptied before each case ("initialize a new (empty) slashing protection database").
    let store: Store;
    before(async () => {
      store = (await engine.open()).store;
    });
    after(async () => {
      await store.close();
      await engine.cleanup();
    });
    for (const file of files) {
      test(file, async () => {
        const c = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Case;
        for (const t of ['eth2_signed_blocks', 'eth2_signed_attestations', 'eth2_validators', 'eth2_meta']) await store.driver.run(`DELETE FROM ${t}`);
        {
          const sp = new SlashingProtection(store);
          await sp.bindGenesis(c.genesis_validators_root);
          for (const [i, step] of c.steps.entries()) {
            const imported = await outcome(
              (async () => {
                const ix = parseInterchange(step.interchange);
                await sp.import(ix.genesisValidatorsRoot, ix.data);
              })(),
            );
            if (!step.should_succeed) {
              assert.equal(imported, false, `step ${i}: the import must be refused`);
              continue;
            }
            if (!imported) {
              // Allowed only for an interchange with slashable data; then the rest of the case is void.
              assert.ok(step.contains_slashable_data, `step ${i}: a clean interchange must import`);
              return;
            }
            for (const [j, b] of step.blocks.entries()) {
              const ok = await outcome(sp.checkAndRecordBlock(b.pubkey, Number(b.slot), b.signing_root ?? ZERO));
              assert.equal(ok, b.should_succeed_complete, `step ${i} block ${j} (slot ${b.slot})`);
            }
            for (const [j, a] of step.attestations.entries()) {
              const ok = await outcome(sp.checkAndRecordAttestation(a.pubkey, Number(a.source_epoch), Number(a.target_epoch), a.signing_root ?? ZERO));
              assert.equal(ok, a.should_succeed_complete, `step ${i} attestation ${j} (${a.source_epoch}->${a.target_epoch})`);
            }
          }
        }
      });
    }
  });
}
