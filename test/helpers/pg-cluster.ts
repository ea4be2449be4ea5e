/**
 * A throwaway PostgreSQL cluster for tests that stop and restart the
 * database: initdb in a temporary directory, its own free port and socket
 * directory, pg_ctl start/stop, removed afterwards. It never touches the
 * machine's own cluster. Binaries come from CUSTOS_TEST_PG_BIN or the newest
 * /usr/lib/postgresql/<version>/bin; as root, PostgreSQL's tools run as the
 * `postgres` user (initdb refuses root).
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The directory holding initdb and pg_ctl, or undefined. */
export function pgBinDir(): string | undefined {
  const env = process.env.CUSTOS_TEST_PG_BIN;
  if (env) return existsSync(join(env, 'initdb')) ? env : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

/** Why a private cluster cannot be made here, or null. */
export function clusterUnavailable(): string | null {
  if (!pgBinDir()) return 'no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin or CUSTOS_TEST_PG_BIN';
  if (process.getuid?.() === 0 && !(uidOf('postgres') !== undefined && existsSync('/usr/sbin/runuser')))
    return 'running as root without a postgres user and runuser';
  return null;
}

function uidOf(user: string): { uid: number; gid: number } | undefined {
  const u = spawnSync('id', ['-u', user], { encoding: 'utf8' });
  const g = spawnSync('id', ['-g', user], { encoding: 'utf8' });
  return u.status === 0 && g.status === 0 ? { uid: Number(u.stdout.trim()), gid: Number(g.stdout.trim()) } : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface PgCluster {
  /** Superuser URL of the cluster's `postgres` database. */
  url: string;
  port: number;
  /** Stop (fast shutdown: sessions are cut, as when the database goes down). */
  stop(): void;
  start(): void;
  /** Accepting connections again within `ms`. */
  waitReady(ms: number): Promise<void>;
  /** Stop (if running) and remove its directory. */
  destroy(): void;
}

export async function startCluster(): Promise<PgCluster> {
  const bin = pgBinDir();
  if (!bin) throw new Error(clusterUnavailable() ?? 'no PostgreSQL binaries');
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'custos-pg-'));
  const data = join(dir, 'data');
  if (asRoot) {
    const pgUser = uidOf('postgres')!;
    chownSync(dir, pgUser.uid, pgUser.gid);
  }
  const run = (tool: string, args: string[]) => {
    const argv = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
    const r = spawnSync(asRoot ? '/usr/sbin/runuser' : join(bin, tool), argv, { encoding: 'utf8', cwd: dir, timeout: 60_000 });
    return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
  };
  const init = run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  if (!init.ok) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${init.out}`);
  }
  const port = await freePort();
  // Its own port and socket directory; small, since it shares the machine with other tests.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=40 -c shared_buffers=16MB`;
  let running = false;
  const cluster: PgCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start() {
      const r = run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', '-t', '60', 'start']);
      if (!r.ok) throw new Error(`pg_ctl start: ${r.out}`);
      running = true;
    },
    stop() {
      const r = run('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
      if (!r.ok && !/not running|no server running/i.test(r.out)) throw new Error(`pg_ctl stop: ${r.out}`);
      running = false;
    },
    async waitReady(ms) {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline) {
        if (spawnSync(join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-q']).status === 0) return;
        await sleep(200);
      }
      throw new Error(`the test cluster on port ${port} did not come back`);
    },
    destroy() {
      process.removeListener('exit', onExit);
      if (running) run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      running = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
  // A test runner that dies mid-test must not leave a postgres running.
  const onExit = () => {
    if (running) run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  try {
    cluster.start();
    await cluster.waitReady(30_000);
  } catch (e) {
    cluster.destroy();
    throw e;
  }
  return cluster;
}
