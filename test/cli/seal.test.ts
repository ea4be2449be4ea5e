import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { Sandbox, TEST_KDF } from '../helpers/cli.js';

describe('Shamir seal (SLIP-39 unseal shares)', () => {
  const sb = new Sandbox();
  after(() => sb.cleanup());
  let shares: string[] = [];

  test('init prints N shares; any T unseal, fewer or foreign shares do not', async () => {
    const init = await sb.ok('init', '--seal', 'shamir', '--shares', '5', '--threshold', '3');
    shares = init.shares;
    assert.equal(shares.length, 5);
    assert.equal(new Set(shares).size, 5);
    shares.forEach((s, i) => sb.file(`share${i}`, s));
    await sb.ok('key', 'create', 'k', '--type', 'ed25519', '--allow-raw', '--share-file', 'share0', '--share-file', 'share2', '--share-file', 'share4');
    await sb.ok('sign', '--key', 'k', '--message', '01', '--share-file', 'share1', '--share-file', 'share2', '--share-file', 'share3');
    // Too few shares is missing material, not a guess: E_SEALED, and it does not count toward the slow-down.
    assert.equal((await sb.fails('sign', '--key', 'k', '--message', '01', '--share-file', 'share0', '--share-file', 'share1')).error, 'E_SEALED');
    // More than T shares is fine.
    await sb.ok(
      'sign',
      '--key',
      'k',
      '--message',
      '01',
      '--share-file',
      'share0',
      '--share-file',
      'share1',
      '--share-file',
      'share2',
      '--share-file',
      'share3',
    );
    assert.equal((await sb.fails('sign', '--key', 'k', '--message', '01')).error, 'E_SEALED');
    // Shares of another instance.
    const other = new Sandbox();
    try {
      const o = await other.ok('init', '--seal', 'shamir', '--shares', '3', '--threshold', '2');
      sb.file('foreign0', o.shares[0]);
      sb.file('foreign1', o.shares[1]);
      assert.equal(
        (await sb.fails('sign', '--key', 'k', '--message', '01', '--share-file', 'foreign0', '--share-file', 'foreign1', '--share-file', 'share0')).error,
        'E_BAD_SHARES',
      );
    } finally {
      other.cleanup();
    }
    // A success resets the failure counter (three failures in a row would start the slow-down).
    await sb.ok('sign', '--key', 'k', '--message', '01', '--share-file', 'share0', '--share-file', 'share1', '--share-file', 'share2');
    // A share with a broken checksum (last word replaced).
    const words = shares[0]!.split(' ');
    words[words.length - 1] = words[words.length - 1] === 'academic' ? 'acid' : 'academic';
    sb.file('broken', words.join(' '));
    assert.equal(
      (await sb.fails('sign', '--key', 'k', '--message', '01', '--share-file', 'broken', '--share-file', 'share1', '--share-file', 'share2')).error,
      'E_BAD_SHARES',
    );
    // Shares in one file, one per line, and via the environment.
    sb.file('three', `${shares[0]}\n${shares[1]}\n${shares[2]}\n`);
    await sb.ok('sign', '--key', 'k', '--message', '02', '--share-file', 'three');
    sb.env.CUSTOS_SHARE_FILES = 'share2,share3,share4';
    await sb.ok('sign', '--key', 'k', '--message', '02');
    delete sb.env.CUSTOS_SHARE_FILES;
  });

  test('rekey issues a new share set; the old shares stop working', async () => {
    const r = await sb.ok('operator', 'rekey', '--seal', 'shamir', '--shares', '3', '--threshold', '2', '--share-file', 'three');
    assert.equal(r.shares.length, 3);
    sb.file('new0', r.shares[0]);
    sb.file('new2', r.shares[2]);
    await sb.ok('sign', '--key', 'k', '--message', '03', '--share-file', 'new0', '--share-file', 'new2');
    assert.equal((await sb.fails('sign', '--key', 'k', '--message', '03', '--share-file', 'three')).error, 'E_BAD_SHARES');
  });

  test('invalid share parameters are usage / input errors', async () => {
    const other = new Sandbox();
    try {
      assert.equal((await other.fails('init', '--seal', 'shamir', '--shares', '3', '--threshold', '4')).error, 'E_BAD_INPUT');
      assert.equal((await other.fails('init', '--seal', 'shamir', '--shares', '3', '--threshold', '1')).error, 'E_BAD_INPUT');
      assert.equal((await other.fails('init', '--seal', 'shamir', '--shares', '3')).code, 2);
    } finally {
      other.cleanup();
    }
  });
});

