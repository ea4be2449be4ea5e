/**
 * Byte helpers used at every boundary: hex parsing with named fields, length
 * checks, constant-time comparison and zeroing. No I/O.
 */
import { timingSafeEqual } from 'node:crypto';
import { badInput } from '../errors.js';

const HEX_RE = /^(?:0x)?((?:[0-9a-fA-F]{2})*)$/;

/** Parse hex (optional 0x prefix); `field` names the input in the error message. */
export function fromHex(hex: string, field = 'hex', expectedLength?: number): Uint8Array {
  const m = HEX_RE.exec(hex.trim());
  if (!m) throw badInput(`${field}: not valid hex`, { field });
  const bytes = Uint8Array.from(Buffer.from(m[1] ?? '', 'hex'));
  if (expectedLength !== undefined && bytes.length !== expectedLength) {
    throw badInput(`${field}: expected ${expectedLength} bytes, got ${bytes.length}`, { field });
  }
  return bytes;
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** Assert a byte array of a given length; `field` names it in the error. */
export function abytes(value: unknown, length: number | undefined, field: string): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new TypeError(`${field}: expected Uint8Array`);
  if (length !== undefined && value.length !== length) {
    throw new RangeError(`${field}: expected ${length} bytes, got ${value.length}`);
  }
  return value;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

export function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

/** Constant-time equality for equal-length inputs; false for different lengths. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Zero-fill buffers that held secrets (best effort: JS may have copied them). */
export function clean(...arrays: (Uint8Array | undefined | null)[]): void {
  for (const a of arrays) a?.fill(0);
}

/** Copy into a fresh Uint8Array (never a Buffer view into a shared pool). */
export function copyBytes(b: Uint8Array): Uint8Array {
  return Uint8Array.from(b);
}
