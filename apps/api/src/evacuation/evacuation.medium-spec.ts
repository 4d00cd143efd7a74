import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import type { Shelter, Transfer, VulnerableResident, WelfareCheck } from '@app/contracts';
import { DatabaseModule, ReferenceRepository } from '@app/database';
import { referenceData } from '@app/domain';
import { createTestDatabase, deleteRedisKeys, TEST_REDIS_URL, type TestDatabase } from '@app/testing';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { createApiTestApp } from '../auth/testing/api-test-app.js';
import { insertStaff, type TestStaff } from '../auth/testing/staff-fixtures.js';
import { insertTeamRows, minutesAgo } from '../testing/field-ops-fixtures.js';
import { EvacuationModule } from './evacuation.module.js';
import { SheltersSeedModule } from './shelters-seed.module.js';
import { SheltersSeeder } from './shelters.seeder.js';

type Method = 'get' | 'post' | 'patch';

describe('evacuation: vulnerable residents, welfare checks, shelters and transfers', () => {
  const prefix = `t_evacuation_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let admin: TestStaff;
  let operator: TestStaff;
  let commander: TestStaff;
  let liaison: TestStaff;
  let inspector: TestStaff;
  let otherInspector: TestStaff;
  let crewLead: TestStaff;
  let teamA: string;
  let teamB: string;

  const http = () => request(app.getHttpServer());
  const as = (who: TestStaff | undefined, method: Method, path: string, body?: object) => {
    let req = http()[method](path);
    if (who) req = req.set('Authorization', `Bearer ${who.token}`);
    return body === undefined ? req : req.send(body);
  };
  const stored = async () =>
    (
      await sql.query(`SELECT (SELECT count(*)::int FROM vulnerable_residents) AS residents, (SELECT count(*)::int FROM welfare_checks) AS checks,
                              (SELECT count(*)::int FROM shelters) AS shelters, (SELECT count(*)::int FROM transfers) AS transfers,
                              (SELECT count(*)::int FROM shelter_departures) AS departures, (SELECT coalesce(sum(occupancy), 0)::int AS occupancy FROM shelters) AS occupancy,
                              (SELECT count(*)::int FROM audit_log) AS audits`)
    )[0];

  const residentBody = (overrides: object = {}) => ({
    name: '陈婆婆',
    phone: '+86 138 0000 1111',
    address: '小横琴社区 3栋 102',
    areaId: 'xiaohengqin',
    location: { lat: 22.141, lon: 113.511 },
    kinds: ['elderly-alone', 'low-lying-home'],
    needs: 'Walking frame; speaks Cantonese',
    caseworker: 'Social worker Li',
    ...overrides,
  });
  const newResident = async (overrides: object = {}) => (await as(operator, 'post', '/api/vulnerable-residents', residentBody(overrides)).expect(201)).body as VulnerableResident;
  const newShelter = async (capacity: number, open = true) =>
    (
      await as(operator, 'post', '/api/shelters', {
        names: { 'zh-Hans': '临时避险点', 'zh-Hant': '臨時避險點', pt: 'Abrigo temporário', en: 'Temporary shelter' },
        areaId: 'hetang',
        location: { lat: 22.12, lon: 113.53 },
        capacity,
        open,
      }).expect(201)
    ).body as Shelter;
  const transfer = (who: TestStaff, body: object) => as(who, 'post', '/api/transfers', { clientId: randomUUID(), people: 1, recordedAt: minutesAgo(1), ...body });

  async function insertTask(teamId: string, residentId: string, kind = 'welfare-check'): Promise<string> {
    const [{ id }] = await sql.query(
      `INSERT INTO field_tasks (kind, team_id, title, area_id, people, assigned_by_name, vulnerable_resident_id) VALUES ($1, $2, 'Check on resident', 'xiaohengqin', 2, 'test', $3) RETURNING id`,
      [kind, teamId, residentId],
    );
    return id;
  }
  const closeTask = (taskId: string) =>
    sql.query(`UPDATE field_tasks SET state = 'done', en_route_at = now(), on_site_at = now(), closed_at = now() WHERE id = $1`, [taskId]);

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApiTestApp({
      databaseUrl: db.url,
      env: { LOG_LEVEL: 'error', REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix, DATABASE_POOL_SIZE: '12' },
      imports: [ConfigModule, DatabaseModule, AuthModule, AuditModule, EvacuationModule, SheltersSeedModule],
    });
    sql = app.get(DataSource);

    const data = referenceData();
    await sql.transaction(async (m) => {
      const reference = new ReferenceRepository(sql);
      await reference.upsertAreas(m, data.areas.map((a) => ({ id: a.id, kind: a.kind, names: a.names, geometry: a.outline, centroidLat: a.centroid.lat, centroidLon: a.centroid.lon })));
      await reference.upsertPlaces(m, data.places.map((p) => ({ id: p.id, kind: p.kind, names: p.names, lat: p.lat, lon: p.lon, areaId: p.areaId, capacity: p.capacity })));
    });
    admin = await insertStaff(app, { username: 'adm.evac', role: 'admin' });
    operator = await insertStaff(app, { username: 'op.evac', role: 'operator' });
    commander = await insertStaff(app, { username: 'cmd.evac', role: 'commander' });
    liaison = await insertStaff(app, { username: 'liaison.evac', role: 'liaison' });
    inspector = await insertStaff(app, { username: 'insp.evac', role: 'inspector' });
    otherInspector = await insertStaff(app, { username: 'insp2.evac', role: 'inspector' });
    crewLead = await insertStaff(app, { username: 'lead.evac', role: 'crew_lead' });
    teamA = await insertTeamRows(sql, 'INS-A', [inspector, crewLead]);
    teamB = await insertTeamRows(sql, 'INS-B', [otherInspector]);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await deleteRedisKeys(prefix, TEST_REDIS_URL);
  });

  describe('shelters', () => {
    it('seeds one closed shelter per reference shelter place, with its planned capacity; a second run adds nothing', async () => {
      const places = referenceData().places.filter((p) => p.kind === 'shelter');
      const seeder = app.get(SheltersSeeder);
      expect(await seeder.run()).toEqual([`Shelters: ${places.length} added from the reference places (closed until the HQ opens them).`]);
      const shelters = (await as(operator, 'get', '/api/shelters').expect(200)).body.items as Shelter[];
      for (const place of places) {
        expect(shelters.find((s) => s.placeId === place.id)).toMatchObject({ names: place.names, areaId: place.areaId, capacity: place.capacity, occupancy: 0, open: false, location: { lat: place.lat, lon: place.lon } });
      }
      const before = await stored();
      expect(await seeder.run()).toEqual([`Shelters: up to date (${places.length} shelters).`]);
      expect(await stored()).toEqual(before);
      expect((await sql.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'shelters.seeded'`))[0].n).toBe(1);
    });

    it('are created, opened and resized by HQ roles with an audit row each and an ops.shelter event to the hq room', async () => {
      const seq = Number((await sql.query(`SELECT coalesce(max(seq), 0) AS seq FROM realtime_events`))[0].seq);
      const shelter = await newShelter(50, false);
      expect(shelter).toMatchObject({ placeId: null, capacity: 50, occupancy: 0, open: false, areaId: 'hetang' });
      const opened = (await as(commander, 'patch', `/api/shelters/${shelter.id}`, { open: true, capacity: 60 }).expect(200)).body as Shelter;
      expect(opened).toMatchObject({ open: true, capacity: 60, names: shelter.names });
      const audits = await sql.query(`SELECT action, actor_id, summary FROM audit_log WHERE entity_type = 'shelter' AND entity_id = $1 ORDER BY id`, [shelter.id]);
      expect(audits.map((a: { action: string }) => a.action)).toEqual(['shelter.created', 'shelter.updated']);
      expect(audits[1]).toMatchObject({ actor_id: commander.id, summary: { before: { open: false, capacity: 50 }, after: { open: true, capacity: 60 } } });
      const events = await sql.query(`SELECT room, event, payload FROM realtime_events WHERE seq > $1 AND event = 'ops.shelter' ORDER BY seq`, [seq]);
      expect(events.map((e: { room: string; payload: { shelter: Shelter } }) => [e.room, e.payload.shelter.open])).toEqual([
        ['hq', false],
        ['hq', true],
      ]);

      await as(operator, 'patch', `/api/shelters/${randomUUID()}`, { open: true }).expect(404);
      const seeded = ((await as(operator, 'get', '/api/shelters').expect(200)).body.items as Shelter[]).find((s) => s.placeId)!;
      const body = { names: shelter.names, location: shelter.location, capacity: 10, placeId: seeded.placeId };
      expect((await as(operator, 'post', '/api/shelters', body).expect(409)).body.code).toBe('shelter_place_taken');
      expect((await as(operator, 'post', '/api/shelters', { ...body, placeId: 'no-such-place' }).expect(400)).body.code).toBe('shelter_place_unknown');
      // Occupancy moves only with transfers and departures.
      expect((await as(operator, 'post', '/api/shelters', { ...body, placeId: null, occupancy: 3 }).expect(400)).body.message).toMatch(/property occupancy should not exist/);
      expect((await as(operator, 'patch', `/api/shelters/${shelter.id}`, { occupancy: 0 }).expect(400)).body.message).toMatch(/property occupancy should not exist/);
    });

    it('are read by HQ, field units and the liaison, without any people data; not by anonymous callers', async () => {
      const resident = await newResident({ name: 'Liaison Must Not See', phone: '+853 6000 9999', address: 'Secret Street 9' });
      const shelter = await newShelter(20);
      await transfer(operator, { shelterId: shelter.id, vulnerableResidentId: resident.id }).expect(201);
      for (const who of [admin, operator, commander, inspector, crewLead, liaison]) {
        const body = (await as(who, 'get', '/api/shelters').expect(200)).body;
        expect(body.items.find((s: Shelter) => s.id === shelter.id)).toMatchObject({ occupancy: 1, capacity: 20 });
        const text = JSON.stringify(body);
        for (const secret of ['Liaison Must Not See', '6000 9999', 'Secret Street', resident.id]) expect(text).not.toContain(secret);
      }
      await as(undefined, 'get', '/api/shelters').expect(401);
      for (const who of [liaison, inspector, crewLead]) {
        expect((await as(who, 'post', '/api/shelters', {}).expect(403)).body.code).toBe('forbidden_role');
        await as(who, 'patch', `/api/shelters/${shelter.id}`, { open: false }).expect(403);
        await as(who, 'post', `/api/shelters/${shelter.id}/departures`, { people: 1 }).expect(403);
      }
    });
  });

  describe('vulnerable residents', () => {
    it('are registered and corrected by HQ roles, audited without contact data', async () => {
      const before = await stored();
      const resident = await newResident();
      expect(resident).toEqual({
        id: expect.any(String),
        ...residentBody(),
        lastOutcome: null,
        lastCheckedAt: null,
        shelterId: null,
        welfareCheckDueSince: null,
      });
      const patched = (await as(commander, 'patch', `/api/vulnerable-residents/${resident.id}`, { phone: null, kinds: ['bedridden'], location: null }).expect(200)).body as VulnerableResident;
      expect(patched).toMatchObject({ phone: null, kinds: ['bedridden'], location: null, name: resident.name, address: resident.address });
      expect(await stored()).toMatchObject({ residents: before.residents + 1, audits: before.audits + 2 });

      const audits = await sql.query(`SELECT action, summary FROM audit_log WHERE entity_type = 'vulnerable_resident' AND entity_id = $1 ORDER BY id`, [resident.id]);
      expect(audits.map((a: { action: string }) => a.action)).toEqual(['vulnerable_resident.created', 'vulnerable_resident.updated']);
      expect(audits[1].summary).toMatchObject({ changed: ['phone', 'location', 'kinds'], before: { kinds: ['elderly-alone', 'low-lying-home'] }, after: { kinds: ['bedridden'] } });
      const auditText = JSON.stringify(audits);
      for (const secret of [resident.name, resident.address, resident.phone!, String(resident.location!.lat)]) expect(auditText).not.toContain(secret);

      await as(operator, 'patch', `/api/vulnerable-residents/${randomUUID()}`, { needs: 'x' }).expect(404);
      expect((await as(operator, 'patch', `/api/vulnerable-residents/${resident.id}`, { name: null }).expect(400)).body.message).toMatch(/name must be a string/);
    });

    it('are listed by area and latest outcome for HQ roles; the liaison and anonymous callers get nothing', async () => {
      const hetang = await newResident({ areaId: 'hetang', name: 'Hetang resident' });
      const list = async (query: string) => ((await as(operator, 'get', `/api/vulnerable-residents${query}`).expect(200)).body.items as VulnerableResident[]).map((r) => r.id);
      expect(await list('?area=hetang')).toEqual([hetang.id]);
      expect(await list('?outcome=none')).toContain(hetang.id);
      expect(await list('?outcome=safe')).not.toContain(hetang.id);
      await as(admin, 'post', '/api/welfare-checks', { clientId: randomUUID(), vulnerableResidentId: hetang.id, outcome: 'safe', recordedAt: minutesAgo(2) }).expect(201);
      expect(await list('?outcome=safe')).toContain(hetang.id);
      expect(await list('?area=hetang&outcome=none')).toEqual([]);

      await as(undefined, 'get', '/api/vulnerable-residents').expect(401);
      expect((await as(liaison, 'get', '/api/vulnerable-residents').expect(403)).body.code).toBe('forbidden_role');
      await as(liaison, 'post', '/api/vulnerable-residents', residentBody()).expect(403);
      await as(inspector, 'post', '/api/vulnerable-residents', residentBody()).expect(403);
      await as(inspector, 'patch', `/api/vulnerable-residents/${hetang.id}`, { needs: 'x' }).expect(403);
      expect((await as(operator, 'get', '/api/vulnerable-residents?outcome=fine').expect(400)).body.message).toMatch(/outcome must be one of/);
    });

    it('reach a field account only while on an open welfare-check task of its own team', async () => {
      const mine = await newResident({ name: 'On team A task' });
      const theirs = await newResident({ name: 'On team B task' });
      const taskA = await insertTask(teamA, mine.id);
      await insertTask(teamB, theirs.id);
      await insertTask(teamA, theirs.id, 'inspection');
      const seen = async (who: TestStaff) => ((await as(who, 'get', '/api/vulnerable-residents').expect(200)).body.items as VulnerableResident[]).map((r) => r.id);

      expect(await seen(inspector)).toEqual([mine.id]);
      expect(await seen(crewLead)).toEqual([mine.id]);
      expect(await seen(otherInspector)).toEqual([theirs.id]);
      const full = (await as(inspector, 'get', '/api/vulnerable-residents').expect(200)).body.items[0];
      expect(full).toMatchObject({ name: mine.name, phone: mine.phone, address: mine.address });
      // Filters narrow, never widen, what a field account sees.
      expect(await seen(inspector)).not.toContain(theirs.id);
      expect(((await as(inspector, 'get', '/api/vulnerable-residents?area=xiaohengqin').expect(200)).body.items as VulnerableResident[]).map((r) => r.id)).toEqual([mine.id]);

      await closeTask(taskA);
      expect(await seen(inspector)).toEqual([]);
    });
  });

  describe('welfare checks', () => {
    it('store a check once per client id: 201, 200 with the same check on a replay, 409 for another body, nothing stored', async () => {
      const resident = await newResident();
      const body = { clientId: randomUUID(), vulnerableResidentId: resident.id, outcome: 'needs-help', note: 'Needs medication', recordedAt: minutesAgo(5) };
      const first = (await as(operator, 'post', '/api/welfare-checks', body).expect(201)).body as WelfareCheck;
      expect(first).toEqual({ id: expect.any(String), vulnerableResidentId: resident.id, outcome: 'needs-help', note: 'Needs medication', taskId: null, byId: operator.id, byName: operator.displayName, recordedAt: body.recordedAt });
      const before = await stored();
      expect((await as(operator, 'post', '/api/welfare-checks', body).expect(200)).body).toEqual(first);
      const reused = await as(operator, 'post', '/api/welfare-checks', { ...body, outcome: 'safe' }).expect(409);
      expect(reused.body).toMatchObject({ code: 'welfare_check_client_id_reused', message: expect.stringMatching(/already used for a different welfare check/) });
      expect(await stored()).toEqual(before);
      const audit = await sql.query(`SELECT action, actor_id FROM audit_log WHERE entity_type = 'welfare_check' AND entity_id = $1`, [first.id]);
      expect(audit).toEqual([{ action: 'welfare_check.recorded', actor_id: operator.id }]);
    });

    it('keep the latest check made as the resident outcome, even when an older one arrives later', async () => {
      const resident = await newResident();
      const record = (outcome: string, at: string) => as(operator, 'post', '/api/welfare-checks', { clientId: randomUUID(), vulnerableResidentId: resident.id, outcome, recordedAt: at }).expect(201);
      const current = async () => ((await as(operator, 'get', '/api/vulnerable-residents?area=xiaohengqin').expect(200)).body.items as VulnerableResident[]).find((r) => r.id === resident.id)!;
      const t1 = minutesAgo(30);
      const t2 = minutesAgo(10);
      await record('not-reached', t1);
      expect(await current()).toMatchObject({ lastOutcome: 'not-reached', lastCheckedAt: t1 });
      await record('moved', t2);
      await record('needs-help', minutesAgo(20));
      expect(await current()).toMatchObject({ lastOutcome: 'moved', lastCheckedAt: t2 });
      expect((await sql.query(`SELECT count(*)::int AS n FROM welfare_checks WHERE vulnerable_resident_id = $1`, [resident.id]))[0].n).toBe(3);
      // "moved" is only an outcome: where the person went is a transfer of its own.
      expect((await current()).shelterId).toBeNull();
    });

    it('settle copies and different checks arriving together: one row per client id, the latest made wins', async () => {
      const resident = await newResident();
      const copy = { clientId: randomUUID(), vulnerableResidentId: resident.id, outcome: 'not-reached', recordedAt: minutesAgo(9) };
      const later = { clientId: randomUUID(), vulnerableResidentId: resident.id, outcome: 'safe', recordedAt: minutesAgo(3) };
      const answers = await Promise.all([copy, copy, later, copy].map((body) => as(operator, 'post', '/api/welfare-checks', body)));
      expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 201, 201]);
      const [row] = await sql.query(`SELECT last_outcome, (SELECT count(*)::int FROM welfare_checks WHERE vulnerable_resident_id = $1) AS checks FROM vulnerable_residents WHERE id = $1`, [resident.id]);
      expect(row).toEqual({ last_outcome: 'safe', checks: 2 });
    });

    it('are recorded by field units for residents on their own team’s tasks only (IDOR)', async () => {
      const mine = await newResident({ name: 'Field A resident' });
      const theirs = await newResident({ name: 'Field B resident' });
      const taskA = await insertTask(teamA, mine.id);
      const taskB = await insertTask(teamB, theirs.id);
      const taskBForMine = await insertTask(teamB, mine.id);
      const check = (who: TestStaff, residentId: string, extra: object = {}) =>
        as(who, 'post', '/api/welfare-checks', { clientId: randomUUID(), vulnerableResidentId: residentId, outcome: 'safe', recordedAt: minutesAgo(1), ...extra });

      const before = await stored();
      const foreign = await check(inspector, theirs.id).expect(403);
      expect(foreign.body.code).toBe('welfare_check_not_your_resident');
      // An id that matches nothing answers the same as someone else's resident.
      expect((await check(inspector, randomUUID()).expect(403)).body.code).toBe('welfare_check_not_your_resident');
      expect((await check(inspector, mine.id, { taskId: taskBForMine }).expect(403)).body.code).toBe('welfare_check_task_not_yours');
      expect((await check(inspector, mine.id, { taskId: taskB }).expect(400)).body.code).toBe('welfare_check_task_mismatch');
      await as(liaison, 'post', '/api/welfare-checks', { clientId: randomUUID(), vulnerableResidentId: mine.id, outcome: 'safe', recordedAt: minutesAgo(1) }).expect(403);
      expect(await stored()).toEqual(before);

      const ok = (await check(crewLead, mine.id, { taskId: taskA, outcome: 'needs-help' }).expect(201)).body as WelfareCheck;
      expect(ok).toMatchObject({ taskId: taskA, byId: crewLead.id });
      // A check queued offline still lands after the task was closed.
      await closeTask(taskA);
      await check(inspector, mine.id, { taskId: taskA }).expect(201);
      expect((await check(operator, randomUUID()).expect(400)).body.code).toBe('welfare_check_resident_unknown');
    });
  });

  describe('transfers and departures', () => {
    it('move people in and out with an exact occupancy, audited and announced; replays add nothing', async () => {
      const shelter = await newShelter(5);
      const first = transfer(operator, { shelterId: shelter.id, people: 3, fromAreaId: 'xiaohengqin', fromNote: 'Block 3', teamId: teamA });
      const t1 = (await first.expect(201)).body as Transfer;
      expect(t1).toMatchObject({ shelterId: shelter.id, people: 3, fromAreaId: 'xiaohengqin', fromNote: 'Block 3', teamId: teamA, byId: operator.id, byName: operator.displayName });
      const replayBody = { clientId: randomUUID(), shelterId: shelter.id, people: 2, recordedAt: minutesAgo(1) };
      await as(operator, 'post', '/api/transfers', replayBody).expect(201);
      const before = await stored();
      expect((await as(operator, 'post', '/api/transfers', replayBody).expect(200)).body.people).toBe(2);
      expect((await as(operator, 'post', '/api/transfers', { ...replayBody, people: 1 }).expect(409)).body.code).toBe('transfer_client_id_reused');
      expect(await stored()).toEqual(before);

      const occupancy = async () => ((await as(operator, 'get', '/api/shelters').expect(200)).body.items as Shelter[]).find((s) => s.id === shelter.id)!.occupancy;
      expect(await occupancy()).toBe(5);
      const full = await transfer(operator, { shelterId: shelter.id }).expect(409);
      expect(full.body).toMatchObject({ code: 'shelter_full', message: expect.stringMatching(/has 0 free places \(5 of 5 taken\); 1 cannot move in/) });
      expect(await stored()).toEqual(before);

      const left = (await as(operator, 'post', `/api/shelters/${shelter.id}/departures`, { people: 2, note: 'went home' }).expect(201)).body as Shelter;
      expect(left.occupancy).toBe(3);
      const tooMany = await as(operator, 'post', `/api/shelters/${shelter.id}/departures`, { people: 4 }).expect(409);
      expect(tooMany.body).toMatchObject({ code: 'shelter_departure_exceeds_occupancy', message: 'Only 3 people are in this shelter; 4 cannot leave.' });
      await as(operator, 'post', `/api/shelters/${randomUUID()}/departures`, { people: 1 }).expect(404);
      await as(operator, 'post', `/api/shelters/${shelter.id}/departures`, { people: 0 }).expect(400);

      const [counts] = await sql.query(
        `SELECT (SELECT sum(people)::int FROM transfers WHERE shelter_id = $1) AS moved_in, (SELECT sum(people)::int FROM shelter_departures WHERE shelter_id = $1) AS moved_out,
                (SELECT occupancy FROM shelters WHERE id = $1) AS occupancy`,
        [shelter.id],
      );
      expect(counts).toEqual({ moved_in: 5, moved_out: 2, occupancy: 3 });
      const audits = await sql.query(`SELECT action, summary FROM audit_log WHERE (entity_type = 'transfer' AND summary->'after'->>'shelterId' = $1) OR (entity_type = 'shelter' AND entity_id = $1) ORDER BY id`, [shelter.id]);
      expect(audits.map((a: { action: string }) => a.action)).toEqual(['shelter.created', 'transfer.recorded', 'transfer.recorded', 'shelter.departure_recorded']);
      expect(audits[1].summary.occupancy).toEqual({ before: 0, after: 3, capacity: 5 });
      const events = await sql.query(`SELECT payload FROM realtime_events WHERE room = 'hq' AND event = 'ops.shelter' AND payload->'shelter'->>'id' = $1 ORDER BY seq`, [shelter.id]);
      expect(events.map((e: { payload: { shelter: Shelter } }) => e.payload.shelter.occupancy)).toEqual([0, 3, 5, 3]);
      const listed = (await as(commander, 'get', `/api/transfers?shelterId=${shelter.id}`).expect(200)).body.items as Transfer[];
      expect(listed.map((t) => t.people).sort()).toEqual([2, 3]);
      for (const who of [inspector, liaison]) await as(who, 'get', '/api/transfers').expect(403);
    });

    it('refuses a closed shelter (409) and an unknown one (400), storing nothing', async () => {
      const closed = await newShelter(10, false);
      const before = await stored();
      expect((await transfer(operator, { shelterId: closed.id }).expect(409)).body).toMatchObject({ code: 'shelter_closed', message: expect.stringMatching(/closed/) });
      expect((await transfer(operator, { shelterId: randomUUID() }).expect(400)).body.code).toBe('transfer_shelter_unknown');
      expect(await stored()).toEqual(before);
    });

    it('admits exactly the capacity when many transfers race for a nearly full shelter', async () => {
      const shelter = await newShelter(12);
      await transfer(operator, { shelterId: shelter.id, people: 4 }).expect(201);
      // 8 places left; 10 transfers of 1 and 6 of 3 arrive at once.
      const bodies = [...Array(10).fill(1), ...Array(6).fill(3)].map((people) => ({ shelterId: shelter.id, people }));
      const answers = await Promise.all(bodies.map((body) => transfer(operator, body)));
      expect(answers.every((a) => a.status === 201 || (a.status === 409 && a.body.code === 'shelter_full'))).toBe(true);
      const admitted = answers.filter((a) => a.status === 201).reduce((sum, a) => sum + (a.body as Transfer).people, 0);
      const [row] = await sql.query(`SELECT occupancy, (SELECT sum(people)::int FROM transfers WHERE shelter_id = $1) AS moved FROM shelters WHERE id = $1`, [shelter.id]);
      expect(row.occupancy).toBe(4 + admitted);
      expect(row.moved).toBe(row.occupancy);
      // Ones still fit after any mix of threes, so the shelter ends exactly full.
      expect(row.occupancy).toBe(12);
    });

    it('counts a transfer sent several times at once exactly once', async () => {
      const shelter = await newShelter(10);
      const body = { clientId: randomUUID(), shelterId: shelter.id, people: 4, recordedAt: minutesAgo(1) };
      const answers = await Promise.all(Array.from({ length: 5 }, () => as(operator, 'post', '/api/transfers', body)));
      expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 201]);
      expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
      const [row] = await sql.query(`SELECT occupancy, (SELECT count(*)::int FROM transfers WHERE shelter_id = $1) AS transfers FROM shelters WHERE id = $1`, [shelter.id]);
      expect(row).toEqual({ occupancy: 4, transfers: 1 });
    });

    it('puts a resident moved by two units at once into one shelter only', async () => {
      const resident = await newResident();
      const [a, b] = [await newShelter(10), await newShelter(10)];
      const answers = await Promise.all([a, b, a, b].map((shelter) => transfer(operator, { shelterId: shelter.id, vulnerableResidentId: resident.id })));
      expect(answers.map((x) => x.status).sort()).toEqual([201, 409, 409, 409]);
      expect(answers.filter((x) => x.status === 409).every((x) => x.body.code === 'vulnerable_resident_in_shelter')).toBe(true);
      const [row] = await sql.query(`SELECT sum(occupancy)::int AS occupancy FROM shelters WHERE id = ANY($1)`, [[a.id, b.id]]);
      expect(row.occupancy).toBe(1);
      // Leaving and arriving again at the same moment queue on the resident: both succeed, in either order, or the
      // arrival is refused while the resident is still inside; the counts always agree.
      const home = answers.find((x) => x.status === 201)!.body.shelterId as string;
      const [left, back] = await Promise.all([
        as(operator, 'post', `/api/shelters/${home}/departures`, { people: 1, vulnerableResidentId: resident.id }),
        transfer(operator, { shelterId: home === a.id ? b.id : a.id, vulnerableResidentId: resident.id }),
      ]);
      expect(left.status).toBe(201);
      expect([201, 409]).toContain(back.status);
      const [after] = await sql.query(`SELECT sum(occupancy)::int AS occupancy FROM shelters WHERE id = ANY($1)`, [[a.id, b.id]]);
      expect(after.occupancy).toBe(back.status === 201 ? 1 : 0);
    });

    it('moves a named resident into one shelter at a time and out again', async () => {
      const resident = await newResident();
      const [a, b] = [await newShelter(10), await newShelter(10)];
      await transfer(operator, { shelterId: a.id, vulnerableResidentId: resident.id }).expect(201);
      const inShelter = async () => ((await as(operator, 'get', '/api/vulnerable-residents').expect(200)).body.items as VulnerableResident[]).find((r) => r.id === resident.id)!.shelterId;
      expect(await inShelter()).toBe(a.id);
      const before = await stored();
      expect((await transfer(operator, { shelterId: b.id, vulnerableResidentId: resident.id }).expect(409)).body.code).toBe('vulnerable_resident_in_shelter');
      expect((await as(operator, 'post', `/api/shelters/${b.id}/departures`, { people: 1, vulnerableResidentId: resident.id }).expect(409)).body.code).toBe('vulnerable_resident_not_in_shelter');
      expect(await stored()).toEqual(before);
      await as(operator, 'post', `/api/shelters/${a.id}/departures`, { people: 1, vulnerableResidentId: resident.id }).expect(201);
      expect(await inShelter()).toBeNull();
      await transfer(operator, { shelterId: b.id, vulnerableResidentId: resident.id }).expect(201);
      expect(await inShelter()).toBe(b.id);
    });

    it('are recorded by field units for their own team, task and residents only', async () => {
      const shelter = await newShelter(50);
      const mine = await newResident({ name: 'Transfer A' });
      const theirs = await newResident({ name: 'Transfer B' });
      const taskA = await insertTask(teamA, mine.id);
      const taskB = await insertTask(teamB, theirs.id);

      const own = (await transfer(inspector, { shelterId: shelter.id, vulnerableResidentId: mine.id, taskId: taskA }).expect(201)).body as Transfer;
      expect(own).toMatchObject({ teamId: teamA, taskId: taskA, byId: inspector.id });
      const before = await stored();
      expect((await transfer(inspector, { shelterId: shelter.id, teamId: teamB }).expect(403)).body.code).toBe('transfer_team_not_yours');
      expect((await transfer(inspector, { shelterId: shelter.id, taskId: taskB }).expect(400)).body.code).toBe('transfer_task_mismatch');
      expect((await transfer(operator, { shelterId: shelter.id, taskId: randomUUID() }).expect(400)).body.code).toBe('transfer_task_mismatch');
      expect((await transfer(inspector, { shelterId: shelter.id, vulnerableResidentId: theirs.id }).expect(403)).body.code).toBe('transfer_not_your_resident');
      const loner = await insertStaff(app, { username: 'loner.evac', role: 'inspector' });
      expect((await transfer(loner, { shelterId: shelter.id }).expect(403)).body.code).toBe('transfer_no_team');
      await transfer(liaison, { shelterId: shelter.id }).expect(403);
      await transfer(undefined as never, { shelterId: shelter.id }).expect(401);
      expect(await stored()).toEqual(before);
      // The HQ recording a transfer for a task: the task's team moved the people.
      expect((await transfer(operator, { shelterId: shelter.id, taskId: taskB }).expect(201)).body).toMatchObject({ teamId: teamB, taskId: taskB });
    });
  });

  describe('bad input: a clear 4xx naming the problem, nothing stored', () => {
    it.each<[string, Method, string, () => object, RegExp]>([
      ['a latitude out of range', 'post', '/api/vulnerable-residents', () => residentBody({ location: { lat: 91, lon: 113.5 } }), /location.lat must be between -90 and 90/],
      ['a longitude out of range', 'post', '/api/shelters', () => ({ names: { 'zh-Hans': '甲', 'zh-Hant': '甲', pt: 'A', en: 'A' }, location: { lat: 22, lon: 181 }, capacity: 5 }), /location.lon must be between -180 and 180/],
      ['an unknown vulnerability kind', 'post', '/api/vulnerable-residents', () => residentBody({ kinds: ['tourist'] }), /each kind must be one of/],
      ['an empty kind list', 'post', '/api/vulnerable-residents', () => residentBody({ kinds: [] }), /kinds must name at least one kind/],
      ['a blank name', 'post', '/api/vulnerable-residents', () => residentBody({ name: '   ' }), /name must not be empty/],
      ['a malformed phone', 'post', '/api/vulnerable-residents', () => residentBody({ phone: 'call me' }), /phone must be a phone number/],
      ['a server-owned field', 'post', '/api/vulnerable-residents', () => residentBody({ lastOutcome: 'safe' }), /property lastOutcome should not exist/],
      ['a capacity of zero', 'post', '/api/shelters', () => ({ names: { 'zh-Hans': '甲', 'zh-Hant': '甲', pt: 'A', en: 'A' }, location: { lat: 22, lon: 113 }, capacity: 0 }), /capacity must be at least 1/],
      ['a missing translation', 'post', '/api/shelters', () => ({ names: { 'zh-Hans': '甲', 'zh-Hant': '甲', pt: 'A' }, location: { lat: 22, lon: 113 }, capacity: 5 }), /names.en must be a string/],
      ['a transfer of no one', 'post', '/api/transfers', () => ({ clientId: randomUUID(), shelterId: randomUUID(), people: 0, recordedAt: minutesAgo(1) }), /people must be at least 1/],
      ['a transfer made in the future', 'post', '/api/transfers', () => ({ clientId: randomUUID(), shelterId: randomUUID(), people: 1, recordedAt: new Date(Date.now() + 3_600_000).toISOString() }), /recordedAt is in the future/],
      ['a check made in the future', 'post', '/api/welfare-checks', () => ({ clientId: randomUUID(), vulnerableResidentId: randomUUID(), outcome: 'safe', recordedAt: new Date(Date.now() + 3_600_000).toISOString() }), /recordedAt is in the future/],
      ['a check older than a week', 'post', '/api/welfare-checks', () => ({ clientId: randomUUID(), vulnerableResidentId: randomUUID(), outcome: 'safe', recordedAt: minutesAgo(8 * 24 * 60) }), /more than 7 days old/],
      ['an unknown outcome', 'post', '/api/welfare-checks', () => ({ clientId: randomUUID(), vulnerableResidentId: randomUUID(), outcome: 'fine', recordedAt: minutesAgo(1) }), /outcome must be one of: safe, needs-help, moved, not-reached/],
      ['a short client id', 'post', '/api/welfare-checks', () => ({ clientId: 'abc', vulnerableResidentId: randomUUID(), outcome: 'safe', recordedAt: minutesAgo(1) }), /clientId must be 8 to 64/],
      ['a date that is not ISO 8601', 'post', '/api/transfers', () => ({ clientId: randomUUID(), shelterId: randomUUID(), people: 1, recordedAt: 'yesterday' }), /recordedAt must be an ISO 8601 date-time/],
      ['an unknown area', 'post', '/api/vulnerable-residents', () => residentBody({ areaId: 'coloane' }), /Unknown area id: coloane/],
    ])('refuses %s', async (_what, method, path, body, message) => {
      const before = await stored();
      const answer = await as(operator, method, path, body());
      expect(answer.status).toBe(400);
      expect([answer.body.message, ...(answer.body.details ?? [])].join('\n')).toMatch(message);
      expect(await stored()).toEqual(before);
    });

    it('refuses a capacity below the people inside (409), nothing changed', async () => {
      const shelter = await newShelter(10);
      await transfer(operator, { shelterId: shelter.id, people: 6 }).expect(201);
      const before = await stored();
      expect((await as(operator, 'patch', `/api/shelters/${shelter.id}`, { capacity: 5 }).expect(409)).body.code).toBe('shelter_capacity_below_occupancy');
      expect(await stored()).toEqual(before);
      await as(operator, 'patch', `/api/shelters/${shelter.id}`, { capacity: 6 }).expect(200);
    });
  });
});
