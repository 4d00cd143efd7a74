import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../../test-fixtures/fixture-paths.js';
import { assessFreshness } from './signal-freshness.js';
import { parseSmgDocument } from './smg/smg-document.parser.js';

const hour = 3_600_000;

describe('assessFreshness', () => {
  const result = parseSmgDocument(sharedFixture('smg', 'c_typhoon_none.xml'));
  const publishedAt = result.ok ? result.document.pubDate : null;

  it('is fresh within the limit and stale beyond it', () => {
    expect(publishedAt).toBe('2024-09-04T01:00:00.000Z');
    const published = Date.parse(publishedAt!);
    expect(assessFreshness({ publishedAt, now: new Date(published + hour), staleAfterMs: 3 * hour })).toBe('fresh');
    expect(assessFreshness({ publishedAt, now: new Date(published + 3 * hour), staleAfterMs: 3 * hour })).toBe('fresh');
    expect(assessFreshness({ publishedAt, now: new Date(published + 3 * hour + 1), staleAfterMs: 3 * hour })).toBe('stale');
  });

  it('treats a stale pubdate of a "no signal" file as stale, not as reassurance', () => {
    expect(assessFreshness({ publishedAt, now: new Date('2025-06-01T00:00:00Z'), staleAfterMs: 3 * hour })).toBe('stale');
  });

  it('is unknown without a time, with an unreadable one, or one far in the future', () => {
    const now = new Date('2024-09-04T01:00:00Z');
    expect(assessFreshness({ publishedAt: null, now, staleAfterMs: hour })).toBe('unknown');
    expect(assessFreshness({ publishedAt: 'soon', now, staleAfterMs: hour })).toBe('unknown');
    expect(assessFreshness({ publishedAt: '2024-09-04T02:00:00Z', now, staleAfterMs: hour })).toBe('unknown');
    expect(assessFreshness({ publishedAt: '2024-09-04T01:05:00Z', now, staleAfterMs: hour })).toBe('fresh');
  });
});
