/**
 * One key approves once (src/access/approvals.ts): the approval message names no approver, so a
 * signature relayed under two principals that hold the same public key (a copied key, a passkey
 * credential registered twice) counts once, and a principal holding a copy of the requester's key
 * does not approve the request. This is the check threshold parties and governance proofs run on
 * approvals a coordinator relays.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { TestServer } from '../helpers/server.js';
import { generateCredentialKey } from '../../src/auth/credential.js';
import { signApproval } from '../../src/auth/approval.js';
import { verifiedApprovers } from '../../src/access/approvals.js';

describe('approvals: one key, one approval', () => {
  let t: TestServer;
  const bob = generateCredentialKey();
  const carol = generateCredentialKey();
  const bot = generateCredentialKey();
  before(async () => {
    t = await TestServer.start();
    const create = (name: string, role: string, publicKey: string) => t.admin.call('principal.create', { name, role: role as never, publicKey });
    await create('bob', 'approver', bob.publicKeyHex);
    await create('eve', 'approver', bob.publicKeyHex); // bob's public key, copied
    await create('carol', 'approver', carol.publicKeyHex);
    await create('bot', 'agent', bot.publicKeyHex);
    await create('mallory', 'approver', bot.publicKeyHex); // the requester's key, copied
  });
  after(() => t?.stop());

  const check = (claims: { approverName: string; signature: string }[], req: { id: string; digest: string; requester: string }) =>
    verifiedApprovers(t.server.services.inst, t.server.services.inst.store.read, req, claims, 'approver');

  test("bob's one signature relayed as bob and as eve counts once; carol's own counts (positive control)", async () => {
    const req = { id: randomUUID(), digest: 'ab'.repeat(32), requester: 'bot' };
    const s = signApproval(bob.privateKey, req.id, req.digest, 'approve');
    assert.deepEqual(
      await check(
        [
          { approverName: 'bob', signature: s },
          { approverName: 'eve', signature: s },
        ],
        req,
      ),
      ['bob'],
    );
    assert.deepEqual(
      await check(
        [
          { approverName: 'eve', signature: s },
          { approverName: 'bob', signature: s },
        ],
        req,
      ),
      ['eve'],
      'whichever comes first, once',
    );
    const c = signApproval(carol.privateKey, req.id, req.digest, 'approve');
    assert.deepEqual(
      await check(
        [
          { approverName: 'bob', signature: s },
          { approverName: 'eve', signature: s },
          { approverName: 'carol', signature: c },
        ],
        req,
      ),
      ['bob', 'carol'],
    );
  });

  test("a principal holding a copy of the requester's key does not approve its request; it does approve another's", async () => {
    const req = { id: randomUUID(), digest: 'cd'.repeat(32), requester: 'bot' };
    const m = signApproval(bot.privateKey, req.id, req.digest, 'approve');
    assert.deepEqual(await check([{ approverName: 'mallory', signature: m }], req), []);
    const other = { ...req, requester: 'carol' };
    assert.deepEqual(await check([{ approverName: 'mallory', signature: m }], other), ['mallory']);
  });
});
