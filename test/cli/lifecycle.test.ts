import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { Sandbox } from '../helpers/cli.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('key lifecycle through the CLI', () => {
  const sb = new Sandbox();
  before(async () => {
    await sb.initPassphrase();
  });
  after(() => sb.cleanup());

  test('init twice is refused; a sealed command without material is E_SEALED', async () => {
    assert.equal((await sb.fails('init', '--passphrase-file', sb.env.CUSTOS_PASSPHRASE_FILE!)).error, 'E_ALREADY_INITIALIZED');
    const saved = sb.env.CUSTOS_PASSPHRASE_FILE;
    delete sb.env.CUSTOS_PASSPHRASE_FILE;
    const r = await sb.fails('key', 'create', 'x', '--type', 'ed25519', '--allow-raw');
    sb.env.CUSTOS_PASSPHRASE_FILE = saved;
    assert.equal(r.error, 'E_SEALED');
    assert.equal(r.code, 1);
  });

  test('create every algorithm; show gives public keys and addresses', async () => {
    const k1 = await sb.ok('key', 'create', 'k-secp', '--type', 'secp256k1', '--allow-raw', '--tag', 'desk=mm', '--tag', 'tier=hot');
    assert.equal(k1.publicKey.length, 66);
    assert.match(k1.addresses.ethereum, /^0x[0-9a-fA-F]{40}$/);
    assert.match(k1.addresses.bitcoinP2wpkh, /^bc1q/);
    assert.match(k1.addresses.bitcoinP2tr, /^bc1p/);
    assert.deepEqual(k1.tags, { desk: 'mm', tier: 'hot' });
    const k2 = await sb.ok('key', 'create', 'k-ed', '--type', 'ed25519', '--allow-raw');
    assert.equal(k2.publicKey.length, 64);
    assert.ok(k2.addresses.solana.length >= 32);
    const k3 = await sb.ok('key', 'create', 'k-bls', '--type', 'bls12-381', '--allow-raw');
    assert.equal(k3.publicKey.length, 96);
    const k4 = await sb.ok('key', 'create', 'k-pq', '--type', 'ml-dsa-65', '--allow-raw');
    assert.equal(k4.publicKey.length, 1952 * 2);
    const listed = await sb.ok('key', 'list');
    assert.deepEqual(
      listed.map((k: any) => k.name),
      ['k-bls', 'k-ed', 'k-pq', 'k-secp'],
    );
    const shown = await sb.ok('key', 'show', 'k-secp');
    assert.equal(shown.publicKey, k1.publicKey);
  });

  test('bad input: clear codes, nothing created', async () => {
    const before = (await sb.ok('status')).audit.events;
    assert.equal((await sb.fails('key', 'create', 'k-secp', '--type', 'secp256k1', '--allow-raw')).error, 'E_NAME_TAKEN');
    assert.equal((await sb.fails('key', 'create', 'nope', '--type', 'rsa')).error, 'E_UNSUPPORTED');
    assert.equal((await sb.fails('key', 'create', 'bad/name', '--type', 'ed25519', '--allow-raw')).error, 'E_BAD_INPUT');
    assert.equal((await sb.fails('key', 'show', 'missing')).error, 'E_KEY_NOT_FOUND');
    const usage = await sb.fails('key', 'create', 'x', '--typo', 'ed25519');
    assert.equal(usage.error, 'E_USAGE');
    assert.equal(usage.code, 2);
    assert.equal((await sb.fails('sign', '--key', 'k-ed', '--digest', '00'.repeat(32))).error, 'E_BAD_INPUT');
    assert.equal((await sb.fails('sign', '--key', 'k-secp', '--digest', '00'.repeat(31))).error, 'E_BAD_INPUT');
    assert.equal((await sb.ok('status')).audit.events, before);
    assert.equal((await sb.ok('key', 'list')).length, 4);
  });

  test('secp256k1: RFC 6979 low-s r||s||v over keccak256, recoverable by noble', async () => {
    const msg = Buffer.from('custos');
    const r = await sb.ok('sign', '--key', 'k-secp', '--message', hex(msg), '--hash', 'keccak256');
    const sig = Buffer.from(r.signature, 'hex');
    assert.equal(sig.length, 65);
    assert.ok([27, 28].includes(sig[64]!));
    const digest = keccak_256(msg);
    const recovered = secp256k1.Signature.fromBytes(sig.subarray(0, 64), 'compact')
      .addRecoveryBit(sig[64]! - 27)
      .recoverPublicKey(digest);
    assert.equal(recovered.toHex(true), r.publicKey);
    assert.ok(secp256k1.verify(sig.subarray(0, 64), digest, Buffer.from(r.publicKey, 'hex'), { prehash: false, lowS: true }));
    // Default message hash is SHA-256; a digest is signed as given.
    const d = createHash('sha256').update(msg).digest();
    const a = await sb.ok('sign', '--key', 'k-secp', '--message', hex(msg));
    const b = await sb.ok('sign', '--key', 'k-secp', '--digest', hex(d));
    assert.equal(a.signature, b.signature);
  });

  test('ed25519 signatures verify under noble (RFC 8032)', async () => {
    const r = await sb.ok('sign', '--key', 'k-ed', '--message', 'deadbeef');
    assert.ok(ed25519.verify(Buffer.from(r.signature, 'hex'), Buffer.from('deadbeef', 'hex'), Buffer.from(r.publicKey, 'hex')));
  });

  test('sign/verify round trip for every algorithm (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('k-secp', 'k-ed', 'k-bls', 'k-pq'), fc.uint8Array({ minLength: 1, maxLength: 64 }), async (key, msg) => {
        const s = await sb.ok('sign', '--key', key, '--message', hex(msg));
        const v = await sb.ok('verify', '--key', key, '--message', hex(msg), '--signature', s.signature);
        assert.equal(v.valid, true);
        const other = Uint8Array.from(msg);
        other[0]! ^= 1;
        assert.equal((await sb.fails('verify', '--key', key, '--message', hex(other), '--signature', s.signature)).error, 'E_BAD_SIGNATURE');
      }),
      { numRuns: 12 },
    );
  });

  test('rotate: the new version signs, the old one only verifies', async () => {
    const old = await sb.ok('sign', '--key', 'k-ed', '--message', '01');
    const rotated = await sb.ok('key', 'rotate', 'k-ed');
    assert.equal(rotated.currentVersion, 2);
    assert.notEqual(rotated.publicKey, old.publicKey);
    const fresh = await sb.ok('sign', '--key', 'k-ed', '--message', '01');
    assert.equal(fresh.version, 2);
    assert.equal((await sb.fails('sign', '--key', 'k-ed', '--message', '01', '--version', '1')).error, 'E_KEY_VERSION_RETIRED');
    assert.equal((await sb.ok('verify', '--key', 'k-ed', '--message', '01', '--signature', old.signature)).version, 1);
    assert.equal((await sb.fails('verify', '--key', 'k-ed', '--message', '01', '--signature', old.signature, '--version', '2')).error, 'E_BAD_SIGNATURE');
  });

  test('disable / enable', async () => {
    assert.equal((await sb.ok('key', 'disable', 'k-bls')).state, 'disabled');
    assert.equal((await sb.fails('sign', '--key', 'k-bls', '--message', '01')).error, 'E_KEY_DISABLED');
    assert.equal((await sb.ok('key', 'enable', 'k-bls')).state, 'active');
    await sb.ok('sign', '--key', 'k-bls', '--message', '01');
  });

  test('destroy crypto-shreds: tombstone stays, old signatures still verify, nothing signs', async () => {
    const sig = await sb.ok('sign', '--key', 'k-pq', '--message', '02');
    const d = await sb.ok('key', 'destroy', 'k-pq');
    assert.equal(d.state, 'destroyed');
    assert.equal((await sb.fails('sign', '--key', 'k-pq', '--message', '02')).error, 'E_KEY_DESTROYED');
    assert.equal((await sb.fails('key', 'enable', 'k-pq')).error, 'E_KEY_DESTROYED');
    assert.equal((await sb.fails('key', 'destroy', 'k-pq')).error, 'E_KEY_DESTROYED');
    assert.equal((await sb.ok('key', 'show', 'k-pq')).state, 'destroyed');
    assert.equal((await sb.ok('verify', '--key', 'k-pq', '--message', '02', '--signature', sig.signature)).valid, true);
  });

  test('export: refused for non-exportable keys, audited raw export otherwise', async () => {
    assert.equal((await sb.fails('key', 'export', 'k-secp', '--format', 'raw')).error, 'E_NOT_EXPORTABLE');
    const secret = 'aa'.repeat(31) + '01';
    sb.file('raw.hex', secret);
    await sb.ok('key', 'import', 'imp', '--allow-raw', '--format', 'raw', '--file', 'raw.hex', '--exportable');
    assert.equal((await sb.ok('key', 'show', 'imp')).publicKey, hex(secp256k1.getPublicKey(Buffer.from(secret, 'hex'), true)));
    assert.equal((await sb.ok('key', 'export', 'imp', '--format', 'raw')).secret, secret);
    await sb.ok('key', 'export', 'imp', '--format', 'raw', '--out', 'out.hex');
    assert.equal(readFileSync(`${sb.dir}/out.hex`, 'utf8').trim(), secret);
    sb.file('order.hex', 'ff'.repeat(32));
    assert.equal((await sb.fails('key', 'import', 'big', '--allow-raw', '--format', 'raw', '--file', 'order.hex')).error, 'E_BAD_INPUT');
    sb.file('short.hex', 'ab'.repeat(16));
    assert.equal((await sb.fails('key', 'import', 'short', '--allow-raw', '--format', 'raw', '--file', 'short.hex', '--type', 'ed25519')).error, 'E_BAD_INPUT');
    sb.file('zero.hex', '00'.repeat(32));
    assert.equal((await sb.fails('key', 'import', 'zero', '--allow-raw', '--format', 'raw', '--file', 'zero.hex')).error, 'E_BAD_INPUT');
  });

  test('HD wallet: mnemonic shown once, derived accounts sign, bad paths refused', async () => {
    const w = await sb.ok('wallet', 'create', 'tre', '--allow-raw', '--words', '12');
    assert.equal(w.mnemonic.split(' ').length, 12);
    const acct = await sb.ok('key', 'show', "tre/m/44'/60'/0'/0/0");
    assert.equal(acct.algorithm, 'secp256k1');
    const sol = await sb.ok('key', 'show', "tre/m/44'/501'/0'/0'");
    assert.equal(sol.algorithm, 'ed25519');
    const s = await sb.ok('sign', '--key', "tre/m/44'/501'/0'/0'", '--message', '07');
    assert.ok(ed25519.verify(Buffer.from(s.signature, 'hex'), Buffer.from('07', 'hex'), Buffer.from(sol.publicKey, 'hex')));
    assert.equal((await sb.fails('key', 'show', "tre/m/44'/501'/0'/0", '--curve', 'ed25519')).error, 'E_BAD_PATH');
    assert.equal((await sb.fails('key', 'show', 'tre/m/2147483648')).error, 'E_BAD_PATH');
    assert.equal((await sb.fails('key', 'show', 'tre/x/1')).error, 'E_BAD_PATH');
    assert.equal((await sb.fails('key', 'show', 'nowallet/m/0')).error, 'E_WALLET_NOT_FOUND');
    // The same mnemonic imported elsewhere yields the same account.
    const other = new Sandbox();
    try {
      await other.initPassphrase();
      other.file('m.txt', w.mnemonic);
      await other.ok('wallet', 'import', 'copy', '--allow-raw', '--mnemonic-file', 'm.txt');
      assert.equal((await other.ok('key', 'show', "copy/m/44'/60'/0'/0/0")).addresses.ethereum, acct.addresses.ethereum);
    } finally {
      other.cleanup();
    }
  });

  test('SLIP-39 backups: wallet (group of groups) and exportable key restore to the same keys', async () => {
    await sb.ok('wallet', 'create', 'cold', '--allow-raw', '--no-show');
    const before = await sb.ok('wallet', 'xpub', 'cold', '--path', "m/84'/0'/0'");
    const b = await sb.ok('backup', 'create', '--wallet', 'cold', '--group', '2/3', '--group', '1/1', '--group-threshold', '2', '--iteration-exponent', '0');
    assert.equal(b.groups.length, 2);
    sb.file('g1.txt', `${b.groups[0][0]}\n${b.groups[0][2]}\n`);
    sb.file('g2.txt', b.groups[1][0]);
    await sb.ok('backup', 'restore', '--name', 'cold2', '--backup-share-file', 'g1.txt', '--backup-share-file', 'g2.txt');
    assert.equal((await sb.ok('wallet', 'xpub', 'cold2', '--path', "m/84'/0'/0'")).xpub, before.xpub);
    // One group alone is not enough.
    assert.equal((await sb.fails('backup', 'restore', '--name', 'cold3', '--backup-share-file', 'g1.txt')).error, 'E_BAD_SHARES');
    // A 64-byte BIP39 seed cannot be a SLIP-39 master secret: refused, with advice.
    assert.equal((await sb.fails('backup', 'create', '--wallet', 'tre', '--shares', '3', '--threshold', '2')).error, 'E_UNSUPPORTED');
    // Keys: only exportable ones; restored with --type.
    assert.equal((await sb.fails('backup', 'create', '--key', 'k-secp', '--shares', '3', '--threshold', '2')).error, 'E_NOT_EXPORTABLE');
    sb.file('pp.txt', 'backup passphrase');
    const kb = await sb.ok(
      'backup',
      'create',
      '--key',
      'imp',
      '--shares',
      '3',
      '--threshold',
      '2',
      '--slip39-passphrase-file',
      'pp.txt',
      '--iteration-exponent',
      '0',
    );
    sb.file('k.txt', `${kb.groups[0][1]}\n${kb.groups[0][2]}`);
    const restored = await sb.ok(
      'backup',
      'restore',
      '--name',
      'imp-restored',
      '--type',
      'secp256k1',
      '--backup-share-file',
      'k.txt',
      '--slip39-passphrase-file',
      'pp.txt',
    );
    assert.equal(restored.key.publicKey, (await sb.ok('key', 'show', 'imp')).publicKey);
  });

  test('the audit trail records everything and verifies, also exported offline', async () => {
    const v = await sb.ok('audit', 'verify');
    assert.equal(v.ok, true);
    assert.equal(v.unanchored, 0);
    const exp = await sb.ok('audit', 'export', '--out', 'trail.jsonl');
    const lines = readFileSync(`${sb.dir}/trail.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const actions = lines.filter((l) => l.type === 'event').map((l) => l.action);
    for (const a of [
      'instance.init',
      'key.create',
      'key.sign',
      'key.rotate',
      'key.disable',
      'key.enable',
      'key.destroy',
      'key.import',
      'key.export',
      'wallet.create',
      'wallet.xpub',
      'backup.create',
      'wallet.restore',
      'key.restore',
      'audit.export',
    ]) {
      assert.ok(actions.includes(a), `audit has ${a}`);
    }
    // No secret material in any event.
    const text = readFileSync(`${sb.dir}/trail.jsonl`, 'utf8');
    assert.ok(!text.includes('aa'.repeat(31) + '01'), 'raw secret never in the trail');
    const off = await sb.ok('audit', 'verify', '--file', 'trail.jsonl', '--public-key', exp.auditPublicKey);
    assert.equal(off.ok, true);
    assert.equal(off.unanchored, 0);
    assert.equal((await sb.fails('audit', 'verify', '--file', 'trail.jsonl', '--public-key', '11'.repeat(32))).error, 'E_AUDIT_BROKEN');
  });
});
