import { useState } from 'preact/hooks';
import { Page } from '../components.js';
import { credentialLogin, type Session } from '../session.js';
import { passkeyLogin, registerPasskey } from '../passkey.js';

/** Log in: pick a credential file (kept in memory only; passkeys slot in beside it). */
export function LoginPage(props: { onLogin: (s: Session) => void }) {
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [name, setName] = useState('');
  const [pkError, setPkError] = useState<string | undefined>(undefined);
  const [pkBusy, setPkBusy] = useState(false);
  const withPasskey = (e: Event) => {
    e.preventDefault();
    setPkBusy(true);
    setPkError(undefined);
    passkeyLogin(name.trim())
      .then(props.onLogin, (err: unknown) => setPkError(err instanceof Error ? err.message : String(err)))
      .finally(() => setPkBusy(false));
  };
  const onFile = (e: Event) => void readFile(e.currentTarget as HTMLInputElement);
  const readFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const text = await file.text();
      input.value = '';
      props.onLogin(await credentialLogin(text));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title="Log in">
      <div class="card stack">
        <h2>With a credential file</h2>
        <p>
          Choose your custos credential file (the JSON the CLI uses, e.g. <code>custos-data/alice.json</code>). Its private key is imported into this tab as a
          key that can sign but cannot be read back, and it is forgotten when you close or reload the tab. Nothing is stored.
        </p>
        <label for="credential-file">Credential file</label>
        <input id="credential-file" type="file" accept=".json,application/json" disabled={busy} onChange={onFile} />
        <p role="status">{busy ? 'Checking the credential…' : ''}</p>
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <form class="card stack" onSubmit={withPasskey} aria-labelledby="pk-title">
        <h2 id="pk-title">With a passkey</h2>
        <p>Your passkey signs a short-lived session key made in this tab (it cannot be read back either); each approval asks the passkey again.</p>
        <label for="passkey-principal">Principal name</label>
        <input
          id="passkey-principal"
          autocomplete="username webauthn"
          required
          value={name}
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
        <div class="actions">
          <button type="submit" class="primary" disabled={pkBusy}>
            Log in with a passkey
          </button>
        </div>
        <p role="status">{pkBusy ? 'Waiting for your passkey…' : ''}</p>
        {pkError ? (
          <p class="error" role="alert">
            {pkError}
          </p>
        ) : null}
      </form>
    </Page>
  );
}

/** The one-time registration link (/ui/register#principal=NAME&token=cpk_…): make the passkey, then log in with it. */
export function RegisterPage() {
  // Read once: the fragment is cleared after a successful registration.
  const [{ principal, token }] = useState(() => {
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    return { principal: params.get('principal') ?? '', token: params.get('token') ?? '' };
  });
  const [state, setState] = useState<'ready' | 'busy' | 'done'>('ready');
  const [error, setError] = useState<string | undefined>(undefined);
  const [who, setWho] = useState('');
  const register = () => {
    setState('busy');
    setError(undefined);
    registerPasskey(principal, token).then(
      (p) => {
        // The token worked once: drop it from the address bar and history.
        history.replaceState(null, '', location.pathname);
        setWho(`${p.name} (${p.role})`);
        setState('done');
      },
      (err: unknown) => {
        setError(err instanceof Error ? err.message : String(err));
        setState('ready');
      },
    );
  };
  return (
    <Page title="Register a passkey">
      <div class="card stack">
        {!principal || !token ? (
          <p class="error" role="alert">
            This link has no principal or token: use the whole link that custos principal create --passkey printed.
          </p>
        ) : state === 'done' ? (
          <>
            <p role="status">Passkey registered for {who}.</p>
            <p>
              <a href="./#/login">Log in with it</a>
            </p>
          </>
        ) : (
          <>
            <p>
              Register a passkey for <strong>{principal}</strong>. Your device will ask you to confirm (fingerprint, face or PIN); only its public key goes to
              custos.
            </p>
            <div class="actions">
              <button type="button" class="primary" disabled={state === 'busy'} onClick={register}>
                Register passkey
              </button>
            </div>
            <p role="status">{state === 'busy' ? 'Waiting for your passkey…' : ''}</p>
          </>
        )}
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </Page>
  );
}
