import { describe, expect, it } from 'vitest';
import { entryCondition, groupBanner, groupByAuthority, heldEntries, isNewerBoard } from './board-model.js';
import { board, entry, level } from './board.test-data.js';

describe('entry condition (which banner a track gets)', () => {
  it('says "in force" or "none" only when the source is fresh', () => {
    expect(entryCondition({ freshness: 'fresh', level: level('8SE', 3), lastCheckedAt: null })).toEqual({ kind: 'in-force' });
    expect(entryCondition({ freshness: 'fresh', level: null, lastCheckedAt: null })).toEqual({ kind: 'none' });
  });

  it('never turns a stale or unknown track into "no signal", with or without a last known level', () => {
    for (const freshness of ['stale', 'unknown'] as const) {
      for (const lvl of [null, level('3', 2)]) {
        const condition = entryCondition({ freshness, level: lvl, lastCheckedAt: '2024-09-05T10:00:00Z' });
        expect(condition.kind).toBe(freshness);
        expect(condition).toMatchObject({ lastAnsweredAt: '2024-09-05T10:00:00Z', lastKnown: lvl !== null });
      }
    }
  });
});

describe('grouping by authority', () => {
  const smg8 = entry({ authority: 'smg', hazard: 'tropical-cyclone', level: level('8SE', 3) });
  const smgRain = entry({ authority: 'smg', hazard: 'rainstorm', includedIn: { hazard: 'tropical-cyclone', level: '8SE' } });
  const smgSurge = entry({ authority: 'smg', hazard: 'storm-surge' });
  const gdTyphoon = entry({ authority: 'gd-zhuhai', hazard: 'typhoon', level: level('orange', 4, '#F57C00', 'orange') });
  const gdRain = entry({ authority: 'gd-zhuhai', hazard: 'rainstorm', level: level('yellow', 1, '#F5C400', 'yellow') });
  const gdFog = entry({ authority: 'gd-zhuhai', hazard: 'fog' });

  it('keeps each authority in its own column, in board order, never mixing scales', () => {
    const groups = groupByAuthority(board([smg8, gdTyphoon, smgSurge, gdFog, smgRain, gdRain]), { showHolds: false });
    expect(groups.map((g) => g.authority)).toEqual(['smg', 'gd-zhuhai']);
    for (const group of groups) {
      expect([...group.cards, ...group.quiet].every((e) => e.authority === group.authority)).toBe(true);
    }
  });

  it('shows signals in force first, highest first; quiet fresh tracks are listed, not carded', () => {
    const [gd, smg] = groupByAuthority(board([gdRain, gdFog, gdTyphoon, smgSurge, smgRain, smg8]), { showHolds: false });
    expect(smg!.cards.map((e) => e.hazard)).toEqual(['tropical-cyclone', 'rainstorm']);
    expect(smg!.quiet.map((e) => e.hazard)).toEqual(['storm-surge']);
    expect(gd!.cards.map((e) => e.hazard)).toEqual(['typhoon', 'rainstorm']);
    expect(gd!.quiet.map((e) => e.hazard)).toEqual(['fog']);
  });

  it('cards a stale or unknown track with a last known level; lists level-less ones apart from "no signal"', () => {
    const unknownFog = { ...gdFog, freshness: 'unknown' as const };
    const staleRain = { ...gdRain, freshness: 'stale' as const };
    const staleNothing = { ...gdRain, hazard: 'haze', level: null, freshness: 'stale' as const };
    const [gd] = groupByAuthority(board([staleNothing, staleRain, unknownFog, gdTyphoon]), { showHolds: false });
    expect(gd!.cards.map((e) => `${e.hazard}:${e.freshness}`)).toEqual(['typhoon:fresh', 'rainstorm:stale']);
    expect(gd!.unclear.map((e) => `${e.hazard}:${e.freshness}`)).toEqual(['haze:stale', 'fog:unknown']);
    expect(gd!.quiet).toEqual([]);
  });

  it('lists level-less tracks of an authority that is not answering at all, instead of a card each', () => {
    const down = [gdTyphoon, gdFog].map((e) => ({ ...e, freshness: 'unknown' as const }));
    const [gd] = groupByAuthority(board([down[0]!, { ...down[1]!, level: null }]), { showHolds: false });
    expect(gd!.cards.map((e) => e.hazard)).toEqual(['typhoon']);
    expect(gd!.unclear.map((e) => e.hazard)).toEqual(['fog']);
    expect(gd!.quiet).toEqual([]);
  });

  it('cards a held reading only where holds are shown (HQ)', () => {
    const held = { ...smgSurge, held: { level: 'red', action: 'issue' as const, source: 'feed' as const, receivedAt: '2024-09-05T14:00:00Z', reasons: [] } };
    expect(groupByAuthority(board([held]), { showHolds: true })[0]!.cards).toHaveLength(1);
    expect(groupByAuthority(board([held]), { showHolds: false })[0]!.quiet).toHaveLength(1);
    expect(heldEntries(board([held, smg8]))).toEqual([held]);
  });

  it('puts a banner on the authority only when none of its sources is fresh', () => {
    const down = [smg8, smgSurge].map((e) => ({ ...e, freshness: 'stale' as const }));
    const [smg, gd] = groupByAuthority(board([...down, gdTyphoon]), { showHolds: false });
    expect(smg!.banner).toEqual({ freshness: 'stale', lastAnsweredAt: '2024-09-05T14:00:00.000Z' });
    expect(gd!.banner).toBeUndefined();
  });
});

describe('authority banner', () => {
  it('takes the worst state and the newest readable answer', () => {
    expect(
      groupBanner([
        { freshness: 'stale', lastCheckedAt: '2024-09-05T10:00:00Z' },
        { freshness: 'unknown', lastCheckedAt: '2024-09-05T11:00:00Z' },
        { freshness: 'stale', lastCheckedAt: null },
      ]),
    ).toEqual({ freshness: 'unknown', lastAnsweredAt: '2024-09-05T11:00:00Z' });
    expect(groupBanner([{ freshness: 'unknown', lastCheckedAt: null }])).toEqual({ freshness: 'unknown', lastAnsweredAt: null });
    expect(groupBanner([])).toBeUndefined();
  });
});

describe('board order', () => {
  it('takes a board generated later and refuses an older one (a slow fetch never undoes a live update)', () => {
    const older = board([], '2024-09-05T14:00:00Z');
    const newer = board([], '2024-09-05T14:00:01Z');
    expect(isNewerBoard(newer, older)).toBe(true);
    expect(isNewerBoard(older, newer)).toBe(false);
    expect(isNewerBoard(older, undefined)).toBe(true);
    expect(isNewerBoard(board([], 'not a time'), older)).toBe(false);
  });
});
