/**
 * The approver console's static files at /ui (docs/console.md). Built by
 * scripts/build.js into dist/ui/ (index.html, content-hashed app-*.js and
 * app-*.css, manifest.json); read into memory once, so a request is a
 * lookup in a fixed table of names: nothing from the URL ever reaches the
 * file system (no traversal), and only the files the build listed exist.
 *
 * Every answer carries a strict Content-Security-Policy: scripts and styles
 * only from this origin's files (no inline script or style, no eval), fetch
 * only to this origin, never framed. The API sends no CORS headers, so
 * another origin can neither read its answers nor send the signed headers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where the build puts the console: <package>/dist/ui (from src/server or dist/server alike). */
export const CONSOLE_DIR = fileURLToPath(new URL('../../dist/ui/', import.meta.url));

export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every console answer carries. */
export const CONSOLE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': CONSOLE_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
  /** Content-hashed names never change: cached for a year; index.html is revalidated every time. */
  immutable: boolean;
}

/** The built files by name (the build's manifest.json lists them); null when the console was not built. */
export function loadConsole(dir: string = CONSOLE_DIR): Map<string, Asset> | null {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) return null;
  const names = JSON.parse(readFileSync(manifest, 'utf8')) as { files: string[] };
  const out = new Map<string, Asset>();
  for (const name of names.files) {
    if (!/^[A-Za-z0-9._-]+$/.test(name)) continue; // flat names only
    const ext = name.slice(name.lastIndexOf('.'));
    const type = TYPES[ext];
    if (!type) continue;
    const body = readFileSync(join(dir, name));
    out.set(name, { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`, immutable: name !== 'index.html' });
  }
  return out.has('index.html') ? out : null;
}

function send(reply: FastifyReply, a: Asset, ifNoneMatch: string | undefined): FastifyReply {
  void reply.headers(CONSOLE_HEADERS);
  void reply.header('cache-control', a.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  void reply.header('etag', a.etag);
  if (ifNoneMatch === a.etag) return reply.code(304).send();
  return reply.type(a.type).send(a.body);
}

/** GET /ui (redirect to /ui/), /ui/ and /ui/register (the page) and /ui/NAME (a built file). */
export function registerConsole(app: FastifyInstance, dir: string = CONSOLE_DIR): void {
  let assets: Map<string, Asset> | null | undefined;
  const load = () => (assets === undefined ? (assets = loadConsole(dir)) : assets);
  const notBuilt = (reply: FastifyReply) =>
    reply.code(404).headers(CONSOLE_HEADERS).send({ code: 'E_NOT_FOUND', message: 'the console is not built: run npm run build' });
  app.get('/ui', async (_req, reply) => reply.headers(CONSOLE_HEADERS).redirect('/ui/', 302));
  app.get('/ui/', async (req, reply) => {
    const a = load()?.get('index.html');
    return a ? send(reply, a, req.headers['if-none-match']) : notBuilt(reply);
  });
  // A passkey registration link (the one-time token rides in the fragment, never in this request).
  app.get('/ui/register', async (req, reply) => {
    const a = load()?.get('index.html');
    return a ? send(reply, a, req.headers['if-none-match']) : notBuilt(reply);
  });
  app.get<{ Params: { file: string } }>('/ui/:file', async (req, reply) => {
    const files = load();
    if (!files) return notBuilt(reply);
    const a = files.get(req.params.file);
    if (!a) return reply.code(404).headers(CONSOLE_HEADERS).send({ code: 'E_NOT_FOUND', message: 'no such console file' });
    return send(reply, a, req.headers['if-none-match']);
  });
}
