/**
 * Test harness for the HTTP API: a real custos server on a loopback socket
 * (port 0) in a temporary directory, its first admin, and helpers to make
 * principals with their own credentials and clients.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Instance } from '../../src/keystore/instance.js';
import { bootstrapAdmin } from '../../src/access/bootstrap.js';
import { buildServices } from '../../src/api/services.js';
import { generateCredentialKey, readCredentialFile, writeCredentialFile } from '../../src/auth/credential.js';
import { CustosClient } from '../../src/client/client.js';
import { serve, type RunningServer, type ServeOptions } from '../../src/server/serve.js';
import type { Role } from '../../src/store/records.js';
import { utf8 } from '../../src/crypto/bytes.js';

export const PASSPHRASE = 'test server passphrase';

export interface Principal {
  name: string;
  role: Role;
  credentialFile: string;
  client: CustosClient;
}

/** The serve options a test may set (the rest: data, listen, unseal material and log are the helper's). */
type ServerTestOptions = Partial<
  Pick<
    ServeOptions,
    | 'tickMs'
    | 'requestTtlMs'
    | 'checkpointMs'
    | 'chains'
    | 'quotas'
    | 'logLevel'
    | 'logFormat'
    | 'metricsListen'
    | 'webhooks'
    | 'eth2Listen'
    | 'eth2InsecureLoopback'
    | 'eth2MaxInFlight'
    | 'eth2GenesisForkVersion'
    | 'eth2TlsCert'
    | 'eth2TlsKey'
    | 'eth2ClientCa'
    | 'now'
    | 'eth2KeyManager'
    | 'blsWorkers'
    | 'consoleOrigin'
    | 'listen'
    | 'rpId'
    | 'sessionMaxMs'
  >
>;

export class TestServer {
  server!: RunningServer;
  admin!: CustosClient;
  adminCredential!: string;
  readonly logs: string[] = [];

  private constructor(
    readonly dir: string,
    readonly data: string,
    readonly store?: string,
  ) {}

  /** Init an instance (cheap Argon2), write the admin credential, serve it unsealed on 127.0.0.1:0 (`store`: a postgres:// URL instead of SQLite). */
  static async start(opts: ServerTestOptions & { store?: string } = {}): Promise<TestServer> {
    const dir = mkdtempSync(join(tmpdir(), 'custos-srv-'));
    const t = new TestServer(dir, join(dir, 'data'), opts.store);
    const init = await Instance.init(
      { data: t.data, ...(opts.store ? { store: opts.store } : {}) },
      { kind: 'passphrase', passphrase: utf8(PASSPHRASE), argon2: { memoryKib: 8192, iterations: 1, parallelism: 1 } },
      'test',
    );
    try {
      t.adminCredential = await bootstrapAdmin(buildServices(init.instance), join(dir, 'admin.json'));
    } finally {
      await init.instance.close();
    }
    const { store: _store, ...serveOpts } = opts;
    await t.listen(serveOpts);
    return t;
  }

  async listen(opts: ServerTestOptions = {}): Promise<void> {
    // Text lines by default, so tests match log messages as written (the CLI's default is json).
    this.server = await serve({
      data: this.data,
      ...(this.store ? { store: this.store } : {}),
      listen: '127.0.0.1:0',
      unseal: { passphrase: utf8(PASSPHRASE) },
      log: (l) => this.logs.push(l),
      tickMs: 100,
      logFormat: 'text',
      ...opts,
    });
    this.admin = new CustosClient({ url: this.server.url, credential: readCredentialFile(this.adminCredential) });
  }

  get url(): string {
    return this.server.url;
  }

  /** Register a principal (admin call) and return a client signing as it. */
  async principal(name: string, role: Role, tags: Record<string, string> = {}): Promise<Principal> {
    const { privateKey, publicKeyHex } = generateCredentialKey();
    await this.admin.call('principal.create', { name, role, publicKey: publicKeyHex, tags });
    const credentialFile = join(this.dir, `${name}.json`);
    writeCredentialFile(credentialFile, { principal: name, role, privateKey });
    return { name, role, credentialFile, client: new CustosClient({ url: this.url, credential: readCredentialFile(credentialFile) }) };
  }

  /** Number of audit events so far (for "nothing changed" checks). */
  async auditEvents(): Promise<number> {
    return (await this.server.services.inst.store.read.lastEvent())?.seq ?? 0;
  }

  async close(): Promise<void> {
    await this.server.close();
  }

  async stop(): Promise<void> {
    await this.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
