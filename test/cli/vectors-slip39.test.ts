/**
 * The 45 official SLIP-39 vectors (trezor/python-shamir-mnemonic vectors.json)
 * through `custos backup restore` and `custos wallet xpub`.
 * Valid sets: the restored wallet's master xpub is the public form of the
 * vector's xprv (converted with @scure/bip32). Must-fail sets: the restore
 * fails, no wallet appears and no audit event is added.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HDKey } from '@scure/bip32';
import { Sandbox, VECTORS } from '../helpers/cli.js';

type Vector = [description: string, mnemonics: string[], masterSecretHex: string, xprv: string];
const vectors = JSON.parse(readFileSync(join(VECTORS, 'slip39', 'vectors.json'), 'utf8')) as Vector[];

/**
 * Must-fail vectors where E_BAD_INPUT would be the right code rather than
 * E_BAD_SHARES: none. Every must-fail set is a problem with the shares
 * themselves (checksum, padding, length, headers, digest, counts).
 */
const BAD_INPUT_VECTORS = new Set<number>();

describe('SLIP-39 vectors via backup restore --share-file --slip39-passphrase-file (TREZOR)', () => {
  let sb: Sandbox;
  let pass: string;
  before(async () => {
    sb = new Sandbox();
    await sb.initPassphrase();
    pass = sb.file('slip39-pass', 'TREZOR');
  });
  after(() => sb?.cleanup());

  test('the file has 45 vectors: 15 valid, 30 must-fail', () => {
    assert.equal(vectors.length, 45);
    assert.equal(vectors.filter((v) => v[2] !== '').length, 15);
  });

  const audit = async (): Promise<number> => (await sb.ok('status')).audit.events as number;

  for (const [i, [description, mnemonics, secret, xprv]] of vectors.entries()) {
    const n = i + 1;
    if (secret !== '') {
      test(`valid: ${description}`, async () => {
        const f = sb.file(`shares-${n}.txt`, `${mnemonics.join('\n')}\n`);
        const r = await sb.ok('backup', 'restore', '--name', `w${n}`, '--backup-share-file', f, '--slip39-passphrase-file', pass);
        assert.equal(r.wallet.name, `w${n}`);
        assert.equal(r.wallet.origin, 'restored');
        const x = await sb.ok('wallet', 'xpub', `w${n}`, '--path', 'm');
        assert.equal(x.xpub, HDKey.fromExtendedKey(xprv).publicExtendedKey);
      });
    } else {
      test(`must fail: ${description}`, async () => {
        const f = sb.file(`shares-${n}.txt`, `${mnemonics.join('\n')}\n`);
        const walletsBefore = await sb.ok('wallet', 'list');
        const eventsBefore = await audit();
        const r = await sb.fails('backup', 'restore', '--name', `w${n}`, '--backup-share-file', f, '--slip39-passphrase-file', pass);
        assert.equal(r.code, 1);
        assert.equal(r.error, BAD_INPUT_VECTORS.has(n) ? 'E_BAD_INPUT' : 'E_BAD_SHARES', `${r.error}: ${r.message}`);
        // Error messages never quote shares (no run of 3 consecutive share words).
        for (const m of mnemonics) {
          const words = m.split(' ');
          for (let j = 0; j + 3 <= words.length; j++) assert.ok(!(r.message ?? '').includes(words.slice(j, j + 3).join(' ')), 'message quotes a share');
        }
        assert.deepEqual(await sb.ok('wallet', 'list'), walletsBefore);
        assert.equal(await audit(), eventsBefore);
      });
    }
  }

  test('the same shares in one file each, or repeated, restore the same wallet', async () => {
    const [, mnemonics, , xprv] = vectors[3]!; // 4. Basic sharing 2-of-3 (128 bits)
    const files = mnemonics.map((m, j) => sb.file(`split-${j}.txt`, m));
    const args = files.flatMap((f) => ['--backup-share-file', f]);
    // a duplicate of the same share is tolerated
    const r = await sb.ok('backup', 'restore', '--name', 'w-split', ...args, '--backup-share-file', files[0]!, '--slip39-passphrase-file', pass);
    assert.equal(r.wallet.name, 'w-split');
    assert.equal((await sb.ok('wallet', 'xpub', 'w-split', '--path', 'm')).xpub, HDKey.fromExtendedKey(xprv).publicExtendedKey);
  });

  test('a wrong passphrase gives a different wallet (SLIP-39 has no passphrase check)', async () => {
    const [, mnemonics, , xprv] = vectors[0]!;
    const r = await sb.ok('backup', 'restore', '--name', 'w-nopass', '--backup-share-file', sb.file('nopass.txt', mnemonics.join('\n')));
    assert.equal(r.wallet.name, 'w-nopass');
    assert.notEqual((await sb.ok('wallet', 'xpub', 'w-nopass', '--path', 'm')).xpub, HDKey.fromExtendedKey(xprv).publicExtendedKey);
  });
});
