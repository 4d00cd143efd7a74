import { describe, expect, it } from 'vitest';
import { checkCheckInRecordedAt } from './check-in-time.js';

const now = new Date('2026-09-06T12:00:00Z');

describe('checkCheckInRecordedAt', () => {
  it('accepts now, a little clock skew, and up to 7 days back', () => {
    expect(checkCheckInRecordedAt('2026-09-06T12:00:00Z', now).toISOString()).toBe('2026-09-06T12:00:00.000Z');
    expect(() => checkCheckInRecordedAt('2026-09-06T12:01:59Z', now)).not.toThrow();
    expect(() => checkCheckInRecordedAt('2026-08-30T12:00:01Z', now)).not.toThrow();
  });

  it('refuses the future, older than 7 days, and non-dates', () => {
    expect(() => checkCheckInRecordedAt('2026-09-06T12:05:00Z', now)).toThrow(expect.objectContaining({ code: 'check_in_recorded_at_in_future' }));
    expect(() => checkCheckInRecordedAt('2026-08-30T11:59:59Z', now)).toThrow(expect.objectContaining({ code: 'check_in_recorded_at_too_old' }));
    expect(() => checkCheckInRecordedAt('yesterday', now)).toThrow(expect.objectContaining({ code: 'check_in_recorded_at_invalid' }));
  });
});
