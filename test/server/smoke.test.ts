import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestServer } from '../helpers/server.js';

describe('server smoke', () => {
  let t: TestServer;
  before(async () => {
    t = await TestServer.start();
  });
  after(() => t.stop());

  test('health is public; status needs a signed request', async () => {
    const h = await fetch(`${t.url}/v1/sys/health`).then((r) => r.json() as Promise<any>);
    assert.equal(h.sealed, false);
    const r = await fetch(`${t.url}/v1/sys/status`);
    assert.equal(r.status, 401);
    assert.equal(((await r.json()) as any).code, 'E_UNAUTHENTICATED');
    const st = await t.admin.call('sys.status', {});
    assert.equal(st.sealed, false);
    assert.equal(st.mode, 'server');
  });

  test('OpenAPI lists every contract operation', async () => {
    const { OPERATIONS } = await import('../../src/api/contract.js');
    const doc = await fetch(`${t.url}/openapi.json`).then((r) => r.json() as Promise<any>);
    const ids = Object.values(doc.paths as Record<string, Record<string, { operationId: string }>>).flatMap((m) => Object.values(m).map((o) => o.operationId));
    assert.deepEqual(ids.sort(), Object.keys(OPERATIONS).sort());
    const html = await fetch(`${t.url}/docs`).then((r) => r.text());
    assert.match(html, /custos API/);
  });
});
