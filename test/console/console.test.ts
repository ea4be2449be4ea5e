/**
 * The approver console in a real browser (headless Debian Chromium through playwright-core) against a real
 * custos server on a loopback socket with a SQLite file: log in with a credential file, see a pending request
 * decoded (an ERC-20 transfer with its USD value), approve it, watch the time-lock count down to the signed
 * state; cancel another during its delay; an admin proposes a policy change that a second admin approves;
 * keyboard navigation, phone width and the Content-Security-Policy. The run saves the screenshots that
 * docs/console.md shows (docs/console/*.png). Every wait is on DOM state, never a fixed sleep.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TestServer, type Principal } from '../helpers/server.js';
import { chromiumAvailable, launchChromium } from '../helpers/browser.js';
import { CONSOLE_DIR } from '../../src/server/console.js';
import type { EvmPayload } from '../../src/chains/evm/types.js';
import { freePort, readmeBlock } from '../helpers/readme.js';
import { createPasskeyPrincipal } from '../helpers/passkey-flow.js';
import { ROOT } from '../helpers/process.js';

// The page.evaluate callbacks run in the browser; the test compiles without the DOM lib, so these are declared here (module scope).
declare const document: any;
declare const window: any;
declare function getComputedStyle(e: unknown): { backgroundColor: string };
type HTMLInputElement = any;

const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'console');
const USDC = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48';
const TO = '0x1111111111111111111111111111111111111111';
/** Long enough that a loaded machine still shows the delay window before the request signs (the cancel test acts in it). */
const DELAY_S = 8;

const POLICY = `admin: { approvals: 2 }
rules:
  - name: bot-transfers-need-an-approver
    effect: allow
    when: principal.name == "bot"
    approvals: { count: 1, from: approver }
    delay: ${DELAY_S}s
`;

/** transfer(TO, amount) of USDC (6 decimals). */
function usdcTransfer(nonce: number, usdc: number): { key: string; payload: EvmPayload } {
  const amount = BigInt(usdc) * 10n ** 6n;
  const data = `0xa9059cbb${TO.slice(2).padStart(64, '0')}${amount.toString(16).padStart(64, '0')}` as `0x${string}`;
  return {
    key: 'hot-1',
    payload: {
      kind: 'evm.transaction',
      transaction: {
        type: '0x2',
        chainId: 1,
        nonce,
        gas: 60000,
        maxFeePerGas: 30_000_000_000,
        maxPriorityFeePerGas: 1_000_000_000,
        to: USDC,
        value: '0x0',
        data,
      },
    } as EvmPayload,
  };
}

const skip = !chromiumAvailable()
  ? 'no chromium at /usr/bin/chromium (CUSTOS_CHROMIUM)'
  : !existsSync(join(CONSOLE_DIR, 'manifest.json'))
    ? 'console not built (npm run build)'
    : false;

