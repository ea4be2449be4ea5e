/** audit verify | export. */
import { createReadStream, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CustosError } from '../../errors.js';
import { fromHex } from '../../crypto/bytes.js';
import { verifyExport } from '../../audit/trail.js';
import type { VerifyResult } from '../../audit/chain.js';
import { type Command, flag, requireStr, str, usageError } from '../command.js';
import { call } from '../api.js';
import { readInputFile } from '../io.js';

function verdict(r: VerifyResult, what: string): string {
  if (!r.ok) return `${what}: BROKEN at event ${r.firstBroken?.seq}: ${r.firstBroken?.reason}`;
  return `${what}: ok (${r.events} events, ${r.checkpoints} signed checkpoints, head ${r.headHash.slice(0, 16)}…${r.unanchored ? `, ${r.unanchored} events after the last checkpoint` : ''})`;
}

function broken(r: VerifyResult & { approvals?: { invalid: unknown[] } }): CustosError {
  return new CustosError('E_AUDIT_BROKEN', `audit trail broken at event ${r.firstBroken?.seq}: ${r.firstBroken?.reason}`, {
    seq: r.firstBroken?.seq,
    reason: r.firstBroken?.reason,
    ...(r.approvals?.invalid.length ? { invalidApprovals: r.approvals.invalid } : {}),
  });
}

export const auditCommands: Command[] = [
  {
    name: 'audit verify',
    summary: 'Recompute the hash chain and checkpoint signatures (with --file also every approval signature, P-256 or passkey); name the first broken link.',
    options: {
      file: { type: 'string', arg: 'FILE', description: 'verify an exported trail (JSON lines) instead of the instance' },
      'public-key': { type: 'string', arg: 'HEX', description: "with --file: the instance's audit public key (trusted)" },
      'allow-unsealed-tail': { type: 'boolean', description: 'with --file: accept events after the last signed checkpoint (and say how many)' },
      'expect-head': { type: 'string', arg: 'HASH', description: "with --file: refuse unless the trail's head hash is HASH (recorded from an earlier export)" },
    },
    async run(inv) {
      const file = str(inv.values, 'file');
      const allowTail = flag(inv.values, 'allow-unsealed-tail');
      const expectHead = str(inv.values, 'expect-head');
      if (file) {
        const pub = fromHex(requireStr(inv.values, 'public-key'), 'public-key', 32);
        if (expectHead !== undefined && !/^[0-9a-fA-F]{64}$/.test(expectHead)) throw usageError('--expect-head must be a 64-hex-digit event hash');
        readInputFile(inv.io, file, 'audit file'); // existence and size check
        const lines = createInterface({ input: createReadStream(resolve(inv.io.cwd, file)), crlfDelay: Infinity });
        const r = await verifyExport(lines, pub);
        if (!r.ok) throw broken(r);
        // A trail cut short keeps a valid chain: only a signature over its last event shows that nothing followed.
        if (r.unanchored > 0 && !allowTail) {
          throw new CustosError(
            'E_AUDIT_BROKEN',
            `audit trail ${file}: its last ${r.unanchored} event(s) (after event ${r.headSeq - r.unanchored}) are not covered by a signed checkpoint: it may have been cut short. Export it from an unsealed instance, or accept the tail with --allow-unsealed-tail`,
            { reason: 'unsealed tail', unanchored: r.unanchored, anchoredSeq: r.headSeq - r.unanchored, headSeq: r.headSeq },
          );
        }
        if (expectHead !== undefined && r.headHash !== expectHead.toLowerCase()) {
          throw new CustosError(
            'E_AUDIT_BROKEN',
            `audit trail ${file}: its head is event ${r.headSeq} with hash ${r.headHash}, not the expected ${expectHead.toLowerCase()}`,
            {
              reason: 'unexpected head',
              headSeq: r.headSeq,
              headHash: r.headHash,
            },
          );
        }
        const note =
          r.unanchored > 0 ? `\nwarning: ${r.unanchored} event(s) at the end are not covered by a signed checkpoint (accepted with --allow-unsealed-tail)` : '';
        return {
          json: { ...r, ...(expectHead !== undefined ? { headMatches: true } : {}) },
          human: `${verdict(r, `audit trail ${file}`)}${expectHead !== undefined ? ', head as expected' : ''}; ${r.approvals?.verified ?? 0} approval signature(s) verified${note}`,
        };
      }
      if (str(inv.values, 'public-key')) throw usageError('--public-key goes with --file');
      if (allowTail || expectHead !== undefined) throw usageError('--allow-unsealed-tail and --expect-head go with --file');
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
      const canUnseal = Boolean(
        str(inv.values, 'passphrase-file') ??
        env.CUSTOS_PASSPHRASE_FILE ??
        env.CUSTOS_SHARE_FILES ??
        (inv.values['share-file'] as string[] | undefined)?.length,
      );
      const text = await call(inv, 'audit.export', {}, { unseal: canUnseal });
      const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as { auditPublicKey: string };
      const out = str(inv.values, 'out');
      if (out) {
        writeFileSync(resolve(inv.io.cwd, out), text);
        const rows = text
          .trim()
          .split('\n')
          .slice(1)
          .map((l) => JSON.parse(l) as { type: string; seq: number; hash: string });
        const events = rows.filter((o) => o.type === 'event');
        const head = events[events.length - 1];
        const anchored = Math.max(0, ...rows.filter((o) => o.type === 'checkpoint').map((o) => o.seq));
        const unanchored = head ? head.seq - Math.min(anchored, head.seq) : 0;
        const json = {
          file: out,
          lines: rows.length + 1,
          auditPublicKey: header.auditPublicKey,
          headSeq: head?.seq ?? 0,
          headHash: head?.hash ?? null,
          unanchored,
        };
        const human = [
          `Exported ${rows.length} audit records to ${out} (head: event ${json.headSeq}, hash ${json.headHash}; record it to check later exports with --expect-head).`,
          `Verify with: custos audit verify --file ${out} --public-key ${header.auditPublicKey}`,
          ...(unanchored > 0
            ? [
                `warning: the last ${unanchored} event(s) are not covered by a signed checkpoint (custos is sealed here: give unseal material to anchor the export); verifying needs --allow-unsealed-tail`,
              ]
            : []),
        ].join('\n');
        return { json, human };
      }
      return { json: null, human: text, raw: text };
    },
  },
];
