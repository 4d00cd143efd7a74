import { admissionRefusal, capacityRefusal, departureRefusal, freePlaces } from './shelter-occupancy.js';
import { applyWelfareCheck, isLatestCheck, needsFollowUp } from './welfare-outcome.rules.js';
import { recordedAtProblem } from './offline-record.rules.js';
import { selectsResident, welfareCheckActionProblems, welfareCheckSelection } from './welfare-check.action.js';

describe('shelter occupancy', () => {
  const shelter = { capacity: 10, occupancy: 8, open: true };

  it('admits people up to the capacity exactly, then refuses naming the free places', () => {
    expect(admissionRefusal(shelter, 2)).toBeNull();
    expect(admissionRefusal(shelter, 3)).toEqual({ code: 'shelter_full', message: expect.stringMatching(/has 2 free places \(8 of 10 taken\); 3 cannot move in/) });
    expect(admissionRefusal({ ...shelter, occupancy: 9 }, 2)?.message).toMatch(/has 1 free place \(/);
  });

  it('refuses a closed shelter whatever its room', () => {
    expect(admissionRefusal({ ...shelter, occupancy: 0, open: false }, 1)?.code).toBe('shelter_closed');
  });

  it('lets people leave down to zero, never below', () => {
    expect(departureRefusal(shelter, 8)).toBeNull();
    expect(departureRefusal(shelter, 9)).toEqual({ code: 'shelter_departure_exceeds_occupancy', message: 'Only 8 people are in this shelter; 9 cannot leave.' });
    expect(departureRefusal({ occupancy: 1 }, 2)?.message).toBe('Only 1 person is in this shelter; 2 cannot leave.');
  });

  it('keeps the capacity at or above the people inside, and free places never negative', () => {
    expect(capacityRefusal(shelter, 8)).toBeNull();
    expect(capacityRefusal(shelter, 7)?.code).toBe('shelter_capacity_below_occupancy');
    expect(freePlaces({ capacity: 5, occupancy: 7 })).toBe(0);
    expect(freePlaces(shelter)).toBe(2);
  });
});

describe('welfare outcomes', () => {
  const at = (iso: string) => new Date(iso);

  it('takes the latest check by when it was made, not when it arrived', () => {
    let state = applyWelfareCheck({ lastOutcome: null, lastCheckedAt: null }, { outcome: 'not-reached', recordedAt: at('2024-09-06T08:00:00Z') });
    expect(state).toEqual({ lastOutcome: 'not-reached', lastCheckedAt: at('2024-09-06T08:00:00Z') });
    state = applyWelfareCheck(state, { outcome: 'safe', recordedAt: at('2024-09-06T09:00:00Z') });
    expect(state.lastOutcome).toBe('safe');
    // A check made earlier that was queued offline arrives now: stored elsewhere, the newer outcome stays.
    expect(applyWelfareCheck(state, { outcome: 'needs-help', recordedAt: at('2024-09-06T08:30:00Z') })).toBe(state);
    expect(isLatestCheck(state, at('2024-09-06T09:00:00Z'))).toBe(true);
  });

  it('flags needs-help and not-reached for follow-up', () => {
    expect(['safe', 'needs-help', 'moved', 'not-reached', null].map((o) => needsFollowUp(o as never))).toEqual([false, true, false, true, false]);
  });
});

describe('recordedAt of records queued offline', () => {
  const now = new Date('2024-09-06T10:00:00Z');
  it('accepts the past week and a small clock skew, refuses the future and older records', () => {
    expect(recordedAtProblem(new Date('2024-09-06T10:01:00Z'), now)).toBeNull();
    expect(recordedAtProblem(new Date('2024-08-31T10:00:00Z'), now)).toBeNull();
    expect(recordedAtProblem(new Date('2024-09-06T10:05:00Z'), now)).toMatch(/in the future/);
    expect(recordedAtProblem(new Date('2024-08-29T10:00:00Z'), now)).toMatch(/more than 7 days old/);
    expect(recordedAtProblem(new Date('nope'), now)).toMatch(/ISO 8601/);
  });
});

describe('welfare-check action of a playbook rule', () => {
  it('selects by area and by any shared kind; absent means every one', () => {
    const everyone = welfareCheckSelection({});
    expect(everyone).toEqual({ areas: null, kinds: null });
    expect(selectsResident(everyone, { areaId: 'hetang', kinds: ['child'] })).toBe(true);
    const lowLying = welfareCheckSelection({ areas: ['xiaohengqin'], kinds: ['low-lying-home', 'bedridden'] });
    expect(selectsResident(lowLying, { areaId: 'xiaohengqin', kinds: ['elderly-alone', 'bedridden'] })).toBe(true);
    expect(selectsResident(lowLying, { areaId: 'hetang', kinds: ['bedridden'] })).toBe(false);
    expect(selectsResident(lowLying, { areaId: 'xiaohengqin', kinds: ['child'] })).toBe(false);
  });

  it('reports empty lists, unknown areas and kinds, and repeats', () => {
    expect(welfareCheckActionProblems('rule r', { areas: null, kinds: ['disabled'] }, ['hetang'])).toEqual([]);
    expect(welfareCheckActionProblems('rule r', { areas: [], kinds: [] }, ['hetang'])).toEqual([
      'rule r: welfareChecks.areas is empty (leave it out or null for every area)',
      'rule r: welfareChecks.kinds is empty (leave it out for every kind)',
    ]);
    expect(welfareCheckActionProblems('rule r', { areas: ['moon', 'hetang', 'hetang'], kinds: ['giant' as never] }, ['hetang'])).toEqual([
      'rule r: welfareChecks.areas names an unknown area moon',
      'rule r: welfareChecks.areas lists an area twice',
      'rule r: welfareChecks.kinds names an unknown kind giant',
    ]);
  });
});