describe('approver console in headless Chromium', { skip }, () => {
  let t: TestServer;
  let browser: Browser;
  let bot: Principal;
  let alice: Principal;
  let admin2: Principal;
  /** The console's WebAuthn origin: localhost (an IP address cannot be a WebAuthn RP ID). */
  let origin: string;
  const contexts: BrowserContext[] = [];

  before(async () => {
    t = await TestServer.start();
    writeFileSync(join(t.dir, 'prices.json'), JSON.stringify({ ETH: 3000, USDC: 1 }));
    writeFileSync(join(t.dir, 'tokens.json'), JSON.stringify({ [USDC]: { symbol: 'USDC', decimals: 6 } }));
    await t.close();
    const port = await freePort();
    origin = `http://localhost:${port}`;
    await t.listen({
      listen: `127.0.0.1:${port}`,
      consoleOrigin: origin,
      rpId: 'localhost',
      chains: { prices: join(t.dir, 'prices.json'), tokensFile: join(t.dir, 'tokens.json') },
    });
    bot = await t.principal('bot', 'agent');
    alice = await t.principal('alice', 'approver');
    admin2 = await t.principal('admin2', 'admin');
    await t.admin.call('key.create', { name: 'hot-1', type: 'secp256k1', tags: {} });
    await t.admin.call('policy.set', { source: POLICY });
    browser = await launchChromium();
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.stop();
  });

  /** A fresh browser profile logged in with a credential file (the file picker, as a person would). */
  async function login(credentialFile: string, viewport = { width: 1000, height: 760 }): Promise<Page> {
    const ctx = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    contexts.push(ctx);
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${t.url}/ui/`);
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await page.getByLabel('Credential file').setInputFiles(credentialFile);
    await page.getByRole('heading', { name: 'Waiting for me' }).or(page.getByRole('alert')).first().waitFor();
    assert.equal(await page.getByRole('alert').count(), 0, await page.locator('main').innerText());
    assert.deepEqual(errors, []);
    return page;
  }

  const card = (page: Page, id: string) => page.locator(`article[data-request="${id}"]`);

  test('an approver sees the decoded transfer, approves it, watches the time-lock and the signed state', async () => {
    const pending = await bot.client.call('sign.evm', usdcTransfer(0, 250));
    assert.equal(pending.status, 'pending');
    const page = await login(alice.credentialFile);
    const c = card(page, pending.id);
    await c.waitFor();
    await assert.doesNotReject(c.getByRole('heading', { name: `Transfer 250 USDC to ${TO}` }).waitFor());
    const text = await c.innerText();
    assert.match(text, /Ethereum \(1\)/);
    assert.match(text, /Value \(USD\)\s+\$250\.00/);
    assert.match(text, /bot-transfers-need-an-approver/);
    assert.match(text, /0 of 1 from role approver/);
    await page.screenshot({ path: join(SHOTS, 'pending.png') });

    await c.getByRole('button', { name: 'Approve' }).click();
    const delayed = card(page, pending.id);
    await page.locator(`article[data-request="${pending.id}"][data-status="approved"]`).waitFor();
    await delayed
      .getByRole('timer')
      .filter({ hasText: /signs in \d+s/ })
      .waitFor();
    assert.match(await delayed.innerText(), /alice \(approver\) approved at/);
    await page.screenshot({ path: join(SHOTS, 'delay.png') });

    await page.goto(`${t.url}/ui/#/requests/${pending.id}`);
    await page.locator(`article[data-request="${pending.id}"][data-status="signed"]`).waitFor({ timeout: (DELAY_S + 10) * 1000 });
    assert.match(await card(page, pending.id).innerText(), /Signature/);
    assert.equal((await t.admin.call('request.show', { id: pending.id })).status, 'signed');
  });

  test('an approver cancels a request during its delay', async () => {
    const pending = await bot.client.call('sign.evm', usdcTransfer(1, 40));
    await alice.client.decide(pending.id, 'approve');
    const page = await login(alice.credentialFile);
    const c = page.locator(`article[data-request="${pending.id}"][data-status="approved"]`);
    await c.waitFor();
    await c.getByRole('button', { name: 'Cancel' }).click();
    // The card leaves the list (no longer live); the page's status line says what happened.
    await page
      .getByRole('status')
      .filter({ hasText: `Cancelled: request is now cancelled (Transfer 40 USDC to ${TO}, ${pending.id})` })
      .waitFor();
    assert.equal((await t.admin.call('request.show', { id: pending.id })).status, 'cancelled');
  });

  test('an admin proposes a policy change in the console and a second admin approves it there', async () => {
    const before = await t.admin.call('policy.show', {});
    const page = await login(t.adminCredential);
    await page.getByRole('link', { name: 'Policy' }).click();
    await page.getByRole('heading', { name: 'Policy', exact: true }).waitFor();
    const draft = page.getByLabel(/New policy/);
    await draft.fill(POLICY.replace(`delay: ${DELAY_S}s`, 'delay: 45s'));
    await page.getByRole('button', { name: 'Propose' }).click();
    const proposed = page.getByRole('status').filter({ hasText: /Proposed: request .* waits for 1 more admin approval\./ });
    await proposed.or(page.getByRole('alert')).first().waitFor();
    assert.equal(await page.getByRole('alert').count(), 0, await page.locator('main').innerText());
    const id = /request (\S+) waits/.exec(await proposed.innerText())![1]!;

    const second = await login(admin2.credentialFile);
    const c = card(second, id);
    await c.waitFor();
    await c.getByRole('heading', { name: 'Admin action policy.set' }).waitFor();
    const diff = c.getByLabel(/Changes from policy version \d+ to the proposal/);
    const changes = await diff.innerText();
    assert.match(changes, new RegExp(`^- {5}delay: ${DELAY_S}s$`, 'm'));
    assert.match(changes, /^\+ {5}delay: 45s$/m);
    await second.screenshot({ path: join(SHOTS, 'policy-approval.png') });
    await c.getByRole('button', { name: 'Approve' }).click();
    await second
      .getByRole('status')
      .filter({ hasText: `Approved: request is now signed (Admin action policy.set, ${id})` })
      .waitFor();
    const after = await t.admin.call('policy.show', {});
    assert.equal(after.version, before.version + 1);
    assert.match(after.source, /delay: 45s/);

    // The history and a diff between the two versions.
    await second.getByRole('link', { name: 'Policy' }).click();
    await second.getByLabel('From version').selectOption(String(before.version));
    await second.getByLabel('To version').selectOption(String(after.version));
    await second.getByLabel(`Changes from policy version ${before.version} to ${after.version}`).waitFor();
    await second.screenshot({ path: join(SHOTS, 'policy.png'), fullPage: true });
  });

  test('the other pages: history with filters, keys, principals, audit (no secret on any)', async () => {
    const page = await login(t.adminCredential);
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { name: 'Request history' }).waitFor();
    await page.getByLabel('Status').selectOption('cancelled');
    // The unfiltered list has a cancelled row too: wait for the signed rows to go, not for a cancelled one to be there.
    await page.getByRole('cell', { name: 'signed' }).first().waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: 'cancelled' }).first().waitFor();
    assert.equal(await page.getByRole('cell', { name: 'signed' }).count(), 0);
    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Search').fill('USDC');
    await page.getByRole('link', { name: /Transfer 250 USDC/ }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'history.png') });

    await page.getByRole('link', { name: 'Keys' }).click();
    await page.getByRole('rowheader', { name: 'hot-1' }).waitFor();
    assert.match(await page.locator('table').innerText(), /ethereum: 0x[0-9a-fA-F]{40}/);
    await page.screenshot({ path: join(SHOTS, 'keys.png') });

    await page.getByRole('link', { name: 'Principals' }).click();
    await page.getByRole('rowheader', { name: 'alice' }).waitFor();

    await page.getByRole('link', { name: 'Audit' }).click();
    await page.locator('.badge', { hasText: 'verified' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'audit.png') });

    // Nothing secret reached any page: no PEM, no private key field.
    for (const p of ['pending', 'history', 'keys', 'policy', 'principals', 'parties', 'audit']) {
      await page.goto(`${t.url}/ui/#/${p}`);
      await page.locator('h1').waitFor();
      const html = await page.content();
      assert.doesNotMatch(html, /PRIVATE KEY|privateKey/);
    }
  });

  test('keyboard: skip link, navigation by Tab and Enter moves focus to the page heading; buttons work from the keyboard', async () => {
    const pending = await bot.client.call('sign.evm', usdcTransfer(2, 10));
    const page = await login(alice.credentialFile);
    // From the top of the document (the page heading has focus after a navigation).
    await page.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Waiting for me');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'History');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Request history' }).waitFor();
    // The page moves focus to its heading once it has rendered (after the heading appears): wait for it, bounded.
    await page.waitForFunction(() => document.activeElement?.id === 'page-title', undefined, { timeout: 5000 }).catch(() => undefined);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'page-title');
    // Every form control has a label.
    const unlabeled = await page.evaluate(
      () =>
        [...document.querySelectorAll('input, select, textarea')].filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label'))
          .length,
    );
    assert.equal(unlabeled, 0);
    await page.goto(`${t.url}/ui/#/pending`);
    const approve = card(page, pending.id).getByRole('button', { name: 'Approve' });
    await approve.focus();
    await page.keyboard.press('Enter');
    await page.locator(`article[data-request="${pending.id}"][data-status="approved"]`).waitFor();
  });

  test('README "Console" as written: the printed console URL, an approver credential made by the CLI, logged in with it', async () => {
    const block = readmeBlock('## Console');
    const lines = block.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    assert.equal(lines.length, 2);
    // npm start's line, as the server prints it (here on the test's port).
    const printed = /# \.\.\. (listening on .*)$/.exec(lines[0]!)![1]!.replaceAll('http://127.0.0.1:8200', t.url);
    assert.ok(
      t.logs.some((l) => l.includes(printed)),
      `the server printed "${printed}"`,
    );
    const argv = lines[1]!.trim().split(/\s+/);
    assert.equal(argv[0], 'custos');
    mkdirSync(join(t.dir, 'readme'), { recursive: true });
    // Asynchronously: the server runs in this process.
    await promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'custos.js'), ...argv.slice(1)], {
      cwd: join(t.dir, 'readme'),
      env: { ...process.env, CUSTOS_ADDR: t.url, CUSTOS_CREDENTIAL: t.adminCredential },
    });
    // This server's policy asks two admins for a new principal (a fresh npm start asks one): the second approves.
    const proposal = (await t.admin.call('request.list', { status: 'pending' })).find((r) => r.kind === 'admin:principal.create');
    if (proposal) assert.equal((await admin2.client.decide(proposal.id, 'approve')).status, 'signed');
    const page = await login(join(t.dir, 'readme', 'custos-data', 'carol.json'));
    await page.getByText('carol (approver)').waitFor();
  });

  test('passkey: an approver registers with a (CDP virtual) authenticator, logs in with it and approves with it', async () => {
    const token = await createPasskeyPrincipal(t.admin, 'dave', 'approver');
    const proposal = (await t.admin.call('request.list', { status: 'pending' })).find((r) => r.kind === 'admin:principal.create');
    if (proposal) assert.equal((await admin2.client.decide(proposal.id, 'approve')).status, 'signed');
    const ctx = await browser.newContext({ viewport: { width: 1000, height: 760 } });
    contexts.push(ctx);
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    await page.goto(`${origin}/ui/register#principal=dave&token=${token}`);
    await page.getByRole('button', { name: 'Register passkey' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'register.png') });
    await page.getByRole('button', { name: 'Register passkey' }).click();
    await page.getByRole('status').filter({ hasText: 'Passkey registered for dave (approver).' }).or(page.getByRole('alert')).first().waitFor();
    assert.equal(await page.getByRole('alert').count(), 0, await page.locator('main').innerText());
    assert.equal(page.url(), `${origin}/ui/register`, 'the one-time token left the address bar');
    assert.equal((await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials.length, 1);

    const pending = await bot.client.call('sign.evm', usdcTransfer(4, 75));
    await page.getByRole('link', { name: 'Log in with it' }).click();
    await page.getByLabel('Principal name').fill('dave');
    await page.getByRole('button', { name: 'Log in with a passkey' }).click();
    await page.getByRole('heading', { name: 'Waiting for me' }).or(page.getByRole('alert')).first().waitFor();
    assert.equal(await page.getByRole('alert').count(), 0, await page.locator('main').innerText());
    await page.getByText('dave (approver, passkey)').waitFor();
    await card(page, pending.id).getByRole('button', { name: 'Approve' }).click();
    await page.locator(`article[data-request="${pending.id}"][data-status="approved"]`).waitFor();
    const v = await t.admin.call('request.show', { id: pending.id });
    assert.equal(v.approvals[0]!.approver, 'dave');
    assert.match(v.approvals[0]!.signature, /^wa1\./, 'the approval is a WebAuthn assertion envelope');
    assert.equal((await t.admin.call('audit.verify', {})).ok, true);
    // Logging out ends the session on the server: its key signs nothing more.
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
  });

  test('phone width (375 px): no horizontal scrolling of the page', async () => {
    await bot.client.call('sign.evm', usdcTransfer(3, 20));
    const page = await login(alice.credentialFile, { width: 375, height: 740 });
    await page.locator('article[data-status="pending"]').first().waitFor();
    for (const p of ['pending', 'history', 'keys', 'policy']) {
      await page.goto(`${t.url}/ui/#/${p}`);
      await page.locator('h1').waitFor();
      // Every loading indicator gone (a page may show two at once, e.g. the policy and its history: a locator wait would be ambiguous).
      await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${p} scrolls sideways by ${overflow}px at 375px`);
      if (p === 'pending') await page.screenshot({ path: join(SHOTS, 'phone.png') });
    }
  });

  test('CSP and headers: no inline script runs, strict headers on every console answer, no traversal', async () => {
    const res = await fetch(`${t.url}/ui/`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const d of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'"])
      assert.ok(csp.includes(d), d);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    const html = await res.text();
    assert.doesNotMatch(html, /<script>|<style|style=/, 'no inline script or style in the page');
    const js = /src="\.\/(app-[A-Z0-9]+\.js)"/.exec(html)![1]!;
    const asset = await fetch(`${t.url}/ui/${js}`);
    assert.equal(asset.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const etag = asset.headers.get('etag')!;
    assert.equal((await fetch(`${t.url}/ui/${js}`, { headers: { 'if-none-match': etag } })).status, 304);
    for (const p of [
      '/ui/..%2Fpackage.json',
      '/ui/%2e%2e%2fmanifest.json',
      '/ui/manifest.json',
      '/ui/.build-stamp',
      '/ui/../server/app.js',
      '/ui/x/../../package.json',
    ]) {
      const r = await fetch(`${t.url}${p}`);
      assert.equal(r.status, 404, p);
    }
    assert.equal((await fetch(`${t.url}/ui`, { redirect: 'manual' })).headers.get('location'), '/ui/');

    const page = await login(alice.credentialFile);
    const violations = await page.evaluate(async () => {
      const first = new Promise<string>((ok) =>
        document.addEventListener('securitypolicyviolation', (e: { violatedDirective: string }) => ok(e.violatedDirective), { once: true }),
      );
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.appendChild(s);
      const st = document.createElement('style');
      st.textContent = 'body { background: red }';
      document.head.appendChild(st);
      const seen = [await first];
      return { ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, seen, bg: getComputedStyle(document.body).backgroundColor };
    });
    assert.equal(violations.ran, false, 'an inline script ran');
    assert.notEqual(violations.bg, 'rgb(255, 0, 0)', 'an inline style applied');
    assert.ok(
      violations.seen.some((d) => d.startsWith('script-src')),
      `violations: ${violations.seen.join(', ')}`,
    );
  });
});
