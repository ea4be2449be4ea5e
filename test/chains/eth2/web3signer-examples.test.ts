/**
 * Web3Signer's own request examples (test/vectors/web3signer_openapi, sign.yaml) carry the
 * signing root Web3Signer computed for each payload: custos's eth2SigningRoot must compute the
 * same root from the payload alone, and must refuse the request when its `signingRoot` is altered.
 * Examples left out, each with its reason: full blocks and the sync-committee contribution use the
 * minimal preset (sync_committee_bits of 32 bits; custos is mainnet-preset); BLOCK (deprecated) is
 * not served; the ELECTRA/FULU AGGREGATE_AND_PROOF_V2 examples' roots do not match the mainnet
 * electra AggregateAndProof root (checked independently in eth2-signing-roots.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { eth2SigningRoot } from '../../../src/chains/eth2/signing-root.js';

const FILE = join(import.meta.dirname, '../../vectors/web3signer_openapi/openapi-specs/eth2/signing/paths/sign.yaml');
const examples = Object.entries<{ value: Record<string, unknown> }>(parse(readFileSync(FILE, 'utf8')).post.requestBody.content['application/json'].examples);
const LEFT_OUT = /^(BLOCK_V2 \((PHASE 0|ALTAIR)\)|BLOCK \(DEPRECATED\)|SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF|AGGREGATE_AND_PROOF_V2 \((ELECTRA|FULU)\))$/;
// VALIDATOR_REGISTRATION's example is for a network whose GENESIS_FORK_VERSION is 0x00000001 (as its other examples' forks).
const OPTS = { genesisForkVersion: '0x00000001' };

test('the examples used are the 19 expected ones', () => {
  assert.equal(examples.filter(([n]) => !LEFT_OUT.test(n)).length, 19);
});

for (const [name, { value }] of examples) {
  if (LEFT_OUT.test(name)) continue;
  test(`${name}: custos computes Web3Signer's signing root and refuses a different one`, () => {
    const { signingRoot, ...payload } = value;
    assert.equal(eth2SigningRoot(payload, OPTS).signingRoot, signingRoot);
    assert.equal(eth2SigningRoot(value, OPTS).signingRoot, signingRoot);
    const wrong = `0x${(signingRoot as string).slice(2).replace(/^./, (c) => (c === '0' ? '1' : '0'))}`;
    assert.throws(
      () => eth2SigningRoot({ ...value, signingRoot: wrong }, OPTS),
      (e: any) => e?.code === 'E_BAD_INPUT' && e.details?.field === 'signingRoot',
    );
  });
}
