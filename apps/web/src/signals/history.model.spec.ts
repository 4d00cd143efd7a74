import { describe, expect, it } from 'vitest';
import type { SignalHistoryEntry } from '@app/contracts';
import { mergeHistory } from './history.model.js';

const change = (id: string, receivedAt: string, level: string | null = '8SE'): SignalHistoryEntry => ({
  id,
  authority: 'smg',
  area: 'macau',
  hazard: 'tropical-cyclone',
  level,
  previousLevel: null,
  action: 'issue',
  issuedAt: null,
  receivedAt,
  source: 'feed',
  freshness: 'fresh',
});

describe('timeline merge', () => {
  it('puts the newest first and shows a change that arrived both live and by refetch once', () => {
    const fetched = [change('2', '2024-09-05T14:00:00Z'), change('1', '2024-09-05T12:00:00Z')];
    const live = change('3', '2024-09-05T15:00:00Z');
    const merged = mergeHistory(mergeHistory([], fetched, 10), [live], 10);
    expect(merged.map((c) => c.id)).toEqual(['3', '2', '1']);
    expect(mergeHistory(merged, [live, fetched[0]!], 10).map((c) => c.id)).toEqual(['3', '2', '1']);
  });

  it('keeps at most the limit', () => {
    const many = Array.from({ length: 5 }, (_, i) => change(String(i), `2024-09-05T1${i}:00:00Z`));
    expect(mergeHistory([], many, 3).map((c) => c.id)).toEqual(['4', '3', '2']);
  });
});
