import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FieldTask, FieldTaskList, Team } from '@app/contracts';
import { FieldTaskRepository } from '@app/database';
import { countTrips } from '@app/domain';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { insertStaff, type TestStaff } from '../auth/testing/staff-fixtures.js';
import { api, createFieldTestApp, createTeam, nextPlate, TEST_AREA, TEST_PLACE } from '../teams/testing/field-test-app.js';
import { insertFieldCast, UNKNOWN_ID } from '../testing/field-ops-fixtures.js';

describe('field tasks: lifecycle, checklist, trip counters, access (api)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let operator: TestStaff;
  let commander: TestStaff;
  let inspector: TestStaff;
  let otherInspector: TestStaff;
  let crewLead: TestStaff;
  let liaison: TestStaff;
  let teamA: Team;
  let teamB: Team;
  let crew: Team;
  let as: ReturnType<typeof api>['as'];

  const counts = async () =>
    (
      await sql.query(`SELECT (SELECT count(*) FROM field_tasks)::int AS tasks, (SELECT count(*) FROM task_transitions)::int AS transitions,
                              (SELECT count(*) FROM audit_log)::int AS audits, (SELECT count(*) FROM realtime_events)::int AS events,
                              (SELECT md5(string_agg(f::text, ',' ORDER BY id)) FROM field_tasks f) AS digest`)
    )[0];
  const create = async (body: object, who = operator): Promise<FieldTask> => {
    const res = await as(who).post('/api/tasks', { kind: 'inspection', teamId: teamA.id, title: 'Check drains on Rua Principal', areaId: TEST_AREA, ...body });
    if (res.status !== 201) throw new Error(`task not created: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as FieldTask;
  };
  const move = (who: TestStaff, id: string, to: string, extra: object = {}) => as(who).post(`/api/tasks/${id}/transition`, { to, ...extra });
  const trips = () => app.get(FieldTaskRepository).tripTotals();

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createFieldTestApp(db.url);
    sql = app.get(DataSource);
    as = api(app).as;
    ({ operator, commander, inspector, otherInspector, crewLead, liaison } = await insertFieldCast(app, 'tasks', [
      'operator',
      'commander',
      'inspector',
      'otherInspector',
      'crewLead',
      'liaison',
    ]));
    teamA = await createTeam(app, operator, { name: 'INS-A', staff: [inspector], extra: 3, vehicles: [{ plate: nextPlate(), type: 'van', capacity: 8 }] });
    teamB = await createTeam(app, operator, { name: 'INS-B', staff: [otherInspector], extra: 1 });
    crew = await createTeam(app, operator, { kind: 'rescue', name: 'Crew 1', staff: [crewLead], extra: 5, vehicles: [{ plate: nextPlate(), type: 'boat', capacity: 10 }, { plate: nextPlate(), type: 'truck', capacity: 3 }] });
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('runs assigned → en route → on site → done, with history, audit, events to the HQ and the members, and counts one trip', async () => {
    const before = await trips();
    const task = await create({ checklist: ['Photograph drains', 'Clear debris'] });
    expect(task).toMatchObject({
      kind: 'inspection',
      teamId: teamA.id,
      teamName: 'INS-A',
      state: 'assigned',
      people: 4,
      vehicles: 1,
      areaId: TEST_AREA,
      assignedById: operator.id,
      assignedByName: 'Chan Mei',
      reason: null,
      history: [{ from: null, to: 'assigned', byName: 'Chan Mei', reason: null }],
    });
    expect(task.checklist.map((i) => [i.text, i.done])).toEqual([
      ['Photograph drains', false],
      ['Clear debris', false],
    ]);
    expect(await trips()).toEqual(before);

    expect((await move(inspector, task.id, 'en-route').expect(200)).body.state).toBe('en-route');
    expect(await trips()).toEqual({ trips: before.trips + 1, inspectorTrips: before.inspectorTrips + 4, vehicleTrips: before.vehicleTrips + 1 });
    await move(inspector, task.id, 'on-site').expect(200);
    const done = (await move(inspector, task.id, 'done').expect(200)).body as FieldTask;
    expect(done.state).toBe('done');
    expect(done.history.map((h) => [h.from, h.to, h.byName])).toEqual([
      [null, 'assigned', 'Chan Mei'],
      ['assigned', 'en-route', 'Ho Ka Yan'],
      ['en-route', 'on-site', 'Ho Ka Yan'],
      ['on-site', 'done', 'Ho Ka Yan'],
    ]);
    // Arriving and finishing add no trip.
    expect((await trips()).trips).toBe(before.trips + 1);
    const [row] = await sql.query(`SELECT en_route_at, on_site_at, closed_at FROM field_tasks WHERE id = $1`, [task.id]);
    expect(row.en_route_at <= row.on_site_at && row.on_site_at <= row.closed_at).toBe(true);

    const audits = await sql.query(`SELECT action, actor_id, summary FROM audit_log WHERE entity_type = 'field_task' AND entity_id = $1 ORDER BY id`, [task.id]);
    expect(audits.map((a: { action: string; summary: { after: { state?: string } } }) => [a.action, a.summary.after.state ?? null])).toEqual([
      ['field_task.created', null],
      ['field_task.transition', 'en-route'],
      ['field_task.transition', 'on-site'],
      ['field_task.transition', 'done'],
    ]);
    const events = await sql.query(`SELECT room, payload->'task'->>'state' AS state FROM realtime_events WHERE event = 'ops.task' AND payload->'task'->>'id' = $1 ORDER BY seq`, [task.id]);
    const rooms = (state: string) => events.filter((e: { state: string }) => e.state === state).map((e: { room: string }) => e.room).sort();
    expect(rooms('done')).toEqual(['hq', `user:${inspector.id}`]);
    expect(rooms('assigned')).toEqual(['hq', `user:${inspector.id}`]);

    // Nothing moves a closed task.
    const closed = await move(operator, task.id, 'cannot-complete', { reason: 'late' }).expect(409);
    expect(closed.body.code).toBe('task_closed');
  });

  it('closes as cannot-complete with a reason: counts a trip only when the unit had left', async () => {
    const before = await trips();
    const left = await create({ teamId: crew.id, kind: 'rescue', title: 'Evacuate Rua do Canal' });
    expect(left).toMatchObject({ people: 6, vehicles: 2 });
    await move(crewLead, left.id, 'en-route').expect(200);
    const missing = await move(crewLead, left.id, 'cannot-complete').expect(400);
    expect(missing.body).toMatchObject({ code: 'task_reason_required', message: expect.stringContaining('reason is required') });
    const failed = (await move(crewLead, left.id, 'cannot-complete', { reason: '  Road flooded at the bridge  ' }).expect(200)).body as FieldTask;
    expect(failed).toMatchObject({ state: 'cannot-complete', reason: 'Road flooded at the bridge' });
    expect(failed.history.at(-1)).toMatchObject({ from: 'en-route', to: 'cannot-complete', reason: 'Road flooded at the bridge', byName: 'Lei Sio Kei' });

    const never = await create({ teamId: crew.id, kind: 'rescue', title: 'Stand by at school', people: 2, vehicles: 0 });
    await move(operator, never.id, 'cannot-complete', { reason: 'Crew sent elsewhere' }).expect(200);
    expect(await trips()).toEqual({ trips: before.trips + 1, inspectorTrips: before.inspectorTrips + 6, vehicleTrips: before.vehicleTrips + 2 });
  });

  it('counts trips from stored tasks the same way as the domain rule, and by period', async () => {
    const a = await create({ people: 3, vehicles: 2 });
    const b = await create({ people: 7, vehicles: 0 });
    await move(inspector, a.id, 'en-route').expect(200);
    await move(inspector, b.id, 'en-route').expect(200);
    const rows = await sql.query(`SELECT people, vehicles, en_route_at AS "enRouteAt" FROM field_tasks`);
    const expected = countTrips(rows);
    expect(await trips()).toEqual(expected);
    const future = await app.get(FieldTaskRepository).tripTotals({ from: new Date(Date.now() + 60_000), to: new Date(Date.now() + 120_000) });
    expect(future).toEqual({ trips: 0, inspectorTrips: 0, vehicleTrips: 0 });
    const recent = await app.get(FieldTaskRepository).tripTotals({ from: new Date(Date.now() - 60_000), to: new Date(Date.now() + 60_000) });
    expect(recent.trips).toBe(expected.trips);
  });

  it('refuses skipped and backward steps with 409 and changes nothing', async () => {
    const task = await create({});
    const before = await counts();
    expect((await move(operator, task.id, 'done').expect(409)).body).toMatchObject({ code: 'task_transition_not_allowed', message: expect.stringContaining('en-route, cannot-complete') });
    await move(operator, task.id, 'on-site').expect(409);
    await move(operator, task.id, 'assigned').expect(409);
    await move(operator, task.id, 'en-route', { reason: 'why not' }).expect(400);
    await move(operator, task.id, 'flying').expect(400);
    await move(operator, UNKNOWN_ID, 'en-route').expect(404);
    expect(await counts()).toEqual(before);
  });

  it('lets one of two phones moving a task at once win; the other gets 409 and no second trip is counted', async () => {
    const task = await create({});
    const before = await trips();
    const answers = await Promise.all([move(inspector, task.id, 'en-route'), move(operator, task.id, 'en-route')]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect((await trips()).trips).toBe(before.trips + 1);
    expect((await sql.query(`SELECT count(*)::int AS n FROM task_transitions WHERE task_id = $1`, [task.id]))[0].n).toBe(2);
  });

  it('applies a transition resent with the same clientId once; another move under that clientId is a 409', async () => {
    const task = await create({});
    const clientId = `tr-${Date.now()}`;
    const first = await move(inspector, task.id, 'en-route', { clientId }).expect(200);
    const before = await counts();
    const again = await move(inspector, task.id, 'en-route', { clientId }).expect(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    const reused = await move(inspector, task.id, 'on-site', { clientId }).expect(409);
    expect(reused.body.code).toBe('task_client_id_reused');
    expect(await counts()).toEqual(before);
    await move(inspector, task.id, 'on-site', { clientId: `${clientId}-2` }).expect(200);
  });

  it('ticks checklist lines with who and when, copies a playbook run\'s checklist, and refuses bad lines', async () => {
    const [run] = await sql.query(
      `INSERT INTO playbook_runs (rule_id, trigger_change_id, trigger_authority, trigger_area, trigger_hazard, trigger_level, title, summary)
       VALUES ('test-rule', '1', 'smg', 'macau', 'tropical-cyclone', '8SE', '{"en":"T8"}', '{"en":"T8"}') RETURNING id`,
    );
    for (const [position, zh] of [[1, '关闭莲花大桥'], [2, '检查排水']] as const) {
      await sql.query(`INSERT INTO playbook_tasks (run_id, position, title) VALUES ($1, $2, $3)`, [run.id, position, JSON.stringify({ 'zh-Hans': zh, 'zh-Hant': zh, pt: 'x', en: 'y' })]);
    }
    const task = await create({ playbookRunId: run.id, checklist: ['Report to HQ'] });
    expect(task.playbookRunId).toBe(run.id);
    expect(task.checklist.map((i) => i.text)).toEqual(['关闭莲花大桥', '检查排水', 'Report to HQ']);

    const item = task.checklist[1];
    const ticked = (await as(inspector).post(`/api/tasks/${task.id}/checklist/${item.id}`, { done: true }).expect(200)).body as FieldTask;
    expect(ticked.checklist[1]).toMatchObject({ id: item.id, done: true, doneBy: 'Ho Ka Yan', doneAt: expect.any(String) });
    const before = await counts();
    await as(inspector).post(`/api/tasks/${task.id}/checklist/${item.id}`, { done: true }).expect(200);
    expect(await counts()).toEqual(before);
    const unticked = (await as(operator).post(`/api/tasks/${task.id}/checklist/${item.id}`, { done: false }).expect(200)).body as FieldTask;
    expect(unticked.checklist[1]).toMatchObject({ done: false, doneBy: null, doneAt: null });
    expect(await sql.query(`SELECT summary->'after' AS after FROM audit_log WHERE action = 'field_task.checklist' AND entity_id = $1 ORDER BY id`, [task.id])).toEqual([
      { after: { done: true } },
      { after: { done: false } },
    ]);
    expect((await as(inspector).post(`/api/tasks/${task.id}/checklist/nope`, { done: true }).expect(404)).body.code).toBe('task_checklist_item_not_found');
    await as(inspector).post(`/api/tasks/${task.id}/checklist/${item.id}`, { done: 'yes' }).expect(400);

    await move(operator, task.id, 'cannot-complete', { reason: 'Called off' }).expect(200);
    expect((await as(inspector).post(`/api/tasks/${task.id}/checklist/${item.id}`, { done: true }).expect(409)).body.code).toBe('task_closed');

    const tooLong = await as(operator).post('/api/tasks', { kind: 'inspection', teamId: teamA.id, title: 'Too long', areaId: TEST_AREA, playbookRunId: run.id, checklist: Array.from({ length: 29 }, (_, i) => `Line ${i}`) }).expect(400);
    expect(tooLong.body.code).toBe('task_checklist_too_long');
  });

  it('refuses bad new tasks with a clear 4xx and stores nothing', async () => {
    const empty = await createTeam(app, operator, { name: 'INS-EMPTY' });
    const before = await counts();
    const base = { kind: 'inspection', teamId: teamA.id, title: 'A task', areaId: TEST_AREA };
    const attempts: [object, number, string][] = [
      [{ ...base, areaId: undefined }, 400, 'task_where_required'],
      [{ ...base, teamId: UNKNOWN_ID }, 400, 'task_team_unknown'],
      [{ ...base, areaId: 'no-such-area' }, 400, 'task_area_unknown'],
      [{ ...base, placeId: 'no-such-place' }, 400, 'task_place_unknown'],
      [{ ...base, areaId: undefined, location: { lat: 91, lon: 113.5 } }, 400, 'validation_failed'],
      [{ ...base, areaId: undefined, location: { lat: 22.1, lon: -181 } }, 400, 'validation_failed'],
      [{ ...base, playbookRunId: UNKNOWN_ID }, 400, 'task_playbook_run_unknown'],
      [{ ...base, hazardReportId: UNKNOWN_ID }, 400, 'task_hazard_report_unknown'],
      [{ ...base, vulnerableResidentId: UNKNOWN_ID }, 400, 'task_vulnerable_resident_unknown'],
      [{ ...base, teamId: empty.id }, 400, 'task_people_required'],
      [{ ...base, people: 0 }, 400, 'validation_failed'],
      [{ ...base, vehicles: -1 }, 400, 'validation_failed'],
      [{ ...base, title: '' }, 400, 'validation_failed'],
      [{ ...base, kind: 'party' }, 400, 'validation_failed'],
      [{ ...base, state: 'done' }, 400, 'validation_failed'],
      [{ ...base, checklist: ['ok', 'bad\nline'] }, 400, 'validation_failed'],
    ];
    for (const [body, status, code] of attempts) {
      const res = await as(operator).post('/api/tasks', body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status, code });
    }
    expect(await counts()).toEqual(before);
    // A place or a bare position is enough.
    expect((await create({ areaId: undefined, placeId: TEST_PLACE })).placeId).toBe(TEST_PLACE);
    expect((await create({ areaId: undefined, location: { lat: 22.14, lon: 113.55 } })).location).toEqual({ lat: 22.14, lon: 113.55 });
  });

  it('shows and lets field roles change only their own units\' tasks: another unit\'s task is 404 and unchanged', async () => {
    const own = await create({ title: 'Own task' });
    const foreign = await create({ teamId: teamB.id, title: 'Foreign task', checklist: ['x'] });
    const listOf = async (who: TestStaff, query = '') => ((await as(who).get(`/api/tasks${query}`).expect(200)).body as FieldTaskList).items.map((t) => t.id);

    const mine = await listOf(inspector, '?state=all');
    expect(mine).toContain(own.id);
    expect(mine).not.toContain(foreign.id);
    expect(await listOf(inspector, `?teamId=${teamB.id}&state=all`)).toEqual([]);
    expect(await listOf(otherInspector, '?state=all')).toEqual([foreign.id]);
    expect(await listOf(commander, `?teamId=${teamB.id}`)).toEqual([foreign.id]);
    await as(operator).get('/api/tasks?state=nope').expect(400);

    const before = await counts();
    for (const who of [inspector, crewLead]) {
      const res = await move(who, foreign.id, 'en-route').expect(404);
      expect(res.body).toMatchObject({ code: 'task_not_found', message: `There is no task with id ${foreign.id}.` });
      await as(who).post(`/api/tasks/${foreign.id}/checklist/${foreign.checklist[0].id}`, { done: true }).expect(404);
    }
    // An unknown id answers exactly like another unit's task.
    expect((await move(inspector, UNKNOWN_ID, 'en-route').expect(404)).body.message).toBe(`There is no task with id ${UNKNOWN_ID}.`);
    await as(inspector).post('/api/tasks', { kind: 'inspection', teamId: teamA.id, title: 'Self-assigned', areaId: TEST_AREA }).expect(403);
    for (const path of ['/api/tasks']) await as(liaison).get(path).expect(403);
    await move(liaison, own.id, 'en-route').expect(403);
    await as(liaison).post(`/api/tasks/${own.id}/checklist/x`, { done: true }).expect(403);
    expect(await counts()).toEqual(before);

    // The field account that is not on any roster sees nothing.
    const stranger = await insertStaff(app, { username: 'insp3.tasks', role: 'inspector' });
    expect(await listOf(stranger, '?state=all')).toEqual([]);
  });

  it('lists open tasks by default, closed ones on request', async () => {
    const open = await listStates('');
    expect(open.every((s) => s !== 'done' && s !== 'cannot-complete')).toBe(true);
    const closed = await listStates('?state=closed');
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((s) => s === 'done' || s === 'cannot-complete')).toBe(true);

    async function listStates(query: string) {
      return ((await as(operator).get(`/api/tasks${query}`).expect(200)).body as FieldTaskList).items.map((t) => t.state);
    }
  });
});
