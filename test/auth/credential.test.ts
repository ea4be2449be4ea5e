/** Credential files: key encoding, 0600 on write, no overwrite, ssh-like permission check, field validation. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { isCustosError } from '../../src/errors.js';
import {
  credentialPrivateKey,
  generateCredentialKey,
  publicKeyFromHex,
  publicKeyToHex,
  readCredentialFile,
  writeCredentialFile,
} from '../../src/auth/credential.js';
import { parseSignedHeaders, signRequest, verifyRequest } from '../../src/auth/request-signature.js';

const posix = process.platform !== 'win32';
let dir: string;
let n = 0;
const fresh = () => join(dir, `cred-${++n}.json`);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'custos-cred-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function badInput(fn: () => unknown, message: RegExp, secret?: string): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(isCustosError(e, 'E_BAD_INPUT'), `expected E_BAD_INPUT, got ${String(e)}`);
    assert.match(e.message, message);
    if (secret) assert.ok(!(e.message + JSON.stringify(e.details)).includes(secret), 'error leaks key material');
    return true;
  });
}

describe('credential keys', () => {
  test('generateCredentialKey: P-256, SPKI DER hex round-trips', () => {
    const { privateKey, publicKeyHex } = generateCredentialKey();
    assert.equal(privateKey.asymmetricKeyDetails?.namedCurve, 'prime256v1');
    assert.match(publicKeyHex, /^3059301306072a8648ce3d020106082a8648ce3d03010703420004[0-9a-f]{128}$/);
    assert.equal(publicKeyToHex(privateKey), publicKeyHex);
    assert.equal(publicKeyToHex(publicKeyFromHex(publicKeyHex)), publicKeyHex);
    assert.equal(publicKeyToHex(publicKeyFromHex('0x' + publicKeyHex.toUpperCase())), publicKeyHex);
  });

  test('publicKeyFromHex refuses anything but a canonical P-256 SPKI key', () => {
    const hex = (k: KeyObject) => k.export({ format: 'der', type: 'spki' }).toString('hex');
    const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
    const compressed =
      '3039301306072a8648ce3d020106082a8648ce3d030107032200' +
      (() => {
        const jwk = p256.export({ format: 'jwk' });
        const y = Buffer.from(jwk.y!, 'base64url');
        return (y[31]! & 1 ? '03' : '02') + Buffer.from(jwk.x!, 'base64url').toString('hex');
      })();
    badInput(() => publicKeyFromHex(hex(generateKeyPairSync('ed25519').publicKey)), /^publicKey: not a P-256 key$/);
    badInput(() => publicKeyFromHex(hex(generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey)), /^publicKey: not a P-256 key$/);
    badInput(() => publicKeyFromHex(hex(generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey)), /^publicKey: not a P-256 key$/);
    badInput(() => publicKeyFromHex(compressed), /^publicKey: not the canonical SPKI DER/);
    // a KeyObject imported from a compressed point still serialises uncompressed
    const fromCompressed = createPublicKey({ key: Buffer.from(compressed, 'hex'), format: 'der', type: 'spki' });
    assert.equal(publicKeyToHex(fromCompressed), hex(p256));
    badInput(() => publicKeyFromHex(hex(p256) + '00'), /^publicKey: /);
    badInput(() => publicKeyFromHex('04' + 'ab'.repeat(64)), /^publicKey: not an SPKI DER public key$/);
    badInput(() => publicKeyFromHex('zz'), /^publicKey: not valid hex$/);
    badInput(() => publicKeyFromHex(''), /^publicKey: /);
  });
});

describe('writeCredentialFile', () => {
  test('writes mode 0600, creates the parent directory 0700, round-trips through readCredentialFile', () => {
    const { privateKey, publicKeyHex } = generateCredentialKey();
    const path = join(dir, 'new', 'sub', 'ci-bot.json');
    writeCredentialFile(path, { principal: 'ci-bot', role: 'agent', privateKey, server: 'https://custos.internal:8443' });
    if (posix) {
      assert.equal(statSync(path).mode & 0o777, 0o600);
      assert.equal(statSync(join(dir, 'new', 'sub')).mode & 0o777, 0o700);
      assert.equal(statSync(join(dir, 'new')).mode & 0o777, 0o700);
    }
    const json = JSON.parse(readFileSync(path, 'utf8'));
    assert.deepEqual(Object.keys(json), ['type', 'version', 'principal', 'role', 'algorithm', 'privateKey', 'publicKey', 'server']);
    assert.equal(json.type, 'custos-credential');
    assert.equal(json.version, 1);
    assert.equal(json.algorithm, 'ecdsa-p256-sha256');
    assert.match(json.privateKey, /^-----BEGIN PRIVATE KEY-----\n/);
    assert.equal(json.publicKey, publicKeyHex);

    const cred = readCredentialFile(path);
    assert.deepEqual(cred, { ...json });
    // the loaded key signs requests the server verifies with the stored public key
    const req = { method: 'GET', path: '/v1/keys', body: '' };
    const h = parseSignedHeaders(signRequest(credentialPrivateKey(cred), cred.principal, req, 1_763_790_000_000));
    verifyRequest(publicKeyFromHex(cred.publicKey), h, req, 1_763_790_000_000);
  });

  test('server is optional (omitted from the file, undefined when read)', () => {
    const path = fresh();
    writeCredentialFile(path, { principal: 'ops', role: 'operator', privateKey: generateCredentialKey().privateKey });
    assert.equal('server' in JSON.parse(readFileSync(path, 'utf8')), false);
    assert.equal(readCredentialFile(path).server, undefined);
  });

  test('refuses to overwrite an existing file and leaves it untouched', () => {
    const path = fresh();
    writeCredentialFile(path, { principal: 'a', role: 'admin', privateKey: generateCredentialKey().privateKey });
    const before = readFileSync(path, 'utf8');
    badInput(
      () => writeCredentialFile(path, { principal: 'b', role: 'admin', privateKey: generateCredentialKey().privateKey }),
      /already exists; refusing to overwrite/,
    );
    assert.equal(readFileSync(path, 'utf8'), before);
  });

  test('validates what it writes', () => {
    const privateKey = generateCredentialKey().privateKey;
    badInput(() => writeCredentialFile(fresh(), { principal: 'bad name', role: 'agent', privateKey }), /^principal: /);
    badInput(
      () => writeCredentialFile(fresh(), { principal: 'p', role: 'root' as never, privateKey }),
      /^role: expected one of admin, approver, operator, auditor, agent, validator, keymanager, guardian$/,
    );
    badInput(() => writeCredentialFile(fresh(), { principal: 'p', role: 'agent', privateKey, server: 'https://u:pw@host' }), /^server: must not contain/);
    assert.throws(() => writeCredentialFile(fresh(), { principal: 'p', role: 'agent', privateKey: generateKeyPairSync('ed25519').privateKey }), TypeError);
  });
});

describe('readCredentialFile', () => {
  const good = () => {
    const path = fresh();
    writeCredentialFile(path, { principal: 'ci-bot', role: 'agent', privateKey: generateCredentialKey().privateKey, server: 'http://127.0.0.1:8443' });
    return path;
  };

  test('permission check like ssh: group/other bits refused with a chmod 600 hint; 0600 and 0400 accepted', { skip: !posix }, () => {
    for (const mode of [0o644, 0o640, 0o604, 0o660, 0o606, 0o620, 0o602, 0o610, 0o601, 0o777]) {
      const path = good();
      chmodSync(path, mode);
      badInput(() => readCredentialFile(path), new RegExp(`accessible by group or others \\(mode 0${mode.toString(8)}\\); run: chmod 600 `));
    }
    for (const mode of [0o600, 0o400]) {
      const path = good();
      chmodSync(path, mode);
      assert.equal(readCredentialFile(path).principal, 'ci-bot');
    }
  });

  test('missing file, directory, oversized file', () => {
    badInput(() => readCredentialFile(join(dir, 'nope.json')), /not found/);
    badInput(() => readCredentialFile(dir), /not a regular file/);
    const big = fresh();
    writeFileSync(big, ' '.repeat(70_000), { mode: 0o600 });
    badInput(() => readCredentialFile(big), /too large/);
  });

  test('field validation: E_BAD_INPUT naming the field, no key material in the message', () => {
    const base = JSON.parse(readFileSync(good(), 'utf8'));
    const pem: string = base.privateKey;
    const body = pem.split('\n').slice(1, 3).join(''); // base64 of the key
    const otherPub = generateCredentialKey().publicKeyHex;
    const sec1 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'sec1' }).toString();
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ type: 'custos-token' }, /^type: /],
      [{ type: undefined }, /^type: /],
      [{ version: 2 }, /^version: unsupported/],
      [{ version: '1' }, /^version: /],
      [{ algorithm: 'ed25519' }, /^algorithm: /],
      [{ principal: 'ci bot' }, /^principal: /],
      [{ principal: 7 }, /^principal: expected a string$/],
      [{ role: 'superuser' }, /^role: expected one of/],
      [{ privateKey: 'not a pem' }, /^privateKey: /],
      [{ privateKey: pem.replace(body.slice(10, 30), 'A'.repeat(20)) }, /^privateKey: /],
      [{ privateKey: sec1 }, /^privateKey: expected an unencrypted PKCS#8 PEM/],
      [{ privateKey: p384 }, /^privateKey: not a P-256 key$/],
      [{ privateKey: undefined }, /^privateKey: /],
      [{ publicKey: otherPub }, /^publicKey: does not match privateKey$/],
      [{ publicKey: 'xyz' }, /^publicKey: not valid hex$/],
      [{ server: 'ftp://host' }, /^server: expected an http/],
      [{ server: 'not a url' }, /^server: not a valid URL$/],
      [{ server: 'https://admin:hunter2@host' }, /^server: must not contain a user name or password$/],
      [{ server: 42 }, /^server: /],
      [{ extra: true }, /^unknown field "extra"/],
    ];
    for (const [patch, message] of cases) {
      const path = fresh();
      writeFileSync(path, JSON.stringify({ ...base, ...patch }), { mode: 0o600 });
      badInput(() => readCredentialFile(path), message, body.slice(0, 24));
    }
  });

  test('invalid JSON: the parser message (which quotes the file) is not passed on', () => {
    const base = readFileSync(good(), 'utf8');
    const path = fresh();
    writeFileSync(path, base.replace('"privateKey"', 'privateKey'), { mode: 0o600 });
    const pem: string = JSON.parse(base).privateKey;
    badInput(() => readCredentialFile(path), /^credential file .* is not valid JSON$/, pem.split('\n')[1]!.slice(0, 16));
    const arr = fresh();
    writeFileSync(arr, '[]', { mode: 0o600 });
    badInput(() => readCredentialFile(arr), /not a JSON object/);
  });
});
