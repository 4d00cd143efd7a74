import { describe, expect, it } from 'vitest';
import { ALL_TEAMS, filterHazards, filterTasks, filterTeams, needsClosedReports, needsClosedTasks, nextReportStates, OPEN_HAZARDS, transitionNeeds } from './ops-filters.js';
import { later, report, task, team } from './ops.test-data.js';

describe('list filters', () => {
  const teams = [team('b'), team('a', { kind: 'rescue', readiness: 'deployed' }), team('c', { silent: true, readiness: 'deployed' })];

  it('filters teams by kind, readiness and silence, silent first then by name', () => {
    expect(filterTeams(teams, ALL_TEAMS).map((t) => t.id)).toEqual(['c', 'a', 'b']);
    expect(filterTeams(teams, { ...ALL_TEAMS, kind: 'rescue' }).map((t) => t.id)).toEqual(['a']);
    expect(filterTeams(teams, { ...ALL_TEAMS, readiness: 'deployed' }).map((t) => t.id)).toEqual(['c', 'a']);
    expect(filterTeams(teams, { ...ALL_TEAMS, silentOnly: true }).map((t) => t.id)).toEqual(['c']);
  });

  it('filters tasks by open, closed or one state, newest first', () => {
    const tasks = [task('t1'), task('t2', { state: 'done', updatedAt: later(5) }), task('t3', { state: 'on-site', updatedAt: later(2) })];
    expect(filterTasks(tasks, 'open').map((t) => t.id)).toEqual(['t3', 't1']);
    expect(filterTasks(tasks, 'closed').map((t) => t.id)).toEqual(['t2']);
    expect(filterTasks(tasks, 'on-site').map((t) => t.id)).toEqual(['t3']);
    expect(filterTasks(tasks, 'all')).toHaveLength(3);
    expect([needsClosedTasks('open'), needsClosedTasks('on-site'), needsClosedTasks('done'), needsClosedTasks('all')]).toEqual([false, false, true, true]);
  });

  it('filters hazards by state, category and severity, worst and oldest first', () => {
    const reports = [
      report('r1', { severity: 'low' }),
      report('r2', { severity: 'critical', category: 'flooding', recordedAt: later(3) }),
      report('r3', { severity: 'critical', recordedAt: later(1) }),
      report('r4', { state: 'verified' }),
    ];
    expect(filterHazards(reports, OPEN_HAZARDS).map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
    expect(filterHazards(reports, { ...OPEN_HAZARDS, category: 'flooding' }).map((r) => r.id)).toEqual(['r2']);
    expect(filterHazards(reports, { ...OPEN_HAZARDS, severity: 'low' }).map((r) => r.id)).toEqual(['r1']);
    expect(filterHazards(reports, { ...OPEN_HAZARDS, state: 'verified' }).map((r) => r.id)).toEqual(['r4']);
    expect(needsClosedReports(OPEN_HAZARDS)).toBe(false);
    expect(needsClosedReports({ ...OPEN_HAZARDS, state: 'assigned' })).toBe(false);
    expect(needsClosedReports({ ...OPEN_HAZARDS, state: 'all' })).toBe(true);
  });
});

describe('hazard report steps', () => {
  it('offers the next step forward, and closing while open', () => {
    expect(nextReportStates('reported')).toEqual(['assigned', 'duplicate', 'rejected']);
    expect(nextReportStates('rectifying')).toEqual(['rectified', 'duplicate', 'rejected']);
    expect(nextReportStates('rectified')).toEqual(['verified']);
    expect(nextReportStates('verified')).toEqual([]);
    expect(nextReportStates('rejected')).toEqual([]);
  });

  it('names what each step must carry', () => {
    expect(transitionNeeds('assigned')).toEqual({ team: true, reason: false, duplicateOf: false });
    expect(transitionNeeds('duplicate')).toEqual({ team: false, reason: true, duplicateOf: true });
    expect(transitionNeeds('rejected')).toEqual({ team: false, reason: true, duplicateOf: false });
    expect(transitionNeeds('verified')).toEqual({ team: false, reason: false, duplicateOf: false });
  });
});
