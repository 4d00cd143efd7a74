import { describe, expect, it } from 'vitest';
import { checkInTeamId, needsTeamChoice, teamOptions } from './check-in-team.model.js';

describe('the team of a check-in', () => {
  const teams = [
    { id: 'b', name: 'RES-02' },
    { id: 'a', name: 'INS-07' },
  ];

  it('offers the account’s teams and those of its tasks once each, by name', () => {
    expect(teamOptions(teams, [{ teamId: 'a', teamName: 'INS-07 (old name)' }, { teamId: 'c', teamName: 'INS-01' }])).toEqual([
      { id: 'c', name: 'INS-01' },
      { id: 'a', name: 'INS-07' },
      { id: 'b', name: 'RES-02' },
    ]);
  });

  it('asks a member of several teams, even without tasks, and not a member of one', () => {
    expect(needsTeamChoice(teamOptions(teams, []))).toBe(true);
    expect(needsTeamChoice(teamOptions([teams[0]!], []))).toBe(false);
    expect(needsTeamChoice(teamOptions([], []))).toBe(false);
  });

  it('sends the remembered choice only while it is still one of the teams', () => {
    const options = teamOptions(teams, []);
    expect(checkInTeamId(options, 'b')).toBe('b');
    expect(checkInTeamId(options, 'gone')).toBeUndefined();
    expect(checkInTeamId(options, '')).toBeUndefined();
    expect(checkInTeamId(teamOptions([teams[0]!], []), 'b')).toBeUndefined();
  });
});
