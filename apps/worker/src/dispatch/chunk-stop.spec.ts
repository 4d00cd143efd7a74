import { stopReasonOf } from './alert-stop.watcher.js';
import { chunkStop, OUTCOME_WRITE_MARGIN_MS, sendDeadline } from './chunk-stop.js';

describe('chunk stop check', () => {
  const expiresAt = new Date('2026-09-01T12:00:00Z');
  const before = expiresAt.getTime() - 60_000;

  it('reads the reason from the alert state and the clock', () => {
    expect(stopReasonOf({ state: 'published', expiresAt }, before)).toBeNull();
    expect(stopReasonOf({ state: 'cancelled', expiresAt }, before)).toBe('cancelled');
    expect(stopReasonOf({ state: 'expired', expiresAt }, before)).toBe('expired');
    expect(stopReasonOf({ state: 'published', expiresAt }, expiresAt.getTime())).toBe('expired');
  });

  it('stops with cancelled or expired outcomes, and hands rows back once the deadline has passed', () => {
    let reason: 'cancelled' | 'expired' | null = null;
    let now = 1_000;
    const stop = chunkStop({ reason: () => reason }, 2_000, () => now);
    expect(stop()).toBeNull();
    now = 2_000;
    expect(stop()).toMatchObject({ kind: 'deferred', status: null, retryAfterMs: 0 });
    reason = 'expired';
    expect(stop()).toMatchObject({ kind: 'expired', status: null });
    reason = 'cancelled';
    expect(stop()).toMatchObject({ kind: 'cancelled', status: null });
  });

  it('leaves the push timeout and the outcome write before the lease ends, and at least half the lease to send', () => {
    expect(sendDeadline(0, 60_000, 10_000)).toBe(60_000 - 10_000 - OUTCOME_WRITE_MARGIN_MS);
    expect(sendDeadline(100, 60_000, 59_000)).toBe(100 + 30_000);
  });
});
