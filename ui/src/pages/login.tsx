import { useState } from 'preact/hooks';
import { Page } from '../components.js';
import { credentialLogin, type Session } from '../session.js';

/** Log in: pick a credential file (kept in memory only; passkeys slot in beside it). */
export function LoginPage(props: { onLogin: (s: Session) => void }) {
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
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
    </Page>
  );
}
