/** Retry-After when a push service sends 429 without one, or with one we cannot read. */
export const DEFAULT_RETRY_AFTER_MS = 60_000;
/** Upper bound, so a broken or hostile header cannot park a host for days. */
export const MAX_RETRY_AFTER_MS = 3_600_000;

/**
 * Reads an HTTP Retry-After value (RFC 9110 §10.2.3): delay-seconds or an HTTP date. Returns milliseconds from
 * `now`, at least 0, capped at MAX_RETRY_AFTER_MS; DEFAULT_RETRY_AFTER_MS when missing or unreadable.
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number = Date.now()): number {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return DEFAULT_RETRY_AFTER_MS;
  let ms: number;
  if (/^\d+$/.test(text)) {
    ms = Number(text) * 1000;
  } else {
    // An HTTP date names a weekday and month; anything else (e.g. "-5", which Date.parse reads as a year) is junk.
    const at = /^[A-Za-z]{3},/.test(text) ? Date.parse(text) : Number.NaN;
    if (Number.isNaN(at)) return DEFAULT_RETRY_AFTER_MS;
    ms = at - now;
  }
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms));
}
