import { PRIVATE_ADDRESS_ERROR_CODE } from '../endpoint-guard/guarded-lookup.js';
import type { DeliveryOutcome } from './delivery-outcome.js';
import { parseRetryAfter } from './retry-after.js';

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function describe(status: number, detail?: string): string {
  const base = `${status}${STATUS_TEXT[status] ? ' ' + STATUS_TEXT[status] : ''}`;
  const short = detail?.replace(/\s+/g, ' ').trim().slice(0, 200);
  return short ? `${base}: ${short}` : base;
}

/**
 * Maps a push service's answer (RFC 8030 §5, RFC 8292 §4) to what the pipeline does next:
 * 201/202 sent; 404/410 gone (remove the subscription); 429 throttled for Retry-After; 5xx and 408 retry with
 * backoff; 400, 401, 403, 413 and any other 4xx rejected (permanent, raise an alarm: our request is wrong).
 */
export function classifyResponse(status: number, retryAfter?: string | string[], detail?: string, now?: number): DeliveryOutcome {
  const reason = describe(status, detail);
  if (status === 201 || status === 202 || status === 200) return { kind: 'sent', status, reason };
  if (status === 404 || status === 410) return { kind: 'gone', status, reason };
  if (status === 429) return { kind: 'throttled', status, reason, retryAfterMs: parseRetryAfter(retryAfter, now) };
  if (status >= 500 || status === 408) return { kind: 'retry', status, reason };
  return { kind: 'rejected', status, reason };
}

/** Maps a failure without a response (timeout, reset, refused connection, DNS) to retry or rejected. */
export function classifyNetworkError(err: unknown): DeliveryOutcome {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const message = err instanceof Error ? err.message : String(err);
  if (code === PRIVATE_ADDRESS_ERROR_CODE) {
    return { kind: 'rejected', status: null, reason: `refused at connect time: ${message}` };
  }
  return { kind: 'retry', status: null, reason: code ? `${code}: ${message}`.slice(0, 200) : message.slice(0, 200) };
}
