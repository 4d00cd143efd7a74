import { describe, expect, it } from 'vitest';
import { isTeamSilent } from './team-silence.js';

const now = new Date('2026-09-06T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('isTeamSilent', () => {
  it('flags a deployed unit not heard from for longer than the limit', () => {
    expect(isTeamSilent({ readiness: 'deployed', hasOpenTask: false, lastCheckInAt: minutesAgo(31), outSince: minutesAgo(120) }, now, 30)).toBe(true);
    expect(isTeamSilent({ readiness: 'deployed', hasOpenTask: false, lastCheckInAt: minutesAgo(29), outSince: minutesAgo(120) }, now, 30)).toBe(false);
  });

  it('flags a unit at base with an open task too', () => {
    expect(isTeamSilent({ readiness: 'standby', hasOpenTask: true, lastCheckInAt: null, outSince: minutesAgo(45) }, now, 30)).toBe(true);
  });

  it('counts from when the unit went out when it never checked in', () => {
    expect(isTeamSilent({ readiness: 'deployed', hasOpenTask: false, lastCheckInAt: null, outSince: minutesAgo(10) }, now, 30)).toBe(false);
    expect(isTeamSilent({ readiness: 'deployed', hasOpenTask: false, lastCheckInAt: null, outSince: null }, now, 30)).toBe(true);
  });

  it('never flags a unit at base with nothing open', () => {
    for (const readiness of ['standby', 'resting', 'unavailable'] as const) {
      expect(isTeamSilent({ readiness, hasOpenTask: false, lastCheckInAt: null, outSince: null }, now, 30)).toBe(false);
    }
  });
});
