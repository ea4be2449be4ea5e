#!/usr/bin/env node
// `npm start`: a guided local demo on ./custos-demo (created on first run, reused after).
// The passphrase is written next to the instance: for a demo only, never for real keys.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { main } from '../dist/cli/main.js';
import { processIo } from '../dist/cli/io.js';

const dir = resolve('custos-demo');
const data = join(dir, 'data');
const pass = join(dir, 'DEMO-ONLY-passphrase.txt');
const io = { ...processIo(), interactive: false, env: { ...process.env, CUSTOS_DATA: data, CUSTOS_PASSPHRASE_FILE: pass } };

async function step(title, args) {
  process.stdout.write(`\n# ${title}\n$ custos ${args.join(' ')}\n`);
  const code = await main(args, io);
  if (code !== 0) {
    process.stdout.write(`(exit ${code}: the demo stops here)\n`);
    process.exit(code);
  }
}

console.log('custos demo: local mode on an embedded SQLite store.');
console.log('DEMO ONLY: the passphrase is stored in a file beside the instance. Never do this with real keys.');
if (!existsSync(join(data, 'custos.db'))) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(pass, randomBytes(24).toString('base64url'), { mode: 0o600 });
  await step('create an instance sealed by a passphrase (Argon2id 64 MiB)', ['init']);
}
const key = `demo-${Date.now().toString(36)}`;
await step('status', ['status']);
await step('generate a secp256k1 key', ['key', 'create', key, '--type', 'secp256k1', '--tag', 'env=demo']);
await step('sign keccak256("hello")', ['sign', '--key', key, '--message', '68656c6c6f', '--hash', 'keccak256']);
await step('rotate it: v2 signs, v1 only verifies', ['key', 'rotate', key]);
await step('list keys', ['key', 'list']);
await step('verify the hash-chained audit trail', ['audit', 'verify']);
console.log(`\nInstance: ${data}\nTry: node bin/custos.js --help   (with CUSTOS_DATA=${data} CUSTOS_PASSPHRASE_FILE=${pass})`);
