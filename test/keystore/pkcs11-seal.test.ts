/**
 * The pkcs11 seal on a real SoftHSM2 token (the test's own, test/helpers/softhsm.ts):
 * an AES key inside the token wraps the root key; the instance unseals itself
 * whenever the token and the PIN file are there; migration to and from the
 * passphrase seal; every failure a stable code that changes nothing and never
 * shows the PIN.
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Sandbox, TEST_KDF } from '../helpers/cli.js';
import { SoftHsm, USER_PIN } from '../helpers/softhsm.js';
import { CKA, Hsm } from '../../src/keystore/pkcs11.js';
import { Instance } from '../../src/keystore/instance.js';
import { buildServices } from '../../src/api/services.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

// Every token of this file exists before the first PKCS#11 call (SoftHSM2 reads its directory once per process).
const hsm = new SoftHsm({ useInProcess: true });
const slotA = hsm.initToken('seal-a');
hsm.initToken('seal-b');
hsm.initToken('seal-c');
const pin = () => new Uint8Array(Buffer.from(USER_PIN));

function hsmArgs(token: string, keyLabel: string, pinFile = hsm.pinFile): string[] {
  return ['--module', hsm.module, '--token-label', token, '--pin-file', pinFile, '--key-label', keyLabel];
}

async function eventCount(sb: Sandbox): Promise<number> {
  return (await sb.ok('status')).audit.events;
}

after(() => hsm.cleanup());

describe('pkcs11 seal (SoftHSM2)', () => {
  const sb = new Sandbox();
  after(() => sb.cleanup());

  test('init --seal pkcs11 wraps the root in the token; every command unseals itself, no passphrase', async () => {
    const init = await sb.ok('init', '--seal', 'pkcs11', ...hsmArgs('seal-a', 'custos-root'));
    assert.equal(init.seal, 'pkcs11');
    const st = await sb.ok('status');
    assert.equal(st.seal.kind, 'pkcs11');
    assert.equal(st.seal.token.label, 'seal-a');
    assert.equal(st.seal.keyLabel, 'custos-root');
    // The store names the token and key, never the module or the PIN; the host file names the PIN file, not the PIN.
    const settings = JSON.parse(readFileSync(join(sb.data, 'pkcs11.json'), 'utf8'));
    assert.deepEqual(settings, { module: hsm.module, pinFile: hsm.pinFile, tokenLabel: 'seal-a' });
    const db = readFileSync(join(sb.data, 'custos.db'));
    assert.equal(db.includes(Buffer.from(USER_PIN)), false);
    assert.equal(db.includes(Buffer.from(hsm.module)), false);
    await sb.ok('key', 'create', 'k', '--type', 'ed25519', '--allow-raw');
    const sig = await sb.ok('sign', '--key', 'k', '--message', '01');
    assert.equal(sig.signature.length, 128);
  });

  test('the AES key is inside the token, sensitive and not extractable: its value cannot be read', () => {
    const h = Hsm.open({ module: hsm.module, tokenLabel: 'seal-a', pin: pin() });
    try {
      assert.throws(
        () => h.keyAttribute('custos-root', 'secret', CKA.VALUE),
        (e: any) => e.details?.pkcs11 === 'CKR_ATTRIBUTE_SENSITIVE',
      );
      assert.deepEqual([...h.keyAttribute('custos-root', 'secret', CKA.SENSITIVE)], [1]);
      assert.deepEqual([...h.keyAttribute('custos-root', 'secret', CKA.EXTRACTABLE)], [0]);
    } finally {
      h.close();
    }
  });

  test('the token by slot id works as by label (positive control for the failures below)', async () => {
    sb.env.CUSTOS_PKCS11_SLOT = String(slotA);
    try {
      await sb.ok('sign', '--key', 'k', '--message', '02');
    } finally {
      delete sb.env.CUSTOS_PKCS11_SLOT;
    }
  });

  test('a wrong PIN is E_HSM_PIN; the PIN never appears; nothing changes', async () => {
    const before = await sb.ok('key', 'list');
    sb.env.CUSTOS_PKCS11_PIN_FILE = hsm.wrongPinFile();
    try {
      const r = await sb.run('sign', '--key', 'k', '--message', '03', '--json');
      assert.notEqual(r.code, 0);
      assert.equal(r.json.error.code, 'E_HSM_PIN');
      assert.equal((r.stdout + r.stderr).includes('wrong-PIN-zz'), false);
      assert.equal((r.stdout + r.stderr).includes(USER_PIN), false);
    } finally {
      delete sb.env.CUSTOS_PKCS11_PIN_FILE;
    }
    assert.deepEqual(await sb.ok('key', 'list'), before);
    const trail = (await sb.run('audit', 'export')).stdout;
    assert.equal(trail.includes(USER_PIN), false);
    assert.equal(trail.includes('wrong-PIN-zz'), false);
  });

  test('a missing module is E_HSM_MODULE; an absent token is E_HSM_TOKEN; another token is E_HSM_TOKEN too', async () => {
    sb.env.CUSTOS_PKCS11_MODULE = '/nonexistent/libpkcs11.so';
    assert.equal((await sb.fails('sign', '--key', 'k', '--message', '04')).error, 'E_HSM_MODULE');
    sb.env.CUSTOS_PKCS11_MODULE = '/etc/hostname'; // a file, but no library
    assert.equal((await sb.fails('sign', '--key', 'k', '--message', '04')).error, 'E_HSM_MODULE');
    delete sb.env.CUSTOS_PKCS11_MODULE;
    sb.env.CUSTOS_PKCS11_TOKEN_LABEL = 'no-such-token';
    assert.equal((await sb.fails('sign', '--key', 'k', '--message', '04')).error, 'E_HSM_TOKEN');
    // A token with another serial (seal-b) in the slot named: not the one that sealed this instance.
    delete sb.env.CUSTOS_PKCS11_TOKEN_LABEL;
    const other = Hsm.open({ module: hsm.module, tokenLabel: 'seal-b', pin: pin() });
    sb.env.CUSTOS_PKCS11_SLOT = String(other.slot);
    other.close();
    assert.equal((await sb.fails('sign', '--key', 'k', '--message', '04')).error, 'E_HSM_TOKEN');
    delete sb.env.CUSTOS_PKCS11_SLOT;
    await sb.ok('sign', '--key', 'k', '--message', '04');
  });

  test('rotate-root under the pkcs11 seal: the HSM wraps the new root; keys still sign', async () => {
    const r = await sb.ok('operator', 'rotate-root');
    assert.equal(r.rootVersion, 2);
    await sb.ok('sign', '--key', 'k', '--message', '05');
  });

  test('migration pkcs11 -> passphrase -> pkcs11; a failed migration changes nothing', async () => {
    const pw = sb.file('new-pass', 'a new passphrase for migration\n');
    await sb.ok('operator', 'rekey', '--to', 'passphrase', '--new-passphrase-file', pw, ...TEST_KDF);
    assert.equal((await sb.ok('status')).seal.kind, 'passphrase');
    assert.equal((await sb.fails('sign', '--key', 'k', '--message', '06')).error, 'E_SEALED');
    sb.env.CUSTOS_PASSPHRASE_FILE = pw;
    await sb.ok('sign', '--key', 'k', '--message', '06');

    // To pkcs11 with a wrong PIN: refused, the seal and the host settings are as they were.
    const settingsBefore = readFileSync(join(sb.data, 'pkcs11.json'), 'utf8');
    const events = await eventCount(sb);
    const bad = await sb.fails('operator', 'rekey', '--to', 'pkcs11', ...hsmArgs('seal-c', 'root-c', hsm.wrongPinFile()));
    assert.equal(bad.error, 'E_HSM_PIN');
    assert.equal(readFileSync(join(sb.data, 'pkcs11.json'), 'utf8'), settingsBefore);
    assert.equal((await sb.ok('status')).seal.kind, 'passphrase');
    assert.equal(await eventCount(sb), events);
    await sb.ok('sign', '--key', 'k', '--message', '07');

    // To pkcs11 on another token: auto-unseal again, the passphrase no longer opens anything.
    const ok = await sb.ok('operator', 'rekey', '--to', 'pkcs11', ...hsmArgs('seal-c', 'root-c'));
    assert.equal(ok.seal, 'pkcs11');
    delete sb.env.CUSTOS_PASSPHRASE_FILE;
    assert.equal((await sb.ok('status')).seal.token.label, 'seal-c');
    await sb.ok('sign', '--key', 'k', '--message', '08');
    const trail = (await sb.run('audit', 'export')).stdout;
    assert.match(trail, /"operator.rekey"/);
    assert.equal(trail.includes(USER_PIN), false);
    assert.equal((await sb.ok('audit', 'verify')).ok, true);
  });

  test('the seal key gone from the token: E_HSM_KEY, and nothing unseals', async () => {
    const h = Hsm.open({ module: hsm.module, tokenLabel: 'seal-c', pin: pin() });
    try {
      assert.equal(h.destroyObjects('root-c'), 1);
    } finally {
      h.close();
    }
    assert.equal((await sb.fails('sign', '--key', 'k', '--message', '09')).error, 'E_HSM_KEY');
    const inst = await Instance.open({ data: sb.data });
    try {
      assert.equal(inst.sealed, true);
    } finally {
      await inst.close({ quiet: true });
    }
  });

  test('a rekey to a new AES key on the same token keeps one live session: an HSM key still signs in the same process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'custos-rekey-same-'));
    const access = () => ({ module: hsm.module, tokenLabel: 'seal-b', pin: pin() });
    const { instance: inst } = await Instance.init({ data: dir }, { kind: 'pkcs11', access: access(), keyLabel: 'b-1' }, 'test');
    try {
      const keys = buildServices(inst).keys;
      const k = await keys.create({ name: 'hk', algorithm: 'ed25519', custody: 'hsm', allowRaw: true }, 'test');
      const before = await keys.sign('hk', { message: new Uint8Array([1]) }, {}, 'test');
      await inst.rekey({ kind: 'pkcs11', access: access(), keyLabel: 'b-2' }, 'test');
      const after = await keys.sign('hk', { message: new Uint8Array([2]) }, {}, 'test');
      for (const [r, m] of [
        [before, 1],
        [after, 2],
      ] as const)
        assert.ok(ed25519.verify(Buffer.from(r.signature, 'hex'), new Uint8Array([m]), Buffer.from(k.publicKey, 'hex')));
      const cfg = inst.sealConfig;
      assert.equal(cfg.kind === 'pkcs11' ? cfg.keyLabel : '', 'b-2');
    } finally {
      await inst.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('bad pkcs11 options are usage / input errors and create nothing', async () => {
    const fresh = new Sandbox();
    try {
      assert.equal(
        (await fresh.fails('init', '--seal', 'pkcs11', '--module', hsm.module, '--token-label', 'seal-b', '--pin-file', hsm.pinFile)).error,
        'E_USAGE',
      );
      assert.equal((await fresh.fails('init', '--seal', 'pkcs11', ...hsmArgs('seal-b', 'bad label!'))).error, 'E_BAD_INPUT');
      assert.equal(
        (await fresh.fails('init', '--seal', 'pkcs11', '--module', hsm.module, '--slot', '1', ...hsmArgs('seal-b', 'x').slice(2))).error,
        'E_BAD_INPUT',
      );
      assert.equal((await fresh.fails('init', '--seal', 'pkcs11', ...hsmArgs('no-such-token', 'x'))).error, 'E_HSM_TOKEN');
      assert.equal(existsSync(join(fresh.data, 'custos.db')), false);
      assert.equal(existsSync(join(fresh.data, 'pkcs11.json')), false);
    } finally {
      fresh.cleanup();
    }
  });
});
