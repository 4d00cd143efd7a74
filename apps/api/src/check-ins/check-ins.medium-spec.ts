import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CheckIn, CheckInList, Team } from '@app/contracts';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { insertStaff, type TestStaff } from '../auth/testing/staff-fixtures.js';
import { api, createFieldTestApp, createTeam } from '../teams/testing/field-test-app.js';
import { insertFieldCast, minutesAgo, UNKNOWN_ID } from '../testing/field-ops-fixtures.js';

describe('check-ins: position and status from the field (api)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let operator: TestStaff;
  let inspector: TestStaff;
  let twoTeams: TestStaff;
  let crewLead: TestStaff;
  let liaison: TestStaff;
  let teamA: Team;
  let teamB: Team;
  let as: ReturnType<typeof api>['as'];

  const counts = async () =>
    (
      await sql.query(`SELECT (SELECT count(*) FROM check_ins)::int AS "checkIns", (SELECT count(*) FROM audit_log)::int AS audits,
                              (SELECT count(*) FROM realtime_events)::int AS events`)
    )[0];
  const body = (extra: object = {}) => ({ clientId: randomUUID(), location: { lat: 22.131, lon: 113.541, accuracyMeters: 12 }, status: 'on-task', note: 'Drain at Rua 3 clear', recordedAt: minutesAgo(2), ...extra });
  const checkIn = (who: TestStaff, b: object) => as(who).post('/api/check-ins', b);

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createFieldTestApp(db.url);
    sql = app.get(DataSource);
    as = api(app).as;
    // `twoTeams` is a member of both units.
    ({ operator, inspector, otherInspector: twoTeams, crewLead, liaison } = await insertFieldCast(app, 'ci', ['operator', 'inspector', 'otherInspector', 'crewLead', 'liaison']));
    teamA = await createTeam(app, operator, { name: 'INS-A', staff: [inspector, twoTeams] });
    teamB = await createTeam(app, operator, { kind: 'rescue', name: 'Crew B', staff: [crewLead, twoTeams] });
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('stores a check-in once: 201, 200 with the same check-in on a resend, 409 for the same clientId with another body', async () => {
    const b = body();
    const first = await checkIn(inspector, b).expect(201);
    const stored = first.body as CheckIn;
    expect(stored).toMatchObject({
      clientId: b.clientId,
      teamId: teamA.id,
      userId: inspector.id,
      userName: 'Ho Ka Yan',
      location: { lat: 22.131, lon: 113.541, accuracyMeters: 12 },
      status: 'on-task',
      note: 'Drain at Rua 3 clear',
      recordedAt: b.recordedAt,
    });
    const [audit] = await sql.query(`SELECT action, actor_id FROM audit_log WHERE entity_type = 'check_in' AND entity_id = $1`, [stored.id]);
    expect(audit).toEqual({ action: 'check_in.created', actor_id: inspector.id });
    const events = await sql.query(`SELECT room, event FROM realtime_events WHERE event IN ('ops.check-in', 'ops.team') ORDER BY seq DESC LIMIT 2`);
    expect(events).toEqual(expect.arrayContaining([{ room: 'hq', event: 'ops.check-in' }, { room: 'hq', event: 'ops.team' }]));

    const before = await counts();
    expect((await checkIn(inspector, b).expect(200)).body).toEqual(stored);
    for (const change of [{ status: 'ok' }, { note: 'Different' }, { location: { lat: 22.2, lon: 113.541 } }, { recordedAt: minutesAgo(3) }]) {
      const conflict = await checkIn(inspector, { ...b, ...change }).expect(409);
      expect(conflict.body).toMatchObject({ code: 'check_in_client_id_reused', message: expect.stringContaining('new clientId') });
    }
    expect(await counts()).toEqual(before);
    // Client ids belong to one account: another member may happen to use the same one.
    expect((await checkIn(crewLead, b).expect(201)).body.teamId).toBe(teamB.id);
  });

  it('stores one row when copies of a check-in arrive at the same time', async () => {
    const b = body();
    const before = await counts();
    const answers = await Promise.all(Array.from({ length: 5 }, () => checkIn(inspector, b)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const after = await counts();
    expect([after.checkIns - before.checkIns, after.audits - before.audits]).toEqual([1, 1]);
  });

  it('refuses positions out of range, future and stale times and malformed bodies with 400, storing nothing', async () => {
    const before = await counts();
    const attempts: [object, string, RegExp][] = [
      [body({ location: { lat: 90.5, lon: 113.5 } }), 'validation_failed', /location.lat must be between -90 and 90/],
      [body({ location: { lat: 22.1, lon: 180.01 } }), 'validation_failed', /location.lon must be between -180 and 180/],
      [body({ location: { lat: 22.1, lon: 113.5, accuracyMeters: -1 } }), 'validation_failed', /accuracyMeters/],
      [body({ location: { lat: '22.1', lon: 113.5 } }), 'validation_failed', /location.lat must be a number/],
      [body({ location: undefined }), 'validation_failed', /location must be an object/],
      [body({ recordedAt: new Date(Date.now() + 10 * 60_000).toISOString() }), 'check_in_recorded_at_in_future', /in the future/],
      [body({ recordedAt: new Date(Date.now() - 8 * 24 * 3600_000).toISOString() }), 'check_in_recorded_at_too_old', /more than 7 days old/],
      [body({ recordedAt: 'yesterday' }), 'validation_failed', /recordedAt must be an ISO 8601/],
      [body({ status: 'lost' }), 'validation_failed', /status must be one of/],
      [body({ clientId: 'short' }), 'validation_failed', /clientId must be 8 to 64/],
      [body({ note: 'x'.repeat(301) }), 'validation_failed', /note must be at most 300/],
      [body({ userId: operator.id }), 'validation_failed', /property userId should not exist/],
    ];
    for (const [b, code, message] of attempts) {
      const res = await checkIn(inspector, b);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code });
      expect(res.body.message).toMatch(message);
    }
    // A check-in queued offline for most of a week is still taken.
    await checkIn(inspector, body({ recordedAt: new Date(Date.now() - 6 * 24 * 3600_000).toISOString() })).expect(201);
    expect((await counts()).checkIns).toBe(before.checkIns + 1);
  });

  it('files a check-in under the member\'s team; another team\'s id is 404, several teams need a teamId', async () => {
    const before = await counts();
    const foreign = await checkIn(inspector, body({ teamId: teamB.id })).expect(404);
    expect(foreign.body).toMatchObject({ code: 'team_not_found', message: `There is no team with id ${teamB.id}.` });
    expect((await checkIn(inspector, body({ teamId: UNKNOWN_ID })).expect(404)).body.message).toBe(`There is no team with id ${UNKNOWN_ID}.`);
    expect((await checkIn(twoTeams, body()).expect(400)).body.code).toBe('check_in_team_required');
    const stranger = await insertStaff(app, { username: 'insp3.ci', role: 'inspector' });
    expect((await checkIn(stranger, body()).expect(403)).body.code).toBe('check_in_no_team');
    expect((await checkIn(operator, body()).expect(400)).body.code).toBe('check_in_team_required');
    expect((await checkIn(operator, body({ teamId: UNKNOWN_ID })).expect(404)).body.code).toBe('team_not_found');
    await checkIn(liaison, body({ teamId: teamA.id })).expect(403);
    expect(await counts()).toEqual(before);

    expect((await checkIn(twoTeams, body({ teamId: teamB.id })).expect(201)).body.teamId).toBe(teamB.id);
    const onBehalf = (await checkIn(operator, body({ teamId: teamA.id, status: 'need-assistance' })).expect(201)).body as CheckIn;
    expect(onBehalf).toMatchObject({ teamId: teamA.id, userId: operator.id, status: 'need-assistance' });
  });

  it('lists check-ins newest first for the HQ, by team; not for field roles or the liaison', async () => {
    const older = (await checkIn(crewLead, body({ recordedAt: minutesAgo(30) })).expect(201)).body as CheckIn;
    const newer = (await checkIn(crewLead, body({ recordedAt: minutesAgo(1) })).expect(201)).body as CheckIn;
    const list = (await as(operator).get(`/api/check-ins?teamId=${teamB.id}`).expect(200)).body as CheckInList;
    expect(list.items.every((c) => c.teamId === teamB.id)).toBe(true);
    const ids = list.items.map((c) => c.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect((await as(operator).get('/api/check-ins?limit=1').expect(200)).body.items).toHaveLength(1);
    await as(operator).get('/api/check-ins?limit=0').expect(400);
    await as(operator).get('/api/check-ins?teamId=nope').expect(400);
    await as(inspector).get('/api/check-ins').expect(403);
    await as(crewLead).get(`/api/check-ins?teamId=${teamB.id}`).expect(403);
    await as(liaison).get('/api/check-ins').expect(403);

    // The team list shows the newest position (by when it was made, not when it arrived).
    await checkIn(crewLead, body({ recordedAt: minutesAgo(20), location: { lat: 22.0, lon: 113.0 } })).expect(201);
    const team = (await as(operator).get('/api/teams').expect(200)).body.items.find((t: Team) => t.id === teamB.id) as Team;
    expect(team.lastPosition).toMatchObject({ at: newer.recordedAt, lat: 22.131, byName: 'Lei Sio Kei' });
  });
});
