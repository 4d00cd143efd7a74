import { HAZARD_REPORT_STATES, type HazardReportState, type HazardReportTransitionRequest } from '@app/contracts';
import { HAZARD_NEXT_STATES, planHazardTransition, type HazardTransitionActor } from './hazard-report-lifecycle.policy.js';

const HQ: HazardTransitionActor = { hq: true, memberOfAssignedTeam: false };
const TEAM: HazardTransitionActor = { hq: false, memberOfAssignedTeam: true };
const OTHER_FIELD: HazardTransitionActor = { hq: false, memberOfAssignedTeam: false };
const TEAM_ID = 'c0a80101-0000-4000-8000-000000000001';
const OTHER_ID = 'c0a80101-0000-4000-8000-000000000002';

const report = (state: HazardReportState, teamId: string | null = state === 'reported' ? null : TEAM_ID) => ({ id: 'r1', state, teamId });
/** The input each target needs. */
const requestFor = (to: HazardReportState): HazardReportTransitionRequest => {
  if (to === 'assigned') return { to, teamId: TEAM_ID };
  if (to === 'duplicate') return { to, reason: 'Same tree as report 12', duplicateOf: OTHER_ID };
  if (to === 'rejected') return { to, reason: 'Nothing found on site' };
  return { to };
};

describe('hazard report lifecycle', () => {
  it('walks reported → assigned → rectifying → rectified → verified', () => {
    const path: HazardReportState[] = ['reported', 'assigned', 'rectifying', 'rectified', 'verified'];
    for (let i = 0; i < path.length - 1; i++) {
      expect(planHazardTransition(report(path[i]), requestFor(path[i + 1]), HQ)).toMatchObject({ from: path[i], to: path[i + 1], teamId: TEAM_ID });
    }
  });

  it('closes any open report as duplicate or rejected, with the reason kept', () => {
    for (const from of ['reported', 'assigned', 'rectifying'] as const) {
      expect(planHazardTransition(report(from), requestFor('duplicate'), HQ)).toMatchObject({ to: 'duplicate', duplicateOf: OTHER_ID, reason: 'Same tree as report 12' });
      expect(planHazardTransition(report(from), requestFor('rejected'), HQ)).toMatchObject({ to: 'rejected', reason: 'Nothing found on site', duplicateOf: null });
    }
  });

  it('refuses every step the lifecycle does not have (409), naming where the report can go', () => {
    for (const from of HAZARD_REPORT_STATES) {
      for (const to of HAZARD_REPORT_STATES) {
        if (HAZARD_NEXT_STATES[from].includes(to)) continue;
        expect(() => planHazardTransition(report(from), requestFor(to), HQ)).toThrow(
          expect.objectContaining({ kind: 'conflict', code: 'hazard_transition_not_allowed' }),
        );
      }
    }
    expect(() => planHazardTransition(report('verified'), { to: 'rejected', reason: 'x' }, HQ)).toThrow(/closed and does not move/);
    expect(() => planHazardTransition(report('reported'), { to: 'verified' }, HQ)).toThrow(/can move to assigned, duplicate, rejected/);
  });

  it('lets the assigned team take only its own two steps', () => {
    expect(planHazardTransition(report('assigned'), { to: 'rectifying' }, TEAM)).toMatchObject({ to: 'rectifying' });
    expect(planHazardTransition(report('rectifying'), { to: 'rectified' }, TEAM)).toMatchObject({ to: 'rectified' });
    for (const [from, to] of [
      ['reported', 'assigned'],
      ['rectified', 'verified'],
      ['assigned', 'rejected'],
      ['rectifying', 'duplicate'],
    ] as const) {
      expect(() => planHazardTransition(report(from), requestFor(to), TEAM)).toThrow(expect.objectContaining({ kind: 'forbidden', code: 'hazard_transition_forbidden' }));
    }
    expect(() => planHazardTransition(report('assigned'), { to: 'rectifying' }, OTHER_FIELD)).toThrow(/member of the team the report is assigned to/);
  });

  it.each<[string, HazardReportState, HazardReportTransitionRequest, string]>([
    ['a rejection without a reason', 'reported', { to: 'rejected' }, 'hazard_reason_required'],
    ['a rejection with a blank reason', 'reported', { to: 'rejected', reason: '   ' }, 'hazard_reason_required'],
    ['a reason over 500 characters', 'reported', { to: 'rejected', reason: 'x'.repeat(501) }, 'hazard_reason_too_long'],
    ['a duplicate without the original', 'reported', { to: 'duplicate', reason: 'same' }, 'hazard_duplicate_of_required'],
    ['a duplicate of itself', 'reported', { to: 'duplicate', reason: 'same', duplicateOf: 'r1' }, 'hazard_duplicate_of_self'],
    ['duplicateOf on another step', 'assigned', { to: 'rectifying', duplicateOf: OTHER_ID }, 'hazard_duplicate_of_unexpected'],
    ['an assignment without a team', 'reported', { to: 'assigned' }, 'hazard_team_required'],
    ['teamId on another step', 'assigned', { to: 'rectifying', teamId: OTHER_ID }, 'hazard_team_unexpected'],
  ])('refuses %s (400)', (_what, from, request, code) => {
    expect(() => planHazardTransition(report(from), request, HQ)).toThrow(expect.objectContaining({ kind: 'invalid', code }));
  });
});
