import { useState } from 'preact/hooks';
import type { OperationOutput } from '../../../src/api/contract.js';
import type { Session } from '../session.js';
import { useLoad, useNow } from '../hooks.js';
import { Mono, Page, Show, Status, duration, when } from '../components.js';
import { diffLines } from '../diff.js';

export type RequestView = OperationOutput<'request.show'>;

/** When a delayed request may sign (ISO), if the view says so. */
const notBefore = (r: RequestView): number | undefined => {
  const t = r.waitingFor?.notBefore ? Date.parse(r.waitingFor.notBefore) : NaN;
  return Number.isNaN(t) ? undefined : t;
};

/** The request waits for approvals from my role and I have not decided yet. */
export function waitsForMe(r: RequestView, s: Session): boolean {
  const a = r.waitingFor?.approvals;
  return r.status === 'pending' && !!a && a.from === s.role && !r.approvals.some((x) => x.approver === s.principal);
}

/** The proposed policy beside the one in force, for an admin:policy.set request. */
function PolicyChange(props: { session: Session; source: string }) {
  const cur = useLoad(() => props.session.client.call('policy.show', {}), []);
  return (
    <Show value={cur} label="the current policy">
      {(p) => (
        <details open>
          <summary>Policy change: version {p.version} → proposed</summary>
          <Diff from={p.source} to={props.source} label={`Changes from policy version ${p.version} to the proposal`} />
        </details>
      )}
    </Show>
  );
}

/** A line diff; added lines are <ins>, removed ones <del> (announced as such), each marked + or - as well. */
export function Diff(props: { from: string; to: string; label: string }) {
  const lines = diffLines(props.from, props.to);
  return (
    <pre class="diff" aria-label={props.label} tabIndex={0}>
      {lines.map((l, i) =>
        l.op === '+' ? <ins key={i}>{`+ ${l.text}`}</ins> : l.op === '-' ? <del key={i}>{`- ${l.text}`}</del> : <span key={i}>{`  ${l.text}`}</span>,
      )}
    </pre>
  );
}

