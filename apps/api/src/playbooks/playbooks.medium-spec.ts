import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import { LANGUAGES, type PlaybookRuleList, type PlaybookRun, type PlaybookTaskActionResult } from '@app/contracts';
import { AuditRepository, DatabaseModule, PlaybookRunRepository } from '@app/database';
import { PLAYBOOK_RULES, planPlaybookRuns } from '@app/domain';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { createApiTestApp } from '../auth/testing/api-test-app.js';
import { insertStaff, type TestStaff } from '../auth/testing/staff-fixtures.js';
import { PlaybooksModule } from './playbooks.module.js';

const UNKNOWN_ID = '0d9f4a52-6a53-4c6a-9a8e-00000000ffff';
let nextChangeId = 5000;

describe('playbook runs and tasks (api)', () => {
  const prefix = `t_pb_api_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let commander: TestStaff;
  let operator: TestStaff;
  let admin: TestStaff;
  const outsiders: Record<string, TestStaff> = {};

  /** Stores the runs a Macau signal change fires, as the worker does (the worker itself is tested on its own). */
  async function fire(previousLevel: string | null, level: string | null, hazard = 'tropical-cyclone'): Promise<PlaybookRun[]> {
    const change = { id: String(nextChangeId++), authority: 'smg', area: 'macau', hazard, previousLevel, level, action: 'update' as const };
    const runs = app.get(PlaybookRunRepository);
    const created = await sql.transaction((m) => runs.insertFired(m, { ...change, changeId: change.id }, planPlaybookRuns(change)));
    return runs.findByIds(created.map((run) => run.id));
  }

  const http = () => request(app.getHttpServer());
  const act = (who: TestStaff, taskId: string, action: 'acknowledge' | 'done', body?: object) => {
    const req = http().post(`/api/playbooks/tasks/${taskId}/${action}`).set('Authorization', `Bearer ${who.token}`);
    return body === undefined ? req : req.send(body);
  };
  const counts = async () =>
    (
      await sql.query(
        `SELECT (SELECT count(*) FROM audit_log)::int AS audits, (SELECT count(*) FROM realtime_events)::int AS events,
                (SELECT count(*) FROM playbook_tasks WHERE state <> 'open')::int AS touched, (SELECT count(*) FROM playbook_runs WHERE status = 'closed')::int AS closed`,
      )
    )[0];
  const announced = async (runId: string): Promise<PlaybookRun[]> =>
    (await sql.query(`SELECT payload FROM realtime_events WHERE room = 'hq' AND event = 'playbook.updated' AND payload->'run'->>'id' = $1 ORDER BY seq`, [runId])).map(
      (row: { payload: { run: PlaybookRun } }) => row.payload.run,
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApiTestApp({
      databaseUrl: db.url,
      env: { REDIS_URL: '', QUEUE_PREFIX: prefix },
      imports: [ConfigModule, DatabaseModule, AuthModule, AuditModule, PlaybooksModule],
    });
    sql = app.get(DataSource);
    commander = await insertStaff(app, { username: 'cmd.wong', role: 'commander', displayName: 'Wong Ka Ho' });
    operator = await insertStaff(app, { username: 'op.chan', role: 'operator', displayName: 'Chan Mei' });
    admin = await insertStaff(app, { username: 'adm.lam', role: 'admin', displayName: 'Lam Sio' });
    for (const role of ['inspector', 'crew_lead', 'liaison'] as const) outsiders[role] = await insertStaff(app, { username: `x.${role}`, role });
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('lists open runs with their tasks, newest first', async () => {
    const [crossBorder, school] = await fire('3', '8SE');
    const res = await http().get('/api/playbooks/runs').set('Authorization', `Bearer ${operator.token}`).expect(200);
    const items = res.body.items as PlaybookRun[];
    expect(items.map((run) => run.id)).toEqual(expect.arrayContaining([crossBorder.id, school.id]));
    const listed = items.find((run) => run.id === crossBorder.id)!;
    expect(listed).toMatchObject({ ruleId: 'smg-tc8-cross-border', status: 'open', trigger: { authority: 'smg', hazard: 'tropical-cyclone', level: '8SE' } });
    expect(listed.tasks.map((task) => task.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(listed.tasks[0]).toMatchObject({ state: 'open', acknowledgedBy: null, doneBy: null, note: null });
    expect(listed.title.en).toMatch(/Lotus Bridge/);
    const later = await fire(null, 'orange', 'storm-surge');
    const newest = (await http().get('/api/playbooks/runs?limit=1').set('Authorization', `Bearer ${commander.token}`).expect(200)).body.items as PlaybookRun[];
    expect(newest.map((run) => run.id)).toEqual([later[0].id]);
  });

  it('lists the rules as data in the four languages', async () => {
    const res = await http().get('/api/playbooks/rules').set('Authorization', `Bearer ${admin.token}`).expect(200);
    const { items } = res.body as PlaybookRuleList;
    expect(items.map((rule) => rule.id)).toEqual(PLAYBOOK_RULES.map((rule) => rule.id));
    for (const rule of items) for (const language of LANGUAGES) expect(rule.title[language]).not.toBe('');
    expect(items.find((rule) => rule.id === 'zhuhai-wind-response-i')!.triggers[0]).toMatchObject({ authority: 'gd-zhuhai', on: 'rise', level: 'red', upTo: null });
  });

  it('acknowledges, then completes a task, naming the user, auditing each step and announcing the run', async () => {
    const [run] = await fire('1', '8NE');
    const task = run.tasks[1];
    const ack = await act(operator, task.id, 'acknowledge').expect(200);
    expect((ack.body as PlaybookTaskActionResult).task).toMatchObject({ id: task.id, state: 'acknowledged', acknowledgedBy: 'Chan Mei', doneBy: null });

    const done = await act(commander, task.id, 'done', { note: '  Diversion signs up at the bridge approach\nstaff on site  ' }).expect(200);
    const result = done.body as PlaybookTaskActionResult;
    expect(result.task).toMatchObject({ state: 'done', acknowledgedBy: 'Chan Mei', doneBy: 'Wong Ka Ho', note: 'Diversion signs up at the bridge approach\nstaff on site' });
    expect(Date.parse(result.task.doneAt!)).toBeGreaterThanOrEqual(Date.parse(result.task.acknowledgedAt!));
    expect(result.run).toMatchObject({ id: run.id, status: 'open' });
    expect(result.run.tasks.find((t) => t.id === task.id)!.state).toBe('done');

    const audits = await sql.query(`SELECT action, actor_id, actor_name, summary, request_id FROM audit_log WHERE entity_type = 'playbook_task' AND entity_id = $1 ORDER BY id`, [task.id]);
    expect(audits.map((a: { action: string; actor_id: string }) => [a.action, a.actor_id])).toEqual([
      ['playbook.task_acknowledged', operator.id],
      ['playbook.task_done', commander.id],
    ]);
    expect(audits[1].summary).toMatchObject({ before: { state: 'acknowledged' }, after: { state: 'done', note: 'Diversion signs up at the bridge approach\nstaff on site' }, runId: run.id });
    expect(audits[1].request_id).toBeTruthy();
    const events = await announced(run.id);
    expect(events.map((e) => e.tasks.find((t) => t.id === task.id)!.state)).toEqual(['acknowledged', 'done']);
  });

  it('refuses a second done with 409 saying who did it, and changes nothing', async () => {
    const [run] = await fire('3', '8NW');
    const task = run.tasks[0];
    await act(commander, task.id, 'done').expect(200);
    const before = await counts();
    const res = await act(operator, task.id, 'done', { note: 'me too' }).expect(409);
    expect(res.body.code).toBe('playbook_task_already_done');
    expect(res.body.message).toMatch(/^This task is already done: Wong Ka Ho marked it done at \d{4}-\d\d-\d\dT/);
    const again = await act(operator, task.id, 'acknowledge').expect(409);
    expect(again.body.code).toBe('playbook_task_already_done');
    expect(await counts()).toEqual(before);
    const [stored] = await app.get(PlaybookRunRepository).findByIds([run.id]);
    expect(stored.tasks[0]).toMatchObject({ doneBy: 'Wong Ka Ho', note: null });
  });

  it('refuses acknowledging twice with 409', async () => {
    const [run] = await fire('3', '8SW');
    await act(operator, run.tasks[0].id, 'acknowledge').expect(200);
    const res = await act(commander, run.tasks[0].id, 'acknowledge').expect(409);
    expect(res.body).toMatchObject({ code: 'playbook_task_already_acknowledged' });
    expect(res.body.message).toMatch(/Chan Mei acknowledged it/);
  });

  it('closes the run when its last task is done, auditing the closing', async () => {
    const [run] = await fire(null, 'black', 'storm-surge');
    let last: PlaybookTaskActionResult | undefined;
    for (const task of run.tasks) last = (await act(admin, task.id, 'done').expect(200)).body;
    expect(last!.run.status).toBe('closed');
    expect(last!.run.tasks.every((task) => task.state === 'done' && task.doneBy === 'Lam Sio')).toBe(true);
    const closings = await sql.query(`SELECT actor_id, summary FROM audit_log WHERE action = 'playbook.run_closed' AND entity_id = $1`, [run.id]);
    expect(closings).toEqual([{ actor_id: admin.id, summary: expect.objectContaining({ after: { status: 'closed', reason: 'tasks_done' } }) }]);
    const open = (await http().get('/api/playbooks/runs').set('Authorization', `Bearer ${admin.token}`).expect(200)).body.items as PlaybookRun[];
    const closed = (await http().get('/api/playbooks/runs?status=closed').set('Authorization', `Bearer ${admin.token}`).expect(200)).body.items as PlaybookRun[];
    const all = (await http().get('/api/playbooks/runs?status=all&limit=200').set('Authorization', `Bearer ${admin.token}`).expect(200)).body.items as PlaybookRun[];
    expect(open.map((r) => r.id)).not.toContain(run.id);
    expect(closed.map((r) => r.id)).toContain(run.id);
    expect(all.map((r) => r.id)).toContain(run.id);
    expect((await announced(run.id)).at(-1)!.status).toBe('closed');
  });

  it('closes the run exactly once when its last two tasks are done at the same moment', async () => {
    const [run] = await fire('red', 'black', 'rainstorm');
    const [first, second, ...rest] = run.tasks;
    for (const task of rest) await act(admin, task.id, 'done').expect(200);
    const results = await Promise.all([act(operator, first.id, 'done'), act(commander, second.id, 'done')]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const closings = await sql.query(`SELECT id FROM audit_log WHERE action = 'playbook.run_closed' AND entity_id = $1`, [run.id]);
    expect(closings).toHaveLength(1);
    expect((await app.get(PlaybookRunRepository).findByIds([run.id]))[0].status).toBe('closed');
  });

  it('lets only one of two people completing the same task at once succeed', async () => {
    const [run] = await fire('1', '9');
    const results = await Promise.all([act(operator, run.tasks[2].id, 'done'), act(commander, run.tasks[2].id, 'done')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const audits = await sql.query(`SELECT id FROM audit_log WHERE action = 'playbook.task_done' AND entity_id = $1`, [run.tasks[2].id]);
    expect(audits).toHaveLength(1);
    expect((await app.get(AuditRepository).verifyChain()).firstBrokenId).toBeNull();
  });

  it('answers 404 for an unknown task and 400 for an id that is not a UUID', async () => {
    const notFound = await act(operator, UNKNOWN_ID, 'done').expect(404);
    expect(notFound.body).toMatchObject({ code: 'playbook_task_not_found', message: `There is no playbook task with id ${UNKNOWN_ID}.` });
    const bad = await act(operator, 'task-1', 'acknowledge').expect(400);
    expect(bad.body).toMatchObject({ code: 'invalid_task_id' });
    expect(bad.body.message).toMatch(/must be a UUID/);
  });

  it.each([
    ['a note over 500 characters', { note: 'x'.repeat(501) }, /note must be at most 500 characters long/],
    ['a blank note', { note: '   ' }, /note must not be blank/],
    ['a note that is not text', { note: 42 }, /note must be text/],
    ['a direction override in the note', { note: 'done \u202Eenod' }, /note must not contain control or text-direction characters/],
    ['a control character in the note', { note: 'done\u0007' }, /note must not contain control or text-direction characters/],
    ['a state field', { state: 'done' }, /property state should not exist/],
    ['a doneBy field', { note: 'ok', doneBy: 'Someone Else' }, /property doneBy should not exist/],
  ])('refuses %s with 400 and changes nothing', async (_what, body, message) => {
    const [run] = await fire(null, 'orange', 'storm-surge');
    const before = await counts();
    const res = await act(operator, run.tasks[0].id, 'done', body).expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('accepts a note of exactly 500 characters', async () => {
    const [run] = await fire(null, 'red', 'storm-surge');
    const res = await act(operator, run.tasks[0].id, 'done', { note: 'n'.repeat(500) }).expect(200);
    expect(res.body.task.note).toHaveLength(500);
  });

  it.each([
    ['status=pending', /status must be one of: open, closed, all/],
    ['limit=0', /limit must be at least 1/],
    ['limit=201', /limit must be at most 200/],
    ['limit=ten', /limit must be a whole number/],
    ['owner=me', /property owner should not exist/],
  ])('refuses the run list query %s with 400', async (query, message) => {
    const res = await http().get(`/api/playbooks/runs?${query}`).set('Authorization', `Bearer ${operator.token}`).expect(400);
    expect(res.body.message).toMatch(message);
  });

  it.each(['inspector', 'crew_lead', 'liaison'])('refuses the %s role with 403 on every playbook route', async (role) => {
    const [run] = await fire('3', '8SE');
    const who = outsiders[role];
    const before = await counts();
    for (const path of ['/api/playbooks/runs', '/api/playbooks/rules']) {
      expect((await http().get(path).set('Authorization', `Bearer ${who.token}`)).status).toBe(403);
    }
    expect((await act(who, run.tasks[0].id, 'acknowledge')).status).toBe(403);
    expect((await act(who, run.tasks[0].id, 'done')).status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('needs a token', async () => {
    await http().get('/api/playbooks/runs').expect(401);
    await http().post(`/api/playbooks/tasks/${UNKNOWN_ID}/done`).send({}).expect(401);
  });
});
