/** The custos approver console: one page application over the custos API, every call a signed request. */
import './style.css';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import type { Session } from './session.js';
import { useRoute } from './hooks.js';
import { LoginPage, RegisterPage } from './pages/login.js';
import { HistoryPage, PendingPage, RequestPage } from './pages/requests.js';
import { AuditPage, KeysPage, PartiesPage, PolicyPage, PrincipalsPage } from './pages/admin.js';

interface NavItem {
  path: string;
  label: string;
  roles?: string[];
}

const NAV: NavItem[] = [
  { path: 'pending', label: 'Waiting for me' },
  { path: 'history', label: 'History' },
  { path: 'keys', label: 'Keys' },
  { path: 'policy', label: 'Policy' },
  { path: 'principals', label: 'Principals', roles: ['admin', 'auditor'] },
  { path: 'parties', label: 'Parties' },
  { path: 'audit', label: 'Audit', roles: ['admin', 'auditor'] },
];

function App() {
  const [session, setSession] = useState<Session | undefined>(undefined);
  const route = useRoute();
  const [page, arg] = route.split('/');
  const nav = NAV.filter((n) => !n.roles || (session && n.roles.includes(session.role)));
  let body;
  if (location.pathname.endsWith('/ui/register')) body = <RegisterPage />;
  else if (!session)
    body = (
      <LoginPage
        onLogin={(s) => {
          setSession(s);
          if (!page || page === 'login') location.hash = '#/pending';
        }}
      />
    );
  else if (page === 'history') body = <HistoryPage session={session} />;
  else if (page === 'requests' && arg) body = <RequestPage session={session} id={arg} />;
  else if (page === 'keys') body = <KeysPage session={session} />;
  else if (page === 'policy') body = <PolicyPage session={session} />;
  else if (page === 'principals') body = <PrincipalsPage session={session} />;
  else if (page === 'parties') body = <PartiesPage session={session} />;
  else if (page === 'audit') body = <AuditPage session={session} />;
  else body = <PendingPage session={session} />;
  const current = page || 'pending';
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <span class="brand">custos</span>
        {session ? (
          <>
            <nav aria-label="Console">
              <ul>
                {nav.map((n) => (
                  <li key={n.path}>
                    <a href={`#/${n.path}`} aria-current={current === n.path ? 'page' : undefined}>
                      {n.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <span class="who">
              {session.principal} ({session.role}
              {session.method === 'passkey' ? ', passkey' : ''})
              <button
                type="button"
                onClick={() => {
                  void session.logout?.().catch(() => undefined);
                  setSession(undefined);
                  location.hash = '#/login';
                }}
              >
                Log out
              </button>
            </span>
          </>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {body}
      </main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
