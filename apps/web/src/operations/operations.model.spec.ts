import { describe, expect, it } from 'vitest';
import { EMPTY_OPS, isOpsEvent, opsReducer, upsertById } from './operations.model.js';
import { checkIn, envelope, kpis, later, overview, report, shelter, T0, task, team } from './ops.test-data.js';

const loaded = opsReducer(EMPTY_OPS, {
  type: 'overview',
  overview: overview({ teams: [team('ins-1'), team('crew-1', { kind: 'rescue' })], openTasks: [task('t1')], hazards: [report('r1')], shelters: [shelter('s1')] }),
});

describe('operations reducer', () => {
  it('takes the overview as the whole picture, stamped with its time', () => {
    expect(loaded.teams.map((t) => t.id)).toEqual(['ins-1', 'crew-1']);
    expect(loaded.tasks).toHaveLength(1);
    expect(loaded.kpis?.peopleMoved).toBe(120);
    expect(loaded.updated).toEqual({ overview: T0, teams: T0, tasks: T0, hazards: T0, shelters: T0 });
  });

  it('adds a new hazard report from ops.report and updates an existing one', () => {
    const added = opsReducer(loaded, { type: 'event', envelope: envelope('ops.report', { report: report('r2', { severity: 'critical', updatedAt: later(1) }) }, later(1)) });
    expect(added.hazards.map((h) => h.id)).toEqual(['r1', 'r2']);
    expect(added.updated.hazards).toBe(later(1));
    const moved = opsReducer(added, { type: 'event', envelope: envelope('ops.report', { report: report('r1', { state: 'assigned', teamId: 'ins-1', updatedAt: later(2) }) }, later(2)) });
    expect(moved.hazards.find((h) => h.id === 'r1')?.state).toBe('assigned');
    expect(moved.hazards).toHaveLength(2);
  });

  it('ignores an older copy arriving after a newer one (late or replayed events)', () => {
    const newer = opsReducer(loaded, { type: 'event', envelope: envelope('ops.task', { task: task('t1', { state: 'on-site', updatedAt: later(5) }) }, later(5)) });
    const stale = opsReducer(newer, { type: 'event', envelope: envelope('ops.task', { task: task('t1', { state: 'en-route', updatedAt: later(3) }) }, later(3)) });
    expect(stale.tasks[0]!.state).toBe('on-site');
    expect(stale.updated.tasks).toBe(later(5));
  });

  it('applying the same event twice changes nothing more than once', () => {
    const e = envelope('ops.team', { team: team('ins-1', { readiness: 'deployed', updatedAt: later(1) }) }, later(1));
    const once = opsReducer(loaded, { type: 'event', envelope: e });
    expect(opsReducer(once, { type: 'event', envelope: e })).toEqual(once);
  });

  it('moves a team to its newest check-in and ends its silence, but not to an older one', () => {
    const silent = opsReducer(loaded, { type: 'teams', teams: [team('ins-1', { silent: true, updatedAt: later(1), lastPosition: { lat: 22.1, lon: 113.5, at: later(1), byName: 'Lei' } })] });
    const moved = opsReducer(silent, { type: 'event', envelope: envelope('ops.check-in', { checkIn: checkIn('ins-1', later(10)) }, later(10)) });
    const ins = moved.teams.find((t) => t.id === 'ins-1')!;
    expect(ins.lastPosition).toEqual({ lat: 22.14, lon: 113.55, at: later(10), byName: 'Chan' });
    expect(ins.silent).toBe(false);
    // A check-in queued offline and sent late does not move the team back.
    const old = opsReducer(moved, { type: 'event', envelope: envelope('ops.check-in', { checkIn: checkIn('ins-1', later(5), { location: { lat: 0, lon: 0, accuracyMeters: null } }) }, later(11)) });
    expect(old).toBe(moved);
  });

  it('ignores a check-in of a team it does not know', () => {
    expect(opsReducer(loaded, { type: 'event', envelope: envelope('ops.check-in', { checkIn: checkIn('nobody', later(1)) }) })).toBe(loaded);
  });

  it('replaces the figures only with newer ones', () => {
    const fresh = opsReducer(loaded, { type: 'event', envelope: envelope('ops.kpis', { kpis: kpis({ openHazards: 9, at: later(2) }) }) });
    expect(fresh.kpis?.openHazards).toBe(9);
    const stale = opsReducer(fresh, { type: 'event', envelope: envelope('ops.kpis', { kpis: kpis({ openHazards: 1, at: later(1) }) }) });
    expect(stale.kpis?.openHazards).toBe(9);
  });

  it('updates shelter occupancy from ops.shelter', () => {
    const next = opsReducer(loaded, { type: 'event', envelope: envelope('ops.shelter', { shelter: shelter('s1', { occupancy: 180, updatedAt: later(4) }) }, later(4)) });
    expect(next.shelters[0]!.occupancy).toBe(180);
    expect(next.updated.shelters).toBe(later(4));
  });

  it('a reload keeps closed tasks fetched for the list and drops open ones the overview no longer has', () => {
    const withClosed = opsReducer(loaded, { type: 'tasks', tasks: [task('t0', { state: 'done' }), task('t9', { state: 'en-route' })] });
    const reloaded = opsReducer(withClosed, { type: 'overview', overview: overview({ at: later(3), openTasks: [task('t1')], teams: [team('ins-1')] }) });
    expect(reloaded.tasks.map((t) => t.id).sort()).toEqual(['t0', 't1']);
    // crew-1 is gone from the server's answer, so it is gone here too.
    expect(reloaded.teams.map((t) => t.id)).toEqual(['ins-1']);
  });

  it('a reload does not undo a newer event that arrived while it was in flight', () => {
    const newer = opsReducer(loaded, { type: 'event', envelope: envelope('ops.team', { team: team('ins-1', { readiness: 'deployed', updatedAt: later(5) }) }, later(5)) });
    const reloaded = opsReducer(newer, { type: 'overview', overview: overview({ at: later(4), teams: [team('ins-1', { updatedAt: later(4) })] }) });
    expect(reloaded.teams[0]!.readiness).toBe('deployed');
  });

  it('recognises ops events among other events', () => {
    expect(isOpsEvent(envelope('ops.kpis', { kpis: kpis() }))).toBe(true);
    expect(isOpsEvent({ seq: 1, room: 'hq', event: 'notice.created', payload: {} as never, at: T0 })).toBe(false);
  });
});

describe('upsertById', () => {
  it('appends unknown ids in order and keeps the list when nothing comes', () => {
    const list = [{ id: 'a', at: T0 }];
    expect(upsertById(list, [], (x) => x.at)).toBe(list);
    expect(upsertById(list, [{ id: 'b', at: T0 }, { id: 'a', at: later(1) }], (x) => x.at)).toEqual([{ id: 'a', at: later(1) }, { id: 'b', at: T0 }]);
  });
});
