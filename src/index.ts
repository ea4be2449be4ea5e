/**
 * The package's main entry, `custos`: the typed client, its errors and the
 * credential file reader. The chain adapters are their own entries so an
 * application loads only the library it uses: `custos/viem` (toCustosAccount)
 * and `custos/ethers` (CustosSigner).
 *
 * @example
 *   import { CustosClient, readCredentialFile } from 'custos';
 *   const custos = new CustosClient({ url: 'http://127.0.0.1:8200', credential: readCredentialFile('bot.json') });
 *   const r = await custos.call('sign', { key: 'hot-1', message: '68656c6c6f', hash: 'keccak256' });
 */
export { CustosClient, type ClientOptions } from './client/client.js';
export { CustosDeniedError, CustosPendingError, type RefusedStatus, type WaitingFor } from './client/errors.js';
export type { EvmSignOutput, WaitOptions } from './client/evm-sign.js';
export { CustosError, ERROR_CODES, isCustosError, type ErrorCode } from './errors.js';
export { readCredentialFile, type Credential } from './auth/credential.js';
export type { OperationInput, OperationName, OperationOutput } from './api/contract.js';
