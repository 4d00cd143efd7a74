import { trackFreshness, type FreshnessInputs } from './signal-freshness.policy.js';

const now = new Date('2024-09-05T15:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const track = (change: Partial<FreshnessInputs> = {}): FreshnessInputs => ({
  authority: 'smg',
  receivedAt: minutesAgo(30),
  source: 'feed',
  checkedAt: minutesAgo(1),
  publishedAt: minutesAgo(5),
  failedAt: null,
  ...change,
});

describe('trackFreshness', () => {
  it('is fresh when the source answered readably within the staleness limit', () => {
    expect(trackFreshness(track(), now)).toBe('fresh');
  });

  it('is unknown before any reading, and when the source failed since its last good answer', () => {
    expect(trackFreshness(track({ receivedAt: null, checkedAt: null }), now)).toBe('unknown');
    expect(trackFreshness(track({ failedAt: minutesAgo(0) }), now)).toBe('unknown');
    expect(trackFreshness(track({ failedAt: minutesAgo(2) }), now)).toBe('fresh');
  });

  it('is stale when the last good answer or its publication time is older than 180 minutes', () => {
    expect(trackFreshness(track({ checkedAt: minutesAgo(181) }), now)).toBe('stale');
    expect(trackFreshness(track({ publishedAt: minutesAgo(181) }), now)).toBe('stale');
    expect(trackFreshness(track({ publishedAt: minutesAgo(179) }), now)).toBe('fresh');
  });

  it('distrusts a publication time far in the future', () => {
    expect(trackFreshness(track({ publishedAt: new Date(now.getTime() + 60 * 60_000) }), now)).toBe('unknown');
  });

  it('lets a manual entry stand while its feed fails, until it is stale itself', () => {
    expect(trackFreshness(track({ source: 'manual', failedAt: minutesAgo(0), publishedAt: minutesAgo(600) }), now)).toBe('fresh');
    expect(trackFreshness(track({ source: 'manual', checkedAt: minutesAgo(200) }), now)).toBe('stale');
  });
});