describe('passphrase seal', () => {
  test('wrong passphrases are slowed down, and the counter survives restarts', async () => {
    const sb = new Sandbox();
    try {
      await sb.initPassphrase();
      await sb.ok('key', 'create', 'k', '--type', 'secp256k1', '--allow-raw');
      const wrong = sb.file('wrong', 'not the passphrase');
      for (let i = 0; i < 3; i++) assert.equal((await sb.fails('sign', '--key', 'k', '--message', '00', '--passphrase-file', wrong)).error, 'E_BAD_PASSPHRASE');
      // Even the right passphrase must now wait.
      const limited = await sb.fails('sign', '--key', 'k', '--message', '00');
      assert.equal(limited.error, 'E_RATE_LIMITED');
      assert.ok(limited.details.retryAfterSeconds >= 1);
      await sleep(1100);
      await sb.ok('sign', '--key', 'k', '--message', '00');
      // Failed attempts are audited (without the passphrase).
      const trail = await sb.ok('audit', 'verify');
      assert.equal(trail.ok, true);
      const lines = await sb.run('audit', 'export');
      assert.equal((lines.stdout.match(/seal\.unseal_failed/g) ?? []).length, 3);
      assert.ok(!lines.stdout.includes('not the passphrase'));
    } finally {
      sb.cleanup();
    }
  });

  test('parallel wrong guesses cannot get past the slow-down (check and count are atomic)', async () => {
    const sb = new Sandbox();
    try {
      await sb.initPassphrase();
      const { Instance } = await import('../../src/keystore/instance.js');
      const inst = await Instance.open({ data: sb.data });
      try {
        const results = await Promise.allSettled(
          Array.from({ length: 8 }, (_, i) => inst.unseal({ passphrase: new TextEncoder().encode(`wrong guess ${i}`) }, 'test')),
        );
        const codes = results.map((r) => (r.status === 'rejected' ? (r.reason as { code: string }).code : 'ok'));
        assert.equal(codes.filter((c) => c === 'E_BAD_PASSPHRASE').length, 3, `only the free attempts were evaluated: ${codes.join(',')}`);
        assert.equal(codes.filter((c) => c === 'E_RATE_LIMITED').length, 5);
      } finally {
        await inst.close();
      }
    } finally {
      sb.cleanup();
    }
  });

  test('rotate-root re-wraps every data key; keys keep signing; rekey changes the passphrase', async () => {
    const sb = new Sandbox();
    try {
      const oldPw = await sb.initPassphrase();
      const k = await sb.ok('key', 'create', 'k', '--type', 'secp256k1', '--allow-raw');
      await sb.ok('wallet', 'create', 'w', '--allow-raw', '--no-show');
      const acct = await sb.ok('key', 'show', 'w/m/0');
      const rot = await sb.ok('operator', 'rotate-root');
      assert.equal(rot.rootVersion, 2);
      assert.equal(rot.dataKeys, 4, 'audit key, row-MAC key, key and wallet data keys');
      assert.equal((await sb.ok('status')).rootVersion, 2);
      const s = await sb.ok('sign', '--key', 'k', '--message', '01');
      assert.equal(s.publicKey, k.publicKey);
      assert.equal((await sb.ok('key', 'show', 'w/m/0')).publicKey, acct.publicKey);
      const newPw = sb.file('new-pass', 'a brand new passphrase');
      await sb.ok('operator', 'rekey', '--new-passphrase-file', newPw, ...TEST_KDF);
      assert.equal((await sb.fails('sign', '--key', 'k', '--message', '01', '--passphrase-file', oldPw)).error, 'E_BAD_PASSPHRASE');
      sb.env.CUSTOS_PASSPHRASE_FILE = newPw;
      await sb.ok('sign', '--key', 'k', '--message', '01');
      assert.equal((await sb.ok('audit', 'verify')).ok, true);
    } finally {
      sb.cleanup();
    }
  });

  test('production default: Argon2id 64 MiB, t=3 (tested once)', async () => {
    const sb = new Sandbox();
    try {
      const pw = sb.file('pw', 'production strength passphrase');
      await sb.ok('init', '--passphrase-file', pw);
      const st = await sb.ok('status');
      assert.deepEqual(st.seal.kdf, { alg: 'argon2id', memoryKib: 65536, iterations: 3, parallelism: 1 });
      sb.env.CUSTOS_PASSPHRASE_FILE = pw;
      await sb.ok('key', 'create', 'k', '--type', 'ed25519', '--allow-raw');
    } finally {
      sb.cleanup();
    }
  });

  test('a real process without a terminal and without material fails with E_SEALED, exit 1', async () => {
    const sb = new Sandbox();
    try {
      await sb.initPassphrase();
      const r = sb.spawn(['key', 'create', 'k', '--type', 'ed25519', '--allow-raw']);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /^error: E_SEALED: /m);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      const ok = sb.spawn(['key', 'create', 'k', '--type', 'ed25519', '--allow-raw', '--json'], { CUSTOS_PASSPHRASE_FILE: sb.env.CUSTOS_PASSPHRASE_FILE! });
      assert.equal(ok.code, 0, ok.stderr);
      assert.equal(ok.json.name, 'k');
      assert.equal(sb.spawn(['key', 'frobnicate']).code, 2);
    } finally {
      sb.cleanup();
    }
  });
});
