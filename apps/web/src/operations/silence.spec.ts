import { describe, expect, it } from 'vitest';
import { withLocalSilence } from './silence.js';
import { later, T0, task, team } from './ops.test-data.js';

const at = (minutes: number) => Date.parse(later(minutes));
const seen = { lat: 22.1, lon: 113.5, at: T0, byName: 'Chan' };

describe('silence on the clock', () => {
  it('marks a deployed unit silent once its last check-in is older than the limit', () => {
    const teams = [team('a', { readiness: 'deployed', lastPosition: seen })];
    expect(withLocalSilence(teams, [], at(29), 30)[0]!.silent).toBe(false);
    expect(withLocalSilence(teams, [], at(30), 30)[0]!.silent).toBe(true);
  });

  it('counts a unit with an open task, but not one on standby with nothing to do or only closed tasks', () => {
    const teams = [team('a', { lastPosition: seen }), team('b', { lastPosition: seen })];
    const tasks = [task('t1', { teamId: 'a' }), task('t2', { teamId: 'b', state: 'done' })];
    expect(withLocalSilence(teams, tasks, at(60), 30).map((t) => t.silent)).toEqual([true, false]);
  });

  it('leaves the list as it is when nothing changes or no limit is known', () => {
    const teams = [team('a', { readiness: 'deployed', lastPosition: seen })];
    expect(withLocalSilence(teams, [], at(5), 30)).toBe(teams);
    expect(withLocalSilence(teams, [], at(500), undefined)).toBe(teams);
  });

  it('never clears a silence the server declared', () => {
    const teams = [team('a', { silent: true, lastPosition: { ...seen, at: later(10) } })];
    expect(withLocalSilence(teams, [], at(11), 30)[0]!.silent).toBe(true);
  });
});
