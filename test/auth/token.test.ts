/** Bearer tokens (cst_<id>_<secret>) and TTL parsing. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { isCustosError } from '../../src/errors.js';
import { MAX_TTL_MS, newToken, parseToken, parseTtl, tokenMatches } from '../../src/auth/token.js';

const unauthenticated = (e: unknown) => isCustosError(e, 'E_UNAUTHENTICATED');

describe('bearer tokens', () => {
  test('newToken: cst_<16 hex>_<43 base64url>, only sha256(secret) is stored', () => {
    const t = newToken();
    assert.match(t.token, /^cst_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    assert.match(t.id, /^[0-9a-f]{16}$/);
    assert.equal(t.token.slice(4, 20), t.id);
    const secret = t.token.slice(21);
    assert.equal(Buffer.from(secret, 'base64url').length, 32);
    assert.equal(t.secretHash, createHash('sha256').update(secret).digest('hex'));
    assert.ok(!t.secretHash.includes(secret) && !t.token.includes(t.secretHash));
  });

  test('round trip: parseToken then tokenMatches', () => {
    for (let i = 0; i < 50; i++) {
      const t = newToken();
      const p = parseToken(t.token);
      assert.equal(p.id, t.id);
      assert.equal(tokenMatches(p.secret, t.secretHash), true);
    }
  });

  test('ids and secrets are random', () => {
    const ts = Array.from({ length: 200 }, newToken);
    assert.equal(new Set(ts.map((t) => t.id)).size, 200);
    assert.equal(new Set(ts.map((t) => t.secretHash)).size, 200);
  });

  test('tampered or foreign secrets do not match', () => {
    const t = newToken();
    const { secret } = parseToken(t.token);
    for (let i = 0; i < secret.length - 1; i += 7) {
      const c = secret[i] === 'A' ? 'B' : 'A';
      const tampered = parseToken(`cst_${t.id}_${secret.slice(0, i)}${c}${secret.slice(i + 1)}`);
      assert.equal(tokenMatches(tampered.secret, t.secretHash), false);
    }
    assert.equal(tokenMatches(parseToken(newToken().token).secret, t.secretHash), false);
    assert.equal(tokenMatches('', t.secretHash), false);
  });

  test('malformed tokens: E_UNAUTHENTICATED, never echoing the token', () => {
    const t = newToken().token;
    const secret = t.slice(21);
    const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const alias = t.slice(0, -1) + B64URL[B64URL.indexOf(t.at(-1)!) + 1]!; // unused trailing bits set
    const bad = [
      '',
      'cst_',
      t.slice(0, -1),
      t + 'A',
      t + '=',
      t + '\n',
      ' ' + t,
      t.replace('cst_', 'cs_'),
      t.replace('cst_', 'CST_'),
      t.replace('cst_', 'sk_'),
      `cst_${t.slice(4, 20).toUpperCase().replace(/[0-9]/g, 'A')}_${secret}`,
      `cst_${t.slice(4, 19)}_${secret}`,
      `cst_${t.slice(4, 20)}${secret}`,
      `cst_${t.slice(4, 20)}_${secret.slice(0, 20)}+${secret.slice(21)}`,
      `Bearer ${t}`,
      alias,
    ];
    for (const s of bad) {
      assert.throws(
        () => parseToken(s),
        (e: unknown) => unauthenticated(e) && !(e as Error).message.includes(secret.slice(0, 10)),
        JSON.stringify(s),
      );
    }
    assert.throws(() => parseToken(undefined as unknown as string), unauthenticated);
  });

  test('a corrupt stored hash is an internal error, not a mismatch', () => {
    assert.throws(() => tokenMatches('x', 'ab'), RangeError);
    assert.throws(() => tokenMatches('x', 'zz'.repeat(32)), RangeError);
  });
});

describe('parseTtl', () => {
  const ok: Array<[string, number]> = [
    ['1s', 1000],
    ['90s', 90_000],
    ['30m', 30 * 60_000],
    ['12h', 12 * 3_600_000],
    ['7d', 7 * 86_400_000],
    ['365d', MAX_TTL_MS],
    ['8760h', MAX_TTL_MS],
    ['525600m', MAX_TTL_MS],
    ['31536000s', MAX_TTL_MS],
  ];
  for (const [s, ms] of ok) test(`${s} -> ${ms} ms`, () => assert.equal(parseTtl(s), ms));

  const bad = [
    '366d',
    '8761h',
    '31536001s',
    '0s',
    '0d',
    '',
    '30',
    'm',
    '1.5h',
    '-1d',
    '+1d',
    '30M',
    '1D',
    ' 30m',
    '30m ',
    '30 m',
    '1w',
    '1y',
    '1000000000d',
    '1h30m',
    '0x10s',
  ];
  test(`refused with E_BAD_INPUT: ${bad.map((s) => JSON.stringify(s)).join(' ')}`, () => {
    for (const s of bad)
      assert.throws(
        () => parseTtl(s),
        (e: unknown) => isCustosError(e, 'E_BAD_INPUT') && /^ttl: /.test((e as Error).message),
        JSON.stringify(s),
      );
  });
});
