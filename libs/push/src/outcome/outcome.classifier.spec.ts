import { PRIVATE_ADDRESS_ERROR_CODE } from '../endpoint-guard/guarded-lookup.js';
import { classifyNetworkError, classifyResponse } from './outcome.classifier.js';
import { DEFAULT_RETRY_AFTER_MS, MAX_RETRY_AFTER_MS, parseRetryAfter } from './retry-after.js';

describe('classifyResponse', () => {
  it.each([
    [201, 'sent'],
    [202, 'sent'],
    [404, 'gone'],
    [410, 'gone'],
    [413, 'rejected'],
    [400, 'rejected'],
    [401, 'rejected'],
    [403, 'rejected'],
    [429, 'throttled'],
    [408, 'retry'],
    [500, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
    [504, 'retry'],
  ])('%i → %s', (status, kind) => {
    const outcome = classifyResponse(status);
    expect(outcome.kind).toBe(kind);
    expect(outcome.status).toBe(status);
    expect(outcome.reason).toMatch(new RegExp(`^${status}`));
  });

  it('keeps a short reason from the body', () => {
    expect(classifyResponse(413, undefined, 'Payload\n too   large ' + 'x'.repeat(500)).reason).toMatch(/^413 Payload Too Large: Payload too large x+$/);
    expect(classifyResponse(413, undefined, 'x'.repeat(500)).reason.length).toBeLessThanOrEqual(230);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-09-01T00:00:00Z');
    expect(classifyResponse(429, '30', '', now).retryAfterMs).toBe(30_000);
    expect(classifyResponse(429, 'Tue, 01 Sep 2026 00:02:00 GMT', '', now).retryAfterMs).toBe(120_000);
    expect(classifyResponse(429, undefined, '', now).retryAfterMs).toBe(DEFAULT_RETRY_AFTER_MS);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-09-01T00:00:00Z');
  it('handles past dates, garbage and huge values', () => {
    expect(parseRetryAfter('Mon, 31 Aug 2026 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBe(DEFAULT_RETRY_AFTER_MS);
    expect(parseRetryAfter('-5', now)).toBe(DEFAULT_RETRY_AFTER_MS);
    expect(parseRetryAfter('999999999', now)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter(['7', '9'], now)).toBe(7000);
  });
});

describe('classifyNetworkError', () => {
  it('retries resets and timeouts, rejects a private address found at connect time', () => {
    expect(classifyNetworkError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toEqual({
      kind: 'retry',
      status: null,
      reason: 'ECONNRESET: socket hang up',
    });
    expect(classifyNetworkError(Object.assign(new Error('x resolves to 10.0.0.1'), { code: PRIVATE_ADDRESS_ERROR_CODE })).kind).toBe('rejected');
  });
});
