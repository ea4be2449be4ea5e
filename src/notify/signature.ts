/**
 * The webhook signature (docs/notifications.md): HMAC-SHA256 keyed by the
 * endpoint's secret string (its UTF-8 bytes) over `<timestamp>.<body>`,
 * sent as `x-custos-signature: v1=<hex>` beside `x-custos-timestamp`
 * (unix seconds). A receiver recomputes it over the raw body, compares in
 * constant time and refuses timestamps outside its tolerance.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_VERSION = 'v1';

/** The `x-custos-signature` value for a body sent at `timestamp` (unix seconds, as a string). */
export function signatureHeader(secret: string, timestamp: string, body: string): string {
  return `${SIGNATURE_VERSION}=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Check a delivery as a receiver would: the signature over the raw body and a
 * timestamp within `toleranceS` of `nowS`.
 *
 * @example verifySignature(secret, req.headers['x-custos-timestamp'], req.headers['x-custos-signature'], rawBody)
 */
export function verifySignature(
  secret: string,
  timestamp: string | undefined,
  signature: string | undefined,
  body: string,
  nowS = Math.floor(Date.now() / 1000),
  toleranceS = 300,
): boolean {
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp) || Math.abs(nowS - Number(timestamp)) > toleranceS) return false;
  const want = Buffer.from(signatureHeader(secret, timestamp, body));
  const got = Buffer.from(signature);
  return want.length === got.length && timingSafeEqual(want, got);
}
