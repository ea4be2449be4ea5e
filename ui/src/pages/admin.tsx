import { useState } from 'preact/hooks';
import type { Session } from '../session.js';
import { useLoad } from '../hooks.js';
import { Mono, Page, Show, Status, when } from '../components.js';
import { Diff, RequestCard, type RequestView } from './requests.js';

/** A threshold key's T-of-N and its parties (key.show). */
function ThresholdParties(props: { session: Session; name: string }) {
  const k = useLoad(() => props.session.client.call('key.show', { ref: props.name }), [props.session, props.name]);
  const t = k.data?.threshold;
  return t ? (
    <span>
      {t.threshold} of {t.parties.length}: {t.parties.join(', ')}
    </span>
  ) : null;
}

/** Keys: custody (threshold: T of N and the parties), state, addresses (public information only). */
export function KeysPage(props: { session: Session }) {
  const keys = useLoad(() => props.session.client.call('key.list', {}), [props.session]);
  return (
    <Page title="Keys">
      <Show value={keys} label="keys">
        {(ks) =>
          ks.length ? (
            <div class="table-wrap">
              <table>
                <caption class="sr-only">Keys and their custody</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Algorithm</th>
                    <th scope="col">Custody</th>
                    <th scope="col">State</th>
                    <th scope="col">Addresses</th>
                    <th scope="col">Version</th>
                  </tr>
                </thead>
                <tbody>
                  {ks.map((k) => (
                    <tr key={k.name}>
                      <th scope="row">{k.name}</th>
                      <td>{k.algorithm}</td>
                      <td>
                        {k.custody}
                        {k.custody === 'threshold' ? (
                          <>
                            {' '}
                            <ThresholdParties session={props.session} name={k.name} />
                          </>
                        ) : null}
                      </td>
                      <td>
                        <Status status={k.state} />
                      </td>
                      <td>
                        <ul class="plain">
                          {Object.entries(k.addresses).map(([chain, addr]) => (
                            <li key={chain}>
                              {chain}: <Mono value={addr} />
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td>{k.currentVersion}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>No keys yet.</p>
          )
        }
      </Show>
    </Page>
  );
}

/** The policy in force, its history, a diff between two versions, and a proposal (admins: it goes to the admin quorum). */
export function PolicyPage(props: { session: Session }) {
  const { client, role } = props.session;
  const cur = useLoad(() => client.call('policy.show', {}), [client]);
  const hist = useLoad(() => client.call('policy.history', {}), [client]);
  const [from, setFrom] = useState<number | undefined>(undefined);
  const [to, setTo] = useState<number | undefined>(undefined);
  const diff = useLoad(async () => {
    if (from === undefined || to === undefined) return undefined;
    const [a, b] = await Promise.all([client.call('policy.show', { version: from }), client.call('policy.show', { version: to })]);
    return { a, b };
  }, [client, from, to]);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<string | undefined>(undefined);
  const [proposed, setProposed] = useState<RequestView | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const propose = (e: Event) => {
    e.preventDefault();
    void proposeNow();
  };
  const proposeNow = async () => {
    setError(undefined);
    setResult(undefined);
    try {
      const out = await client.call('policy.set', { source: draft ?? cur.data?.source ?? '' });
      if ('status' in out && out.status === 'pending') {
        setProposed(out.request);
        const a = out.request.waitingFor?.approvals;
        const more = a ? a.count - a.approvedBy.length : 0;
        setResult(`Proposed: request ${out.request.id} waits for ${more} more admin approval${more === 1 ? '' : 's'}.`);
      } else if ('version' in out) {
        setResult(`Policy version ${out.version} is in force (${out.rules} rules).`);
        cur.reload();
        hist.reload();
      }
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Page title="Policy">
      <Show value={cur} label="the policy">
        {(p) => (
          <>
            <p>
              Version <strong>{p.version}</strong> in force
              {p.createdBy ? ` since ${when(p.createdAt ?? '')} by ${p.createdBy}` : ''}. Digest <Mono value={p.digest} />
            </p>
            <pre class="source" tabIndex={0} aria-label={`Policy version ${p.version}`}>
              {p.source}
            </pre>
          </>
        )}
      </Show>
      <h2 class="section">History</h2>
      <Show value={hist} label="the policy history">
        {(h) => (
          <>
            <div class="table-wrap">
              <table>
                <caption class="sr-only">Policy versions</caption>
                <thead>
                  <tr>
                    <th scope="col">Version</th>
                    <th scope="col">Set at</th>
                    <th scope="col">By</th>
                    <th scope="col">Digest</th>
                  </tr>
                </thead>
                <tbody>
                  {[...h].reverse().map((v) => (
                    <tr key={v.version}>
                      <td>{v.version}</td>
                      <td>{when(v.createdAt)}</td>
                      <td>{v.createdBy}</td>
                      <td>
                        <Mono value={v.digest} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {h.length > 1 ? (
              <form class="filters" aria-label="Compare policy versions" onSubmit={(e) => e.preventDefault()}>
                <label>
                  From version
                  <select value={from ?? ''} onChange={(e) => setFrom(Number((e.currentTarget as HTMLSelectElement).value) || undefined)}>
                    <option value="">choose</option>
                    {h.map((v) => (
                      <option key={v.version} value={v.version}>
                        {v.version}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  To version
                  <select value={to ?? ''} onChange={(e) => setTo(Number((e.currentTarget as HTMLSelectElement).value) || undefined)}>
                    <option value="">choose</option>
                    {h.map((v) => (
                      <option key={v.version} value={v.version}>
                        {v.version}
                      </option>
                    ))}
                  </select>
                </label>
              </form>
            ) : null}
          </>
        )}
      </Show>
      {from !== undefined && to !== undefined ? (
        <Show value={diff} label="the diff">
          {(d) => (d ? <Diff from={d.a.source} to={d.b.source} label={`Changes from policy version ${from} to ${to}`} /> : null)}
        </Show>
      ) : null}
      {role === 'admin' ? (
        <>
          <h2 class="section">Propose a change</h2>
          <form onSubmit={propose} class="stack">
            <label for="policy-draft">New policy (YAML or JSON); it takes effect when the admin quorum approves it</label>
            <textarea
              id="policy-draft"
              rows={12}
              spellcheck={false}
              value={draft ?? cur.data?.source ?? ''}
              onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
            />
            <div class="actions">
              <button type="submit" class="primary">
                Propose
              </button>
            </div>
          </form>
          <p role="status">{result ?? ''}</p>
          {error ? (
            <p class="error" role="alert">
              {error}
            </p>
          ) : null}
          {proposed ? <RequestCard r={proposed} session={props.session} onChange={() => undefined} /> : null}
        </>
      ) : null}
    </Page>
  );
}

/** Principals (admins and auditors) and bearer tokens (admins: create, shown once; revoke). */
export function PrincipalsPage(props: { session: Session }) {
  const { client, role } = props.session;
  const list = useLoad(() => client.call('principal.list', {}), [client]);
  const [agent, setAgent] = useState('');
  const [ttl, setTtl] = useState('30d');
  const [token, setToken] = useState<{ id: string; token: string; expiresAt: string } | undefined>(undefined);
  const [revokeId, setRevokeId] = useState('');
  const [msg, setMsg] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const run = (fn: () => Promise<void>) => (e: Event) => {
    e.preventDefault();
    void runNow(fn);
  };
  const runNow = async (fn: () => Promise<void>) => {
    setError(undefined);
    setMsg(undefined);
    try {
      await fn();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Page title="Principals and tokens">
      <Show value={list} label="principals">
        {(ps) => (
          <div class="table-wrap">
            <table>
              <caption class="sr-only">Principals</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Role</th>
                  <th scope="col">State</th>
                  <th scope="col">Since</th>
                  <th scope="col">Tags</th>
                </tr>
              </thead>
              <tbody>
                {ps.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{p.name}</th>
                    <td>{p.role}</td>
                    <td>
                      <Status status={p.state} />
                    </td>
                    <td>{when(p.createdAt)}</td>
                    <td>
                      {Object.entries(p.tags)
                        .map(([k, v]) => `${k}=${v}`)
                        .join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Show>
      {role === 'admin' ? (
        <>
          <h2 class="section">Bearer tokens</h2>
          <form
            class="filters"
            aria-label="Create a token"
            onSubmit={run(async () => {
              const t = await client.call('token.create', { principal: agent, ttl });
              setToken({ id: t.id, token: t.token, expiresAt: t.expiresAt });
            })}
          >
            <label>
              Agent
              <input value={agent} required onInput={(e) => setAgent((e.currentTarget as HTMLInputElement).value)} />
            </label>
            <label>
              Lifetime
              <input value={ttl} onInput={(e) => setTtl((e.currentTarget as HTMLInputElement).value)} />
            </label>
            <button type="submit">Create token</button>
          </form>
          {token ? (
            <div class="card" role="status">
              <p>
                Token <Mono value={token.id} /> (expires {when(token.expiresAt)}). It is shown this once: copy it to the agent now.
              </p>
              <label>
                Token
                <input readOnly value={token.token} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
              </label>
              <button type="button" onClick={() => setToken(undefined)}>
                Done, hide it
              </button>
            </div>
          ) : null}
          <form
            class="filters"
            aria-label="Revoke a token"
            onSubmit={run(async () => {
              const r = await client.call('token.revoke', { id: revokeId });
              setMsg(r.revoked ? `token ${r.id} revoked` : `token ${r.id} was not active`);
            })}
          >
            <label>
              Token id
              <input value={revokeId} required onInput={(e) => setRevokeId((e.currentTarget as HTMLInputElement).value)} />
            </label>
            <button type="submit" class="danger">
              Revoke
            </button>
          </form>
          <p role="status">{msg ?? ''}</p>
          {error ? (
            <p class="error" role="alert">
              {error}
            </p>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}

/** Threshold parties and whether they answer now. */
export function PartiesPage(props: { session: Session }) {
  const list = useLoad(() => props.session.client.call('party.list', {}), [props.session], 10_000);
  return (
    <Page title="Parties">
      <Show value={list} label="parties">
        {(ps) =>
          ps.length ? (
            <div class="table-wrap">
              <table>
                <caption class="sr-only">Threshold parties</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">URL</th>
                    <th scope="col">Reachable</th>
                    <th scope="col">Fingerprint</th>
                  </tr>
                </thead>
                <tbody>
                  {ps.map((p) => (
                    <tr key={p.name}>
                      <th scope="row">{p.name}</th>
                      <td>{p.url}</td>
                      <td>{p.reachable ? <Status status="reachable" /> : <Status status={`unreachable${p.error ? `: ${p.error.code}` : ''}`} />}</td>
                      <td>
                        <Mono value={p.fingerprint} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>No threshold parties are registered.</p>
          )
        }
      </Show>
    </Page>
  );
}

/** Verifies the whole audit trail on the server (hash chain and signed checkpoints) and shows the outcome. */
export function AuditPage(props: { session: Session }) {
  const v = useLoad(() => props.session.client.call('audit.verify', {}), [props.session]);
  return (
    <Page
      title="Audit trail"
      actions={
        <button type="button" onClick={v.reload}>
          Verify again
        </button>
      }
    >
      <Show value={v} label="the audit verification">
        {(a) => (
          <dl class="meta">
            <div>
              <dt>Verification</dt>
              <dd>
                <Status status={a.ok ? 'verified' : 'broken'} />
              </dd>
            </div>
            <div>
              <dt>Events</dt>
              <dd>{a.events}</dd>
            </div>
            <div>
              <dt>Signed checkpoints</dt>
              <dd>{a.checkpoints}</dd>
            </div>
            <div>
              <dt>Events after the last checkpoint</dt>
              <dd>{a.unanchored}</dd>
            </div>
            <div>
              <dt>Head</dt>
              <dd>
                #{a.headSeq} <Mono value={a.headHash} />
              </dd>
            </div>
            <div>
              <dt>Audit public key</dt>
              <dd>
                <Mono value={a.auditPublicKey} />
              </dd>
            </div>
            {a.firstBroken ? (
              <div>
                <dt>First broken event</dt>
                <dd>
                  #{a.firstBroken.seq}: {a.firstBroken.reason}
                </dd>
              </div>
            ) : null}
          </dl>
        )}
      </Show>
    </Page>
  );
}