/** One request: what it does, why it waits, who approved, the countdown, and the buttons this principal may press. */
export function RequestCard(props: { r: RequestView; session: Session; onChange: (message: string) => void }) {
  const { r, session } = props;
  const now = useNow();
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const nb = notBefore(r);
  const a = r.waitingFor?.approvals;
  const act = (label: string, fn: () => Promise<RequestView>) => () => void run(label, fn);
  const run = async (label: string, fn: () => Promise<RequestView>) => {
    setBusy(label);
    setError(undefined);
    try {
      const out = await fn();
      const message = `${label}: request is now ${out.status}`;
      setDone(message);
      props.onChange(`${message} (${r.summary?.title ?? r.kind}, ${r.id})`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(undefined);
    }
  };
  const live = r.status === 'pending' || r.status === 'approved';
  const mayDecide = waitsForMe(r, session);
  const mayRejectInDelay = r.status === 'approved' && (session.role === 'approver' || session.role === 'admin');
  const mayCancel = live && (session.role === 'admin' || session.principal === r.principal || (r.status === 'approved' && session.role === 'approver'));
  const p = (r.payload ?? {}) as Record<string, unknown>;
  const title = r.summary?.title ?? r.kind;
  return (
    <article class="card" aria-labelledby={`t-${r.id}`} data-request={r.id} data-status={r.status}>
      <header>
        <h2 id={`t-${r.id}`}>{title}</h2>
        <Status status={r.status} />
      </header>
      {r.summary && r.summary.lines.length > 0 ? (
        <dl class="facts">
          {r.summary.lines.map((l, i) => (
            <div key={i}>
              <dt>{l.label}</dt>
              <dd>{l.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {r.kind === 'admin:policy.set' && typeof p.source === 'string' && live ? <PolicyChange session={session} source={p.source} /> : null}
      <dl class="meta">
        <div>
          <dt>Requested by</dt>
          <dd>
            {r.principal} at {when(r.createdAt)}
          </dd>
        </div>
        {r.key ? (
          <div>
            <dt>Key</dt>
            <dd>{r.key}</dd>
          </div>
        ) : null}
        <div>
          <dt>Rule</dt>
          <dd>{r.rule ?? '(none)'}</dd>
        </div>
        <div>
          <dt>Decision</dt>
          <dd>{r.reason}</dd>
        </div>
        {a ? (
          <div>
            <dt>Approvals</dt>
            <dd>
              {a.approvedBy.length} of {a.count} from role {a.from}
            </dd>
          </div>
        ) : null}
        {r.approvals.length ? (
          <div>
            <dt>Decided by</dt>
            <dd>
              <ul class="plain">
                {r.approvals.map((x) => (
                  <li key={x.approver}>
                    {x.approver} ({x.role}) {x.verdict === 'approve' ? 'approved' : 'rejected'} at {when(x.at)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {r.status === 'approved' && nb !== undefined ? (
          <div>
            <dt>Time-lock</dt>
            <dd>
              <span class="countdown" role="timer">
                {nb > now ? `signs in ${duration(nb - now)} (${when(new Date(nb).toISOString())})` : 'due now: signing'}
              </span>
            </dd>
          </div>
        ) : r.waitingFor?.notBefore ? (
          <div>
            <dt>Time-lock</dt>
            <dd>{r.waitingFor.notBefore}</dd>
          </div>
        ) : null}
        {r.error ? (
          <div>
            <dt>Error</dt>
            <dd>
              {r.error.code}: {r.error.message}
            </dd>
          </div>
        ) : null}
        {r.status === 'signed' && r.signature ? (
          <div>
            <dt>Signature</dt>
            <dd>
              <Mono value={r.signature} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Request</dt>
          <dd>
            <a href={`#/requests/${r.id}`}>
              <Mono value={r.id} />
            </a>
          </dd>
        </div>
      </dl>
      <div class="actions">
        {mayDecide ? (
          <>
            <button type="button" class="primary" disabled={!!busy} onClick={act('Approved', () => session.decide(r.id, 'approve'))}>
              Approve
            </button>
            <button type="button" class="danger" disabled={!!busy} onClick={act('Rejected', () => session.decide(r.id, 'reject'))}>
              Reject
            </button>
          </>
        ) : null}
        {mayRejectInDelay ? (
          <button type="button" class="danger" disabled={!!busy} onClick={act('Rejected', () => session.decide(r.id, 'reject'))}>
            Reject
          </button>
        ) : null}
        {mayCancel ? (
          <button type="button" disabled={!!busy} onClick={act('Cancelled', () => session.client.cancel(r.id))}>
            Cancel
          </button>
        ) : null}
      </div>
      <p class="status-line" role="status">
        {busy ? `${busy}…` : (done ?? '')}
      </p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}

/** What waits for me (approvals from my role) and what is in its delay window. */
export function PendingPage(props: { session: Session }) {
  const { session } = props;
  // What the last button did: the card may leave the list (a request no longer pending), the message stays.
  const [last, setLast] = useState('');
  const list = useLoad(
    async () => {
      const [pending, approved] = await Promise.all([
        session.client.call('request.list', { status: 'pending' }),
        session.client.call('request.list', { status: 'approved' }),
      ]);
      return { pending, approved };
    },
    [session],
    2000,
  );
  return (
    <Page title="Waiting for me">
      <p role="status" class="flash">
        {last}
      </p>
      <Show value={list} label="requests">
        {({ pending, approved }) => {
          const changed = (m: string) => {
            setLast(m);
            list.reload();
          };
          const mine = pending.filter((r) => waitsForMe(r, session));
          const others = pending.filter((r) => !waitsForMe(r, session));
          return (
            <>
              <h2 class="section">Needs my decision ({mine.length})</h2>
              {mine.length ? mine.map((r) => <RequestCard key={r.id} r={r} session={session} onChange={changed} />) : <p>Nothing waits for you.</p>}
              <h2 class="section">In the delay window ({approved.length})</h2>
              {approved.length ? (
                approved.map((r) => <RequestCard key={r.id} r={r} session={session} onChange={changed} />)
              ) : (
                <p>No approved request is waiting out a time-lock.</p>
              )}
              {others.length ? (
                <>
                  <h2 class="section">Pending on others ({others.length})</h2>
                  {others.map((r) => (
                    <RequestCard key={r.id} r={r} session={session} onChange={changed} />
                  ))}
                </>
              ) : null}
            </>
          );
        }}
      </Show>
    </Page>
  );
}

/** One request by id, kept fresh while it is live. */
export function RequestPage(props: { session: Session; id: string }) {
  const r = useLoad(() => props.session.client.call('request.show', { id: props.id }), [props.session, props.id], 2000);
  return (
    <Page title="Request">
      <Show value={r} label="the request">
        {(v) => <RequestCard r={v} session={props.session} onChange={r.reload} />}
      </Show>
    </Page>
  );
}

const STATUSES = ['', 'pending', 'approved', 'offline', 'signed', 'denied', 'rejected', 'expired', 'cancelled', 'failed'] as const;

/** Every request, newest first, filtered by status and by text (principal, key, rule, kind). */
export function HistoryPage(props: { session: Session }) {
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('');
  const [text, setText] = useState('');
  const list = useLoad(() => props.session.client.call('request.list', { ...(status ? { status } : {}), limit: 200 }), [props.session, status]);
  const q = text.trim().toLowerCase();
  return (
    <Page title="Request history">
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter requests">
        <label>
          Status
          <select value={status} onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value as (typeof STATUSES)[number])}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s || 'any'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Search
          <input type="search" value={text} placeholder="principal, key, rule" onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
        </label>
      </form>
      <Show value={list} label="requests">
        {(rs) => {
          const shown = rs.filter(
            (r) => !q || [r.principal, r.key ?? '', r.rule ?? '', r.kind, r.summary?.title ?? ''].some((f) => f.toLowerCase().includes(q)),
          );
          return shown.length ? (
            <div class="table-wrap">
              <table>
                <caption class="sr-only">Requests, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Status</th>
                    <th scope="col">What</th>
                    <th scope="col">Key</th>
                    <th scope="col">By</th>
                    <th scope="col">Rule</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r.id}>
                      <td>{when(r.createdAt)}</td>
                      <td>
                        <Status status={r.status} />
                      </td>
                      <td>
                        <a href={`#/requests/${r.id}`}>{r.summary?.title ?? r.kind}</a>
                      </td>
                      <td>{r.key ?? ''}</td>
                      <td>{r.principal}</td>
                      <td>{r.rule ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>No request matches.</p>
          );
        }}
      </Show>
    </Page>
  );
}
