import { describe, expect, it } from 'vitest';
import { deliverySeconds, newerSummary, progressSegments } from './delivery-progress.model.js';
import { summaryOf } from './alert.test-data.js';

describe('delivery progress', () => {
  it('splits the bar by outcome and estimates the remaining time from the rate', () => {
    const bar = progressSegments(summaryOf());
    expect(bar).toMatchObject({ sent: 50, failed: 5, removed: 2.5, pending: 42.5, done: 57.5, finished: false, etaSeconds: 5 });
  });

  it('is finished when nothing is pending', () => {
    const bar = progressSegments(summaryOf({ sent: 190, failed: 5, removed: 5, pending: 0, ratePerSecond: 0, finishedAt: '2026-09-05T02:00:12.500Z' }));
    expect(bar).toMatchObject({ done: 100, finished: true, etaSeconds: null });
    expect(deliverySeconds(summaryOf({ finishedAt: '2026-09-05T02:00:12.500Z' }))).toBe(12.5);
  });

  it('treats an alert that reached nobody as finished, without dividing by zero', () => {
    const bar = progressSegments(summaryOf({ targeted: 0, sent: 0, failed: 0, removed: 0, pending: 0, finishedAt: '2026-09-05T02:00:00.000Z' }));
    expect(bar).toMatchObject({ sent: 0, done: 100, finished: true });
  });

  it('keeps the newest summary when events and fetches cross', () => {
    const old = summaryOf({ sent: 10, at: '2026-09-05T02:00:01.000Z' });
    const fresh = summaryOf({ sent: 20, at: '2026-09-05T02:00:02.000Z' });
    expect(newerSummary(fresh, old).sent).toBe(20);
    expect(newerSummary(old, fresh).sent).toBe(20);
    expect(newerSummary(undefined, old).sent).toBe(10);
    expect(newerSummary(fresh, summaryOf({ alertId: 'other', sent: 1 })).sent).toBe(1);
  });
});
