/**
 * The coordinator's side of the party protocol: one signed envelope per
 * request to POST {party}/v1/party, the signed reply checked against the
 * party's pinned identity, every call bounded by a timeout. Failures name the
 * party: E_UNAVAILABLE (unreachable, timed out, unsigned answer) or the
 * party's own error code (E_PARTY_REFUSED, E_INVALID_SHARE, ...).
 */
import { CustosError, isErrorCode } from '../errors.js';
import { openEnvelope, signEnvelope, type Envelope, type Identity } from '../party/wire.js';
import type { PartyBody, PartyMessageType } from '../party/protocol.js';

export interface PartyLink {
  name: string;
  url: string;
  identity: string;
}

export const DEFAULT_PARTY_TIMEOUT_MS = 10_000;

/** Send one typed protocol message (protocol.ts) and return the reply body. */
export async function callParty<K extends PartyMessageType>(
  me: Identity,
  party: PartyLink,
  type: K,
  session: string,
  body: PartyBody<K>,
  timeoutMs = DEFAULT_PARTY_TIMEOUT_MS,
): Promise<Record<string, unknown>> {
  return (await callPartyEnvelope(me, party, type, session, body, timeoutMs)).body as Record<string, unknown>;
}

/** As {@link callParty}, returning the party's whole signed reply (kept as evidence, e.g. reshare receipts). */
export async function callPartyEnvelope<K extends PartyMessageType>(
  me: Identity,
  party: PartyLink,
  type: K,
  session: string,
  body: PartyBody<K>,
  timeoutMs = DEFAULT_PARTY_TIMEOUT_MS,
): Promise<Envelope> {
  const env = signEnvelope(me, party.identity, type, session, body);
  let res: Response;
  let text: string;
  try {
    res = await fetch(`${party.url.replace(/\/$/, '')}/v1/party`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(env),
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await res.text();
  } catch (e) {
    const timedOut = (e as Error).name === 'TimeoutError';
    throw new CustosError('E_UNAVAILABLE', `party ${party.name} ${timedOut ? `did not answer within ${timeoutMs} ms` : 'is unreachable'}`, {
      party: party.name,
      reason: timedOut ? 'timeout' : 'unreachable',
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CustosError('E_UNAVAILABLE', `party ${party.name} answered with something that is not JSON (HTTP ${res.status})`, {
      party: party.name,
      reason: 'bad-answer',
    });
  }
  const unsigned = (parsed as { error?: { code?: unknown; message?: unknown } }).error;
  if (unsigned && !(parsed as { sig?: unknown }).sig) {
    // The party could not even read our message (e.g. not paired, clock skew): unsigned error.
    const code = typeof unsigned.code === 'string' && isErrorCode(unsigned.code) ? unsigned.code : 'E_UNAVAILABLE';
    throw new CustosError(code, `party ${party.name}: ${String(unsigned.message ?? 'error').slice(0, 300)}`, { party: party.name });
  }
  let reply;
  try {
    reply = openEnvelope(me, parsed, { from: party.identity });
  } catch (e) {
    throw new CustosError(
      'E_UNAVAILABLE',
      `party ${party.name} sent an answer that does not authenticate`,
      { party: party.name, reason: 'bad-signature' },
      { cause: e },
    );
  }
  if (reply.session !== session) throw new CustosError('E_UNAVAILABLE', `party ${party.name} answered another session`, { party: party.name });
  const b = reply.body as Record<string, unknown>;
  if (reply.type === 'error') {
    const err = (b.error ?? {}) as { code?: unknown; message?: unknown; participant?: unknown; retryAfterMs?: unknown };
    const code = typeof err.code === 'string' && isErrorCode(err.code) ? err.code : 'E_INTERNAL';
    throw new CustosError(code, `party ${party.name}: ${String(err.message ?? 'error').slice(0, 500)}`, {
      party: party.name,
      ...(typeof err.participant === 'string' ? { participant: err.participant } : {}),
      ...(typeof err.retryAfterMs === 'number' ? { retryAfterMs: err.retryAfterMs } : {}),
    });
  }
  if (reply.type !== `${type}.ok`) throw new CustosError('E_UNAVAILABLE', `party ${party.name} answered ${reply.type} to ${type}`, { party: party.name });
  return reply;
}

/**
 * Call several parties at once and resolve as soon as `need` succeeded (the
 * slower ones keep running and are ignored), or reject with every failure
 * once `need` can no longer be reached.
 */
export function firstN<T>(
  parties: PartyLink[],
  need: number,
  fn: (p: PartyLink) => Promise<T>,
): Promise<{ ok: { party: PartyLink; value: T }[]; failed: { party: PartyLink; error: CustosError }[] }> {
  return new Promise((resolve) => {
    const ok: { party: PartyLink; value: T }[] = [];
    const failed: { party: PartyLink; error: CustosError }[] = [];
    let done = false;
    const settle = () => {
      if (done) return;
      if (ok.length >= need || failed.length > parties.length - need || ok.length + failed.length === parties.length) {
        done = true;
        resolve({ ok: [...ok], failed: [...failed] });
      }
    };
    for (const p of parties) {
      fn(p).then(
        (value) => {
          ok.push({ party: p, value });
          settle();
        },
        (e: unknown) => {
          failed.push({
            party: p,
            error: e instanceof CustosError ? e : new CustosError('E_UNAVAILABLE', `party ${p.name}: ${(e as Error).message}`, { party: p.name }),
          });
          settle();
        },
      );
    }
    if (parties.length === 0) settle();
  });
}
