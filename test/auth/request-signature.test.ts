/** Request signatures: canonical string, header parsing, freshness window, signature checks, properties. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { isCustosError } from '../../src/errors.js';
import {
  SIGNATURE_HEADERS as H,
  type SignedHeaders,
  canonicalRequest,
  nonceExpiresAt,
  nonceKey,
  parseSignedHeaders,
  signRequest,
  verifyRequest,
} from '../../src/auth/request-signature.js';

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const NOW = 1_763_790_000_000; // ms, a whole second
const REQ = { method: 'POST', path: '/v1/keys/hot-1/sign?dry=1', body: '{"payload":"00ff"}' };
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

function signed(req = REQ, now = NOW, key: KeyObject = privateKey, principal = 'ci-bot'): SignedHeaders {
  return parseSignedHeaders(signRequest(key, principal, req, now));
}

function throwsCode(fn: () => unknown, code: string, message?: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(isCustosError(e), `expected CustosError, got ${String(e)}`);
    assert.equal(e.code, code);
    if (message) assert.match(e.message, message);
    return true;
  });
}

describe('canonicalRequest', () => {
  test('exact layout: version, METHOD, path+query, sha256(body) hex, timestamp, nonce, principal', () => {
    const s = canonicalRequest({
      method: 'post',
      path: '/v1/sign?a=1&b=%20',
      body: '{}',
      timestamp: 1763790000,
      nonce: 'AAAAAAAAAAAAAAAAAAAAAA',
      principal: 'ci-bot',
    });
    assert.equal(
      s,
      'custos-request-v1\nPOST\n/v1/sign?a=1&b=%20\n44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a\n1763790000\nAAAAAAAAAAAAAAAAAAAAAA\nci-bot',
    );
  });

  test('empty body hashes to sha256(""); string and byte bodies agree', () => {
    const base = { method: 'GET', path: '/v1/keys', timestamp: 1, nonce: 'n'.repeat(16), principal: 'p' };
    assert.equal(canonicalRequest({ ...base, body: '' }).split('\n')[3], EMPTY_SHA256);
    assert.equal(canonicalRequest({ ...base, body: new Uint8Array() }).split('\n')[3], EMPTY_SHA256);
    const bytes = Uint8Array.from(Buffer.from('héllo', 'utf8'));
    assert.equal(canonicalRequest({ ...base, body: 'héllo' }), canonicalRequest({ ...base, body: bytes }));
    assert.equal(canonicalRequest({ ...base, body: bytes }).split('\n')[3], createHash('sha256').update(bytes).digest('hex'));
  });

  test('parts that could make the string ambiguous are refused (E_BAD_INPUT naming the field)', () => {
    const ok = { method: 'GET', path: '/x', body: '', timestamp: 1, nonce: 'n'.repeat(16), principal: 'p' };
    const bad: Array<[string, Partial<typeof ok>]> = [
      ['method', { method: 'GET\n/evil' }],
      ['method', { method: '' }],
      ['method', { method: 'GE T' }],
      ['path', { path: '/a\nb' }],
      ['path', { path: '/a b' }],
      ['path', { path: 'x' }],
      ['path', { path: '' }],
      ['timestamp', { timestamp: 1.5 }],
      ['timestamp', { timestamp: -1 }],
      ['timestamp', { timestamp: Number.NaN }],
      ['nonce', { nonce: 'short' }],
      ['nonce', { nonce: 'n'.repeat(15) + '\n' }],
      ['principal', { principal: 'a\nb' }],
      ['principal', { principal: '' }],
    ];
    for (const [field, patch] of bad) throwsCode(() => canonicalRequest({ ...ok, ...patch }), 'E_BAD_INPUT', new RegExp(`^${field}:`));
  });
});

describe('signRequest', () => {
  test('returns the four lowercase headers; timestamp is whole seconds of now', () => {
    const h = signRequest(privateKey, 'ci-bot', REQ, NOW + 999);
    assert.deepEqual(Object.keys(h).sort(), [H.nonce, H.principal, H.signature, H.timestamp]);
    assert.equal(h[H.principal], 'ci-bot');
    assert.equal(h[H.timestamp], String(NOW / 1000));
    assert.match(h[H.nonce]!, /^[A-Za-z0-9_-]{22}$/); // 16 random bytes
    assert.match(h[H.signature]!, /^[A-Za-z0-9_-]{86}$/); // 64 bytes
    assert.notEqual(signRequest(privateKey, 'ci-bot', REQ, NOW)[H.nonce], h[H.nonce]);
  });

  test('body defaults to empty; refuses a non-P-256 or public key', () => {
    const h = parseSignedHeaders(signRequest(privateKey, 'ci-bot', { method: 'GET', path: '/v1/keys' }, NOW));
    verifyRequest(publicKey, h, { method: 'GET', path: '/v1/keys', body: new Uint8Array() }, NOW);
    assert.throws(() => signRequest(generateKeyPairSync('ed25519').privateKey, 'p', REQ), TypeError);
    assert.throws(() => signRequest(publicKey, 'p', REQ), TypeError);
  });
});

describe('verifyRequest', () => {
  test('round trip; the method is compared case-insensitively (canonicalised to uppercase)', () => {
    const h = signed();
    verifyRequest(publicKey, h, REQ, NOW);
    verifyRequest(publicKey, h, { ...REQ, method: 'post' }, NOW);
    verifyRequest(publicKey, h, { ...REQ, body: Buffer.from(REQ.body) }, NOW);
  });

  test('freshness: +/-59 s and +/-60 s pass, +/-61 s fail with E_STALE_REQUEST', () => {
    const h = signed();
    for (const s of [-60, -59, 0, 59, 60]) verifyRequest(publicKey, h, REQ, NOW + s * 1000);
    for (const s of [-61, 61, -3600, 86_400]) {
      throwsCode(() => verifyRequest(publicKey, h, REQ, NOW + s * 1000), 'E_STALE_REQUEST', /allowed clock skew of 60 s/);
    }
    // just outside by one millisecond
    throwsCode(() => verifyRequest(publicKey, h, REQ, NOW + 60_001), 'E_STALE_REQUEST');
  });

  test('stale message states the allowed skew, never the server time', () => {
    const h = signed();
    const now = NOW + 61_000;
    try {
      verifyRequest(publicKey, h, REQ, now, 30);
      assert.fail('expected E_STALE_REQUEST');
    } catch (e) {
      assert.ok(isCustosError(e, 'E_STALE_REQUEST'));
      assert.match(e.message, /30 s/);
      const text = e.message + JSON.stringify(e.details);
      for (const t of [String(now), String(now / 1000), new Date(now).toISOString().slice(0, 16)]) assert.ok(!text.includes(t), t);
    }
  });

  test('custom skew; freshness is checked before the signature', () => {
    const h = signed();
    verifyRequest(publicKey, h, REQ, NOW + 300_000, 300);
    throwsCode(() => verifyRequest(publicKey, { ...h, signature: new Uint8Array(64) }, REQ, NOW + 61_000), 'E_STALE_REQUEST');
    assert.throws(() => verifyRequest(publicKey, h, REQ, NOW, -1), RangeError);
  });

  test('a signature by another key fails with E_UNAUTHENTICATED', () => {
    const h = signed(REQ, NOW, other.privateKey);
    throwsCode(() => verifyRequest(publicKey, h, REQ, NOW), 'E_UNAUTHENTICATED', /does not verify/);
    verifyRequest(other.publicKey, h, REQ, NOW);
  });

  test('degenerate signatures (r = s = 0, all 0xff) fail cleanly', () => {
    const h = signed();
    for (const sig of [new Uint8Array(64), new Uint8Array(64).fill(0xff), h.signature.slice(0, 63)]) {
      throwsCode(() => verifyRequest(publicKey, { ...h, signature: sig }, REQ, NOW), 'E_UNAUTHENTICATED');
    }
  });

  test('requires a P-256 public KeyObject', () => {
    const h = signed();
    assert.throws(() => verifyRequest(privateKey, h, REQ, NOW), TypeError);
    assert.throws(() => verifyRequest(generateKeyPairSync('ed25519').publicKey, h, REQ, NOW), TypeError);
  });

  test('nonceKey and nonceExpiresAt for the replay store', () => {
    const h = signed();
    assert.equal(nonceKey(h), `ci-bot:${h.nonce}`);
    assert.equal(nonceExpiresAt(h), NOW + 60_000);
    assert.equal(nonceExpiresAt(h, 10), NOW + 10_000);
  });
});

describe('parseSignedHeaders', () => {
  const good = signRequest(privateKey, 'ci-bot', REQ, NOW);

  test('missing headers: E_UNAUTHENTICATED naming the header', () => {
    for (const name of Object.values(H)) {
      const { [name]: _, ...rest } = good;
      throwsCode(() => parseSignedHeaders(rest), 'E_UNAUTHENTICATED', new RegExp(`^missing header ${name}$`));
      throwsCode(() => parseSignedHeaders({ ...rest, [name]: undefined }), 'E_UNAUTHENTICATED', /missing header/);
      throwsCode(() => parseSignedHeaders({ ...rest, [name]: '' }), 'E_UNAUTHENTICATED', /missing header/);
    }
  });

  test('malformed headers: E_UNAUTHENTICATED naming the header', () => {
    const sig = good[H.signature]!;
    const cases: Array<[string, string]> = [
      [H.principal, 'ci bot'],
      [H.principal, '-ci'],
      [H.principal, 'x'.repeat(65)],
      [H.timestamp, '1763790000.5'],
      [H.timestamp, '-1763790000'],
      [H.timestamp, '01763790000'],
      [H.timestamp, ' 1763790000'],
      [H.timestamp, '1e9'],
      [H.timestamp, '99999999999999999'],
      [H.nonce, 'n'.repeat(15)],
      [H.nonce, 'n'.repeat(65)],
      [H.nonce, 'nnnnnnnnnnnnnnnnnnnn=='],
      [H.nonce, 'nnnnnnnn nnnnnnnn'],
      [H.signature, sig + '=='],
      [H.signature, sig.slice(0, -2)],
      [H.signature, '+' + sig.slice(1)], // standard base64 alphabet
      [H.signature, Buffer.from(sig, 'base64url').toString('hex')],
      [H.signature, sig + 'AA'],
    ];
    for (const [name, value] of cases) {
      throwsCode(() => parseSignedHeaders({ ...good, [name]: value }), 'E_UNAUTHENTICATED', new RegExp(`^malformed header ${name}: `));
    }
    // 86 chars carry 516 bits: setting one of the 4 unused trailing bits decodes to the
    // same 64 bytes, so a second spelling of the signature exists; it is refused.
    const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const alias = sig.slice(0, -1) + B64URL[B64URL.indexOf(sig.at(-1)!) + 1]!;
    assert.deepEqual(Buffer.from(alias, 'base64url'), Buffer.from(sig, 'base64url'));
    throwsCode(() => parseSignedHeaders({ ...good, [H.signature]: alias }), 'E_UNAUTHENTICATED', /^malformed header x-custos-signature/);
  });

  test('never echoes header values (in particular the signature)', () => {
    const sig = good[H.signature]!;
    for (const value of [sig + '==', sig.slice(1)]) {
      try {
        parseSignedHeaders({ ...good, [H.signature]: value });
        assert.fail('expected E_UNAUTHENTICATED');
      } catch (e) {
        assert.ok(isCustosError(e, 'E_UNAUTHENTICATED'));
        const text = e.message + JSON.stringify(e.details);
        assert.ok(!text.includes(value) && !text.includes(sig.slice(1, 20)));
      }
    }
  });

  test('repeated headers are refused; mixed-case names are accepted', () => {
    throwsCode(() => parseSignedHeaders({ ...good, [H.nonce]: [good[H.nonce]!, good[H.nonce]!] }), 'E_UNAUTHENTICATED', /more than once/);
    throwsCode(() => parseSignedHeaders({ ...good, 'X-Custos-Nonce': good[H.nonce] }), 'E_UNAUTHENTICATED', /x-custos-nonce: sent more than once/);
    // node:http joins a repeated x- header with ", ": malformed
    throwsCode(() => parseSignedHeaders({ ...good, [H.nonce]: `${good[H.nonce]}, ${good[H.nonce]}` }), 'E_UNAUTHENTICATED', /x-custos-nonce/);
    const mixed = Object.fromEntries(Object.entries(good).map(([k, v]) => [k.toUpperCase(), v]));
    assert.deepEqual(parseSignedHeaders(mixed), parseSignedHeaders(good));
    assert.deepEqual(parseSignedHeaders({ ...good, [H.nonce]: [good[H.nonce]!] }), parseSignedHeaders(good));
  });

  test('parsed values', () => {
    const h = parseSignedHeaders(good);
    assert.equal(h.principal, 'ci-bot');
    assert.equal(h.timestamp, NOW / 1000);
    assert.equal(h.nonce, good[H.nonce]);
    assert.ok(h.signature instanceof Uint8Array && h.signature.length === 64);
  });
});

describe('request signature properties', () => {
  const methodArb = fc.oneof(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'get', 'post'), fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,11}$/));
  // origin-form: "/" then anything but whitespace/control/DEL, including non-ASCII
  const pathArb = fc.string({ unit: 'binary', maxLength: 60 }).map((s) => '/' + s.replace(/[\u0000-\u0020\u007f]/g, ''));
  const bodyArb = fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 100 }));
  const principalArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/);
  const nowArb = fc.integer({ min: 0, max: 4_102_444_800_000 });
  const mutationArb = fc.constantFrom('method', 'path', 'body', 'timestamp', 'nonce', 'principal');

  const bytesOf = (b: Uint8Array | string) => (typeof b === 'string' ? Uint8Array.from(Buffer.from(b, 'utf8')) : b);

  test('sign then verify round-trips (through the headers)', () => {
    fc.assert(
      fc.property(methodArb, pathArb, bodyArb, principalArb, nowArb, (method, path, body, principal, now) => {
        const headers = signRequest(privateKey, principal, { method, path, body }, now);
        verifyRequest(publicKey, parseSignedHeaders(headers), { method, path, body }, now);
      }),
      { numRuns: 150 },
    );
  });

  test('any change to method, path, body, timestamp, nonce or principal fails with E_UNAUTHENTICATED', () => {
    fc.assert(
      fc.property(
        methodArb,
        pathArb,
        bodyArb,
        principalArb,
        nowArb,
        mutationArb,
        fc.integer({ min: 1, max: 59 }),
        fc.nat(),
        (method, path, body, principal, now, what, delta, pick) => {
          const h = parseSignedHeaders(signRequest(privateKey, principal, { method, path, body }, now));
          const req = { method, path, body };
          let h2 = h;
          let req2 = req;
          switch (what) {
            case 'method':
              req2 = { ...req, method: method + 'X' };
              break;
            case 'path':
              // append a character, or drop the last code point
              req2 = { ...req, path: pick % 2 === 0 || path === '/' ? path + '/' : Array.from(path).slice(0, -1).join('') };
              break;
            case 'body': {
              const b = Uint8Array.from(bytesOf(body));
              if (b.length === 0) req2 = { ...req, body: Uint8Array.of(pick & 0xff) };
              else {
                const i = pick % b.length;
                b[i] = b[i]! ^ (1 << (pick % 8)); // flip one bit
                req2 = { ...req, body: b };
              }
              break;
            }
            case 'timestamp':
              h2 = { ...h, timestamp: h.timestamp + (pick % 2 === 0 ? delta : -delta) };
              if (h2.timestamp < 0) h2 = { ...h, timestamp: h.timestamp + delta };
              break;
            case 'nonce':
              h2 = { ...h, nonce: (h.nonce[0] === 'A' ? 'B' : 'A') + h.nonce.slice(1) };
              break;
            case 'principal':
              h2 = { ...h, principal: principal.length < 64 ? principal + 'x' : 'y' + principal.slice(1) };
              if (h2.principal === principal) h2 = { ...h, principal: 'z' + principal.slice(1) };
              break;
          }
          throwsCode(() => verifyRequest(publicKey, h2, req2, now), 'E_UNAUTHENTICATED');
        },
      ),
      { numRuns: 300 },
    );
  });
});
