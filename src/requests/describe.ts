/**
 * A request in human terms: what an approver reads before signing off (the
 * console shows these lines, `custos request show` prints them). Built only
 * from the payload facts the request was decided on (the same facts policy
 * saw: src/chains/*), so what is shown is what was judged. Pure.
 */
import type { Erc20Facts, TxFacts, TypedDataFacts } from '../chains/evm/types.js';
import type { BtcFacts } from '../chains/bitcoin/psbt.js';
import type { SolFacts } from '../chains/solana/message.js';

/** One labelled line of a request's summary. */
export interface SummaryLine {
  label: string;
  value: string;
}

/** What a request does: a one-line title and its labelled details. */
export interface RequestSummary {
  title: string;
  lines: SummaryLine[];
}

/** Chains custos names (others show as "chain N"). */
const CHAINS: Record<number, string> = {
  1: 'Ethereum',
  10: 'OP Mainnet',
  56: 'BNB Smart Chain',
  137: 'Polygon',
  8453: 'Base',
  42161: 'Arbitrum One',
  17000: 'Holesky',
  11155111: 'Sepolia',
  31337: 'Hardhat (local)',
};

export const chainName = (id: number | null | undefined): string => (id == null ? 'any chain' : `${CHAINS[id] ?? 'chain'} (${id})`);

/** USD with cents; the unbounded marker (unpriced or unlimited) says so. */
export function usd(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n) || n >= Number.MAX_VALUE) return 'unbounded (unpriced or unlimited)';
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** A decimal string of base units as whole units (`decimals` places), trailing zeros dropped. */
export function units(amount: string, decimals: number): string {
  if (!/^\d+$/.test(amount)) return amount;
  const s = amount.padStart(decimals + 1, '0');
  const whole = s.slice(0, s.length - decimals).replace(/^0+(?=\d)/, '');
  const frac = decimals ? s.slice(s.length - decimals).replace(/0+$/, '') : '';
  return frac ? `${whole}.${frac}` : whole;
}

function erc20Lines(e: Erc20Facts): SummaryLine[] {
  const amount = e.unlimited ? 'unlimited' : e.decimals !== undefined ? `${units(e.amount, e.decimals)} ${e.symbol ?? ''}`.trim() : `${e.amount} base units`;
  const token = e.symbol ? `${e.symbol} (${e.token})` : e.token;
  const out: SummaryLine[] = [
    { label: 'Token', value: token },
    { label: e.kind === 'approve' || e.kind === 'increaseAllowance' ? 'Allowance' : 'Amount', value: amount },
  ];
  if (e.to) out.push({ label: 'Recipient', value: e.to });
  if (e.from) out.push({ label: 'From', value: e.from });
  if (e.spender) out.push({ label: 'Spender', value: e.spender });
  out.push({ label: 'Value (USD)', value: usd(e.valueUsd) });
  return out;
}

function txSummary(tx: TxFacts): RequestSummary {
  const lines: SummaryLine[] = [
    { label: 'Chain', value: chainName(tx.chainId) },
    { label: 'From', value: tx.from },
    { label: 'To', value: tx.to ?? '(contract creation)' },
    { label: 'Value', value: `${units(tx.value, 18)} ETH (${usd(tx.nativeUsd)})` },
  ];
  let title = tx.to ? `Send ${units(tx.value, 18)} ETH to ${tx.to}` : 'Deploy a contract';
  if (tx.erc20) {
    const e = tx.erc20;
    const amt = e.unlimited ? 'unlimited' : e.decimals !== undefined ? `${units(e.amount, e.decimals)} ${e.symbol ?? ''}`.trim() : `${e.amount} units`;
    title = e.kind === 'approve' || e.kind === 'increaseAllowance' ? `Approve ${e.spender} to spend ${amt}` : `Transfer ${amt} to ${e.to ?? '?'}`;
    lines.push({ label: 'Method', value: e.kind }, ...erc20Lines(e));
  } else if (tx.approvalForAll) {
    const a = tx.approvalForAll;
    title = `${a.approved ? 'Approve' : 'Revoke'} ${a.operator} for all tokens of ${a.token}`;
    lines.push({ label: 'Method', value: 'setApprovalForAll' }, { label: 'Operator', value: a.operator });
  } else if (tx.selector) lines.push({ label: 'Method', value: `${tx.selector} (${tx.dataSize} bytes of call data)` });
  if (tx.delegation?.length) lines.push({ label: 'Delegates to', value: tx.delegation.join(', ') });
  lines.push({ label: 'Max fee', value: `${units(tx.maxFee, 18)} ETH (${usd(tx.feeUsd)})` }, { label: 'Total at risk (USD)', value: usd(tx.valueUsd) });
  lines.push({ label: 'Nonce', value: String(tx.nonce) }, { label: 'Type', value: tx.type });
  return { title, lines };
}

