/** audit verify | export. */
import { createReadStream, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CustosError } from '../../errors.js';
import { fromHex, toHex } from '../../crypto/bytes.js';
import { exportTrail, verifyExport, verifyStoredTrail } from '../../audit/trail.js';
import type { VerifyResult } from '../../audit/chain.js';
import { type Command, requireStr, str, usageError } from '../command.js';
import { unsealSession, withInstance } from '../context.js';
import { readInputFile } from '../io.js';

function verdict(r: VerifyResult, what: string): string {
  if (!r.ok) return `${what}: BROKEN at event ${r.firstBroken?.seq}: ${r.firstBroken?.reason}`;
  return `${what}: ok (${r.events} events, ${r.checkpoints} signed checkpoints, head ${r.headHash.slice(0, 16)}…${r.unanchored ? `, ${r.unanchored} events after the last checkpoint` : ''})`;
}

function broken(r: VerifyResult): CustosError {
  return new CustosError('E_AUDIT_BROKEN', `audit trail broken at event ${r.firstBroken?.seq}: ${r.firstBroken?.reason}`, { seq: r.firstBroken?.seq, reason: r.firstBroken?.reason });
}

export const auditCommands: Command[] = [
  {
    name: 'audit verify',
    summary: 'Recompute the hash chain and checkpoint signatures; name the first broken link.',
    options: {
      file: { type: 'string', arg: 'FILE', description: 'verify an exported trail (JSON lines) instead of the instance' },
      'public-key': { type: 'string', arg: 'HEX', description: "with --file: the instance's audit public key (trusted)" },
    },
    async run(inv) {
      const file = str(inv.values, 'file');
      if (file) {
        const pub = fromHex(requireStr(inv.values, 'public-key'), 'public-key', 32);
        readInputFile(inv.io, file, 'audit file'); // existence and size check
        const lines = createInterface({ input: createReadStream(resolve(inv.io.cwd, file)), crlfDelay: Infinity });
        const r = await verifyExport(lines, pub);
        if (!r.ok) throw broken(r);
        return { json: r, human: verdict(r, `audit trail ${file}`) };
      }
      if (str(inv.values, 'public-key')) throw usageError('--public-key goes with --file');
      return withInstance(inv, { unseal: false }, async ({ inst }) => {
        const r = await verifyStoredTrail(inst.store.read, inst.instanceId, inst.auditPublicKey);
        if (!r.ok) throw broken(r);
        return { json: { ...r, auditPublicKey: toHex(inst.auditPublicKey) }, human: verdict(r, 'audit trail') };
      });
    },
  },
  {
    name: 'audit export',
    summary: 'Export the trail as JSON lines with its signed checkpoints (checkpoints the head first when unseal material is given).',
    options: {
      format: { type: 'string', arg: 'FORMAT', description: 'jsonl (the only format)' },
      out: { type: 'string', arg: 'FILE', description: 'write to FILE instead of stdout' },
    },
    async run(inv) {
      const format = str(inv.values, 'format') ?? 'jsonl';
      if (format !== 'jsonl') throw usageError('--format must be jsonl');
      const canUnseal = Boolean(str(inv.values, 'passphrase-file') ?? inv.io.env.CUSTOS_PASSPHRASE_FILE ?? (inv.values['share-file'] as string[] | undefined)?.length);
      return withInstance(inv, { unseal: false }, async ({ inst, actor }) => {
        if (canUnseal) {
          await unsealSession(inv, inst, actor);
          await inst.mutate(async () => ({ result: undefined, audit: { actor, action: 'audit.export', subject: `instance/${inst.instanceId}`, details: { format } } }));
          await inst.checkpoint();
        }
        const lines: string[] = [];
        for await (const l of exportTrail(inst.store.read, { instanceId: inst.instanceId, auditPublicKey: toHex(inst.auditPublicKey), exportedAt: new Date().toISOString() })) lines.push(l);
        const text = `${lines.join('\n')}\n`;
        const out = str(inv.values, 'out');
        if (out) {
          writeFileSync(resolve(inv.io.cwd, out), text);
          return { json: { file: out, lines: lines.length, auditPublicKey: toHex(inst.auditPublicKey) }, human: `Exported ${lines.length - 1} audit records to ${out}. Verify with: custos audit verify --file ${out} --public-key ${toHex(inst.auditPublicKey)}` };
        }
        return { json: null, human: text, raw: text };
      });
    },
  },
];
