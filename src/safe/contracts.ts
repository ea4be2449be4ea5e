/**
 * Safe v1.4.1 contracts: the audited artifacts of @safe-global/safe-contracts
 * 1.4.1 (pinned), the canonical deployment addresses, the `setup` call a new
 * Safe is initialised with, and its CREATE2 address, computed before it is
 * deployed exactly as SafeProxyFactory.createProxyWithNonce does:
 *
 *   salt = keccak256(keccak256(initializer) ++ uint256(saltNonce))
 *   code = SafeProxy.creationCode ++ uint256(uint160(singleton))
 *
 * Encoding and hashing are viem's.
 */
import { createRequire } from 'node:module';
import { type Hex, concat, encodeAbiParameters, encodeFunctionData, getContractAddress, keccak256, parseAbi, zeroAddress } from 'viem';
import { SAFE_ABI } from '../chains/evm/safe-tx.js';

const require = createRequire(import.meta.url);
const ARTIFACTS = '@safe-global/safe-contracts/build/artifacts/contracts/';

export interface Artifact {
  abi: unknown[];
  bytecode: Hex;
}

/** A compiled artifact of Safe v1.4.1 by its path under contracts/ (e.g. `Safe.sol/Safe`). */
export function safeArtifact(
  path:
    | 'Safe.sol/Safe'
    | 'proxies/SafeProxy.sol/SafeProxy'
    | 'proxies/SafeProxyFactory.sol/SafeProxyFactory'
    | 'handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler',
): Artifact {
  return require(`${ARTIFACTS}${path}.json`) as Artifact;
}

/** The canonical v1.4.1 deployments (safe-deployments), the same address on every chain that has them. */
export const SAFE_V141 = {
  singleton: '0x41675C099F32341bf84BFc5382aF534df5C7461a',
  factory: '0x4e1DCf7AD4e460CfD30791CCC4F9c8a4f820ec67',
  fallbackHandler: '0xfd0732Dc9E303f09fCEf3a7388Ad10A83459Ec99',
} as const satisfies Record<string, Hex>;

export const FACTORY_ABI = parseAbi(['function createProxyWithNonce(address _singleton, bytes initializer, uint256 saltNonce) returns (address proxy)']);

/** The `setup` call: owners, threshold, the fallback handler; no module, no payment. */
export function setupData(owners: Hex[], threshold: number, fallbackHandler: Hex): Hex {
  return encodeFunctionData({
    abi: SAFE_ABI,
    functionName: 'setup',
    args: [owners, BigInt(threshold), zeroAddress, '0x', fallbackHandler, zeroAddress, 0n, zeroAddress],
  });
}

/** The address SafeProxyFactory.createProxyWithNonce(singleton, initializer, saltNonce) deploys to. */
export function predictSafeAddress(d: { factory: Hex; singleton: Hex; initializer: Hex; saltNonce: bigint }): Hex {
  const salt = keccak256(concat([keccak256(d.initializer), encodeAbiParameters([{ type: 'uint256' }], [d.saltNonce])]));
  const code = concat([safeArtifact('proxies/SafeProxy.sol/SafeProxy').bytecode, encodeAbiParameters([{ type: 'address' }], [d.singleton])]);
  return getContractAddress({ opcode: 'CREATE2', from: d.factory, salt, bytecode: code });
}

/** Calldata of the deployment: createProxyWithNonce(singleton, initializer, saltNonce). */
export function createProxyData(d: { singleton: Hex; initializer: Hex; saltNonce: bigint }): Hex {
  return encodeFunctionData({ abi: FACTORY_ABI, functionName: 'createProxyWithNonce', args: [d.singleton, d.initializer, d.saltNonce] });
}
