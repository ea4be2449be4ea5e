/** audit verify | export. */
import { createReadStream, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CustosError } from '../../errors.js';
import { fromHex } from '../../crypto/bytes.js';
import { verifyExport } from '../../audit/trail.js';
import type { VerifyResult } from '../../audit/chain.js';
import { type Command, requireStr, str, usageError } from '../command.js';
import { call } from '../api.js';
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
      const r = await call(inv, 'audit.verify', {});
      return { json: r, human: `${verdict(r, 'audit trail')}\naudit key ${r.auditPublicKey}` };
    },
  },
  {
    name: 'audit export',
    summary: 'Export the trail as JSON lines with its signed checkpoints (checkpoints the head first when custos is unsealed).',
    options: {
      format: { type: 'string', arg: 'FORMAT', description: 'jsonl (the only format)' },
      out: { type: 'string', arg: 'FILE', description: 'write to FILE instead of stdout' },
    },
    async run(inv) {
      const format = str(inv.values, 'format') ?? 'jsonl';
      if (format !== 'jsonl') throw usageError('--format must be jsonl');
      const env = inv.io.env;
      const canUnseal = Boolean(str(inv.values, 'passphrase-file') ?? env.CUSTOS_PASSPHRASE_FILE ?? env.CUSTOS_SHARE_FILES ?? (inv.values['share-file'] as string[] | undefined)?.length);
      const text = await call(inv, 'audit.export', {}, { unseal: canUnseal });
      const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as { auditPublicKey: string };
      const out = str(inv.values, 'out');
      if (out) {
        writeFileSync(resolve(inv.io.cwd, out), text);
        const n = text.trim().split('\n').length - 1;
        return { json: { file: out, lines: n + 1, auditPublicKey: header.auditPublicKey }, human: `Exported ${n} audit records to ${out}. Verify with: custos audit verify --file ${out} --public-key ${header.auditPublicKey}` };
      }
      return { json: null, human: text, raw: text };
    },
  },
];