function typedDataSummary(t: TypedDataFacts): RequestSummary {
  const d = t.domain;
  const lines: SummaryLine[] = [
    { label: 'Primary type', value: t.primaryType },
    { label: 'Domain', value: [d.name, d.version ? `v${d.version}` : null].filter(Boolean).join(' ') || '(unnamed)' },
    { label: 'Chain', value: chainName(d.chainId) },
  ];
  if (d.verifyingContract) lines.push({ label: 'Verifying contract', value: d.verifyingContract });
  if (t.permit) {
    const p = t.permit;
    lines.push({ label: 'Permit', value: p.standard }, { label: 'Token', value: p.tokens.join(', ') }, { label: 'Spender', value: p.spender });
    lines.push({ label: 'Amount', value: p.unlimited ? 'unlimited' : `${p.amount} base units` }, { label: 'Deadline', value: p.deadline });
  }
  lines.push({ label: 'Value (USD)', value: usd(t.valueUsd) });
  return { title: `Sign typed data ${t.primaryType} for ${lines[1]!.value}`, lines };
}

function btcSummary(b: BtcFacts): RequestSummary {
  const lines: SummaryLine[] = [{ label: 'Network', value: `Bitcoin ${b.network}` }];
  for (const o of b.outputs) lines.push({ label: `Output ${o.index}${o.change ? ' (change)' : ''}`, value: `${units(o.amountSats, 8)} BTC to ${o.address}` });
  lines.push({ label: 'Fee', value: `${units(b.feeSats, 8)} BTC${b.feeRateSatVb !== undefined ? ` (${b.feeRateSatVb} sat/vB)` : ''}` });
  if (!b.prevoutsVerified) lines.push({ label: 'Warning', value: 'input amounts are not proven: the real fee may be higher' });
  return { title: `Send ${units(b.externalSats, 8)} BTC (${b.addresses.length} output${b.addresses.length === 1 ? '' : 's'})`, lines };
}

function solSummary(s: SolFacts): RequestSummary {
  const lines: SummaryLine[] = [{ label: 'Fee payer', value: s.feePayer }];
  for (const t of s.transfers) {
    const amount =
      t.program === 'system'
        ? `${units(t.amount, 9)} SOL`
        : t.decimals !== undefined
          ? `${units(t.amount, t.decimals)} of ${t.mint}`
          : `${t.amount} token units`;
    lines.push({ label: 'Transfer', value: `${amount} to ${t.to}${t.from ? ` from ${t.from}` : ''}` });
  }
  if (s.unparsed) lines.push({ label: 'Warning', value: `${s.unparsed} instruction(s) not decoded` });
  lines.push({ label: 'Max priority fee', value: `${units(s.maxPriorityFeeLamports, 9)} SOL` });
  return { title: `Solana: ${units(s.totalLamports, 9)} SOL in ${s.transfers.length} transfer(s)`, lines };
}

/**
 * The summary of a request from its payload facts (`payload.*` as policy saw
 * them) and its stored payload.
 *
 * @example
 *   describeRequest('sign', { tx: { chainId: 1, to: '0xab…', value: '1000000000000000000', … } }, payload).title
 *   // 'Send 1 ETH to 0xab…'
 */
export function describeRequest(kind: string, facts: Record<string, unknown> | undefined, payload: unknown): RequestSummary | undefined {
  const p = (payload ?? {}) as Record<string, unknown>;
  const note = typeof p.note === 'string' && p.note ? [{ label: 'Note', value: p.note }] : [];
  let s: RequestSummary | undefined;
  if (facts?.tx) s = txSummary(facts.tx as TxFacts);
  else if (facts?.typedData) s = typedDataSummary(facts.typedData as TypedDataFacts);
  else if (facts?.message) {
    const m = facts.message as { size: number; text?: string };
    s = { title: 'Sign a personal message (EIP-191)', lines: [{ label: 'Message', value: m.text ?? `${m.size} bytes, not text` }] };
  } else if (facts?.authorization) {
    const a = facts.authorization as { chainId: number; delegate: string; nonce: number };
    s = {
      title: `Delegate the account to ${a.delegate} (EIP-7702)`,
      lines: [
        { label: 'Chain', value: chainName(a.chainId) },
        { label: 'Nonce', value: String(a.nonce) },
      ],
    };
  } else if (facts?.btc) s = btcSummary(facts.btc as BtcFacts);
  else if (facts?.sol) s = solSummary(facts.sol as SolFacts);
  else if (kind.startsWith('admin:')) {
    s = { title: `Admin action ${kind.slice('admin:'.length)}`, lines: [] };
  } else if (kind === 'sign' && (typeof p.digest === 'string' || typeof p.message === 'string')) {
    const bytes = String(p.digest ?? p.message).replace(/^0x/, '').length / 2;
    s = { title: `Blind signature over ${bytes} raw bytes`, lines: [{ label: 'Warning', value: 'raw bytes: custos cannot show what they mean' }] };
  }
  if (!s) return note.length ? { title: kind, lines: note } : undefined;
  return { title: s.title, lines: [...s.lines, ...note] };
}
