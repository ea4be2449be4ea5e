/** A Hardhat dev chain (EDR, Prague) on a loopback port, started and stopped by a test. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './process.js';

export interface DevChain {
  url: string;
  stop(): Promise<void>;
  /** Call a JSON-RPC method on the chain. */
  rpc(method: string, params?: unknown[]): Promise<any>;
}

export async function startDevChain(): Promise<DevChain> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const proc: ChildProcess = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/hardhat/internal/cli/cli.js'),
      'node',
      '--hostname',
      '127.0.0.1',
      '--port',
      String(port),
      '--config',
      join(ROOT, 'test/fixtures/hardhat/hardhat.config.cjs'),
    ],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', HARDHAT_DISABLE_TELEMETRY_PROMPT: 'true', CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  proc.stdout!.on('data', (d) => (out += String(d)));
  proc.stderr!.on('data', (d) => (out += String(d)));
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hardhat node did not start:\n${out}`)), 60_000);
    const check = () => {
      if (out.includes('Started HTTP')) {
        clearTimeout(timer);
        resolve();
      }
    };
    proc.stdout!.on('data', check);
    proc.once('exit', (c) => reject(new Error(`hardhat node exited (${c}):\n${out}`)));
  });
  let id = 0;
  return {
    url,
    rpc: async (method, params = []) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params }),
      });
      const body = (await res.json()) as { result?: unknown; error?: { message: string } };
      if (body.error) throw new Error(`${method}: ${body.error.message}`);
      return body.result;
    },
    stop: async () => {
      proc.kill('SIGTERM');
      await exited;
    },
  };
}
