/**
 * Starting a listener (`serve`, `party serve`): a socket error becomes an
 * operator error naming the address, not `E_INTERNAL: internal error`.
 */
import { CustosError } from '../errors.js';

/** Map a listen failure to E_ADDR_IN_USE / E_CONFIG naming HOST:PORT; anything else is returned as is. */
export function listenError(e: unknown, listen: string): unknown {
  const err = e instanceof CustosError ? e.cause : e;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return new CustosError(
      'E_ADDR_IN_USE',
      `${listen} is already in use (another custos or another program listens there): stop it, or give --listen HOST:PORT`,
      { listen },
      { cause: err },
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'EACCES' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    const why = code === 'EACCES' ? 'permission denied (ports below 1024 need privileges)' : 'no such local address';
    return new CustosError('E_CONFIG', `cannot listen on ${listen}: ${why} (${code})`, { listen }, { cause: err });
  }
  return e;
}

/** Run `start` (which binds `listen`), turning a socket error into an operator error. */
export async function listening<T>(listen: string, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (e) {
    throw listenError(e, listen);
  }
}
