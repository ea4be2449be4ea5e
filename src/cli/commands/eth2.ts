/**
 * eth2 slashing import | export | prune: EIP-3076 interchange (format v5) of
 * the instance's slashing-protection data, on the store directly (no unseal:
 * the data is public, and an import can only add refusals, never lift one).
 * Import and prune are audited.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { badInput } from '../../errors.js';
import { appendEvent } from '../../audit/trail.js';
import { SlashingProtection } from '../../store/slashing.js';
import { formatInterchange, parseInterchange } from '../../chains/eth2/interchange.js';
import { pubkey } from '../../chains/eth2/values.js';
import { type Command, int, list, requireStr, str, usageError } from '../command.js';
import { readInputFile } from '../io.js';
import { withInstance } from '../context.js';

export const eth2Commands: Command[] = [
  {
    name: 'eth2 slashing import',
    summary: "Merge an EIP-3076 interchange file (v5) into slashing protection; refuses another chain's genesis_validators_root.",
    options: { file: { type: 'string', arg: 'FILE', description: 'the interchange JSON file' } },
    async run(inv) {
      const file = requireStr(inv.values, 'file');
      let doc: unknown;
      try {
        doc = JSON.parse(readInputFile(inv.io, file, 'interchange file').toString('utf8'));
      } catch (e) {
        if ((e as { code?: string }).code) throw e;
        throw badInput(`${file}: not JSON`, { field: 'file' });
      }
      const ix = parseInterchange(doc);
      return withInstance(inv, { unseal: false }, async ({ inst, actor }) => {
        const r = await new SlashingProtection(inst.store).import(ix.genesisValidatorsRoot, ix.data);
        const counts = {
          validators: r.validators,
          blocks: ix.data.reduce((n, d) => n + d.signedBlocks.length, 0),
          attestations: ix.data.reduce((n, d) => n + d.signedAttestations.length, 0),
        };
        await inst.store.tx((repo) => appendEvent(repo, { actor, action: 'eth2.slashing_import', subject: 'eth2/slashing', details: counts }));
        return {
          json: counts,
          human: `Imported slashing protection for ${counts.validators} validator(s): ${counts.blocks} blocks, ${counts.attestations} attestations.`,
        };
      });
    },
  },
  {
    name: 'eth2 slashing export',
    summary: 'Write the slashing-protection data as an EIP-3076 interchange (v5), of every validator or of --pubkey ones.',
    options: {
      out: { type: 'string', arg: 'FILE', description: 'write to FILE instead of stdout' },
      pubkey: { type: 'string', multiple: true, arg: 'HEX', description: 'only this validator (repeatable)' },
    },
    async run(inv) {
      const keys = list(inv.values, 'pubkey').map((p) => pubkey(p));
      return withInstance(inv, { unseal: false }, async ({ inst }) => {
        const sp = new SlashingProtection(inst.store);
        const gvr = await sp.genesisValidatorsRoot();
        if (gvr === null) throw badInput('this store has no slashing-protection data yet (no genesis_validators_root)', { field: 'genesis_validators_root' });
        const doc = formatInterchange(gvr, await sp.export(keys.length > 0 ? keys : undefined));
        const text = `${JSON.stringify(doc, null, 2)}\n`;
        const out = str(inv.values, 'out');
        if (!out) return { json: doc, human: text.trimEnd() };
        writeFileSync(resolve(inv.io.cwd, out), text);
        return { json: { file: out, validators: (doc.data as unknown[]).length }, human: `Exported ${(doc.data as unknown[]).length} validator(s) to ${out}.` };
      });
    },
  },
  {
    name: 'eth2 slashing prune',
    summary: "Drop records older than --keep-epochs before each validator's newest, raising its low watermarks first.",
    options: { 'keep-epochs': { type: 'string', arg: 'N', description: 'epochs to keep (>= 1)' } },
    async run(inv) {
      const keep = int(inv.values, 'keep-epochs', { min: 1 });
      if (keep === undefined) throw usageError('--keep-epochs N is required');
      return withInstance(inv, { unseal: false }, async ({ inst, actor }) => {
        const r = await new SlashingProtection(inst.store).prune(keep);
        await inst.store.tx((repo) =>
          appendEvent(repo, { actor, action: 'eth2.slashing_prune', subject: 'eth2/slashing', details: { keepEpochs: keep, ...r } }),
        );
        return { json: r, human: `Pruned ${r.blocks} block and ${r.attestations} attestation records (kept ${keep} epochs).` };
      });
    },
  },
];
