import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule } from '@app/config';
import type { AfterActionReport, OperationsKpis, OperationsOverview } from '@app/contracts';
import { DatabaseModule, ReferenceRepository } from '@app/database';
import { ALERT_TEMPLATES, draftFromTemplate, referenceData, type ReferenceArea } from '@app/domain';
import { createTestDatabase, deleteRedisKeys, TEST_REDIS_URL, type TestDatabase } from '@app/testing';
import { AuthModule } from '../auth/auth.module.js';
import { insertStaff, type TestStaff } from '../auth/testing/staff-fixtures.js';
import { ApiObservabilityModule } from '../health/api-observability.module.js';
import { configureApp } from '../http/configure-app.js';
import { RateLimitModule } from '../http/rate-limit.module.js';
import { OperationsModule } from './operations.module.js';

/**
 * A small typhoon written straight into the tables, then the KPI tiles and the after-action report read back. The
 * expected figures are counted here from the fixture itself, so a wrong join or filter in the report shows.
 */
describe('operations: KPI tiles and the after-action report agree with the data', () => {
  const prefix = `t_ops_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let commander: TestStaff;
  let operator: TestStaff;
  let liaison: TestStaff;
  let inspector: TestStaff;
  let areas: ReferenceArea[];

  // The period under report: 5–8 September, with activity just before and after it that must not count.
  const from = new Date('2024-09-05T00:00:00Z');
  const to = new Date('2024-09-08T00:00:00Z');
  const at = (hours: number) => new Date(from.getTime() + hours * 3_600_000);
  const http = () => request(app.getHttpServer());
  const get = (who: TestStaff | undefined, path: string) => {
    const req = http().get(path);
    return who ? req.set('Authorization', `Bearer ${who.token}`) : req;
  };

  const team = async (kind: 'inspection' | 'rescue', name: string, members: number, readiness = 'standby') => {
    const [row] = await sql.query(`INSERT INTO field_teams (kind, name, readiness) VALUES ($1, $2, $3) RETURNING id`, [kind, name, readiness]);
    await sql.query(
      `INSERT INTO team_members (team_id, position, name) SELECT $1, n, 'member ' || n FROM generate_series(1, $2::int) n`,
      [row.id, members],
    );
    return row.id as string;
  };
  const readiness = (teamId: string, kind: string, toReadiness: string, headcount: number, when: Date) =>
    sql.query(
      `INSERT INTO team_readiness_changes (team_id, kind, to_readiness, headcount, by_name, at) VALUES ($1, $2, $3, $4, 'HQ', $5)`,
      [teamId, kind, toReadiness, headcount, when],
    );
  const task = (teamId: string, people: number, vehicles: number, enRoute: Date | null, state = 'en-route', created = enRoute ?? at(1)) =>
    sql.query(
      `INSERT INTO field_tasks (kind, team_id, title, area_id, people, vehicles, state, en_route_at, on_site_at, closed_at, assigned_by_name, created_at)
       VALUES ('inspection', $1, 'Sweep', $2, $3, $4, $5, $6, $7, $8, 'HQ', $9)`,
      [teamId, areas[0]!.id, people, vehicles, state, enRoute, state === 'done' || state === 'on-site' ? enRoute : null, state === 'done' ? enRoute : null, created],
    );
  const hazard = async (category: string, state: string, recorded: Date, rectifiedAt?: Date) => {
    const assigned = ['assigned', 'rectifying', 'rectified', 'verified'].includes(state);
    const [row] = await sql.query(
      `INSERT INTO hazard_reports (client_id, category, severity, description, lat, lon, state, reason, team_id, reported_by_id, reported_by_name, body_hash, recorded_at)
       VALUES ($1, $2, 'high', 'Seen', 22.12, 113.53, $3, $4, (SELECT id FROM field_teams WHERE $5 ORDER BY name LIMIT 1), $6, 'Inspector', $7, $8) RETURNING id`,
      [randomUUID(), category, state, state === 'rejected' ? 'Not a hazard' : null, assigned, inspector.id, randomBytes(32), recorded],
    );
    if (rectifiedAt) {
      await sql.query(`INSERT INTO hazard_report_steps (report_id, from_state, to_state, by_name, at) VALUES ($1, 'rectifying', 'rectified', 'Crew', $2)`, [row.id, rectifiedAt]);
    }
  };
  const transfer = (shelterId: string, people: number, when: Date) =>
    sql.query(
      `INSERT INTO transfers (client_id, body_hash, shelter_id, people, by_id, by_name, recorded_at) VALUES ($1, $2, $3, $4, $5, 'Op', $6)`,
      [randomUUID(), randomBytes(32), shelterId, people, operator.id, when],
    );
  const departure = (shelterId: string, people: number, when: Date) =>
    sql.query(`INSERT INTO shelter_departures (shelter_id, people, by_id, by_name, recorded_at) VALUES ($1, $2, $3, 'Op', $4)`, [shelterId, people, operator.id, when]);

  beforeAll(async () => {
    db = await createTestDatabase();
    Object.assign(process.env, { NODE_ENV: 'test', LOG_LEVEL: 'error', DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix, TEAM_SILENT_AFTER_MINUTES: '30' });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule, DatabaseModule, ApiObservabilityModule, AuthModule, RateLimitModule, OperationsModule],
    }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
    configureApp(app as NestExpressApplication, app.get(AppConfig));
    await app.init();
    sql = app.get(DataSource);
    areas = referenceData().areas;
    await sql.transaction((m) =>
      new ReferenceRepository(sql).upsertAreas(
        m,
        areas.map((a) => ({ id: a.id, kind: a.kind, names: a.names, geometry: a.outline, centroidLat: a.centroid.lat, centroidLon: a.centroid.lon })),
      ),
    );
    commander = await insertStaff(app, { username: 'cmd.ops', role: 'commander' });
    operator = await insertStaff(app, { username: 'op.ops', role: 'operator' });
    liaison = await insertStaff(app, { username: 'liaison.ops', role: 'liaison' });
    inspector = await insertStaff(app, { username: 'insp.ops', role: 'inspector' });
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await deleteRedisKeys(prefix, TEST_REDIS_URL);
  });

  describe('after-action', () => {
    let report: AfterActionReport;

    beforeAll(async () => {
      // Teams: two inspection teams went out in the period, one only before it.
      const ins1 = await team('inspection', 'INS-01', 5);
      const ins2 = await team('inspection', 'INS-02', 4);
      const ins3 = await team('inspection', 'INS-03', 3);
      await sql.query(`INSERT INTO vehicles (team_id, plate, type, capacity) VALUES ($1, 'YUE C-0001', 'van', 8), ($1, 'YUE C-0002', 'car', 4), ($2, 'YUE C-0003', 'truck', 3), ($3, 'YUE C-0004', 'car', 4)`, [ins1, ins2, ins3]);
      await task(ins1, 5, 2, at(2), 'done');
      await task(ins1, 4, 1, at(30));
      await task(ins2, 4, 1, at(40), 'on-site');
      await task(ins3, 3, 1, new Date(from.getTime() - 3_600_000), 'done'); // before the period
      await task(ins2, 4, 0, null, 'assigned', at(50)); // never left: no trip

      // Crews: standby peaks at 3 crews / 60 people at hour 10, falls to 1 crew when two deploy.
      const crews = [await team('rescue', 'Crew 1', 20), await team('rescue', 'Crew 2', 25), await team('rescue', 'Crew 3', 15)];
      await readiness(crews[0]!, 'rescue', 'standby', 20, new Date(from.getTime() - 86_400_000));
      await readiness(crews[1]!, 'rescue', 'resting', 25, new Date(from.getTime() - 86_400_000));
      await readiness(crews[1]!, 'rescue', 'standby', 25, at(6));
      await readiness(crews[2]!, 'rescue', 'standby', 15, at(10));
      await readiness(crews[0]!, 'rescue', 'deployed', 20, at(20));
      await readiness(crews[1]!, 'rescue', 'deployed', 25, at(21));
      await readiness(crews[2]!, 'rescue', 'standby', 99, new Date(to.getTime() + 3_600_000)); // after the period

      // Hazards: 4 found in the period (one rejected does not count), 2 rectified, 1 verified.
      await hazard('fallen-tree', 'verified', at(12), at(14));
      await hazard('fallen-tree', 'rectified', at(13), at(16));
      await hazard('flooding', 'reported', at(15));
      await hazard('flooding', 'assigned', at(16));
      await hazard('other', 'rejected', at(17));
      await hazard('power', 'reported', new Date(to.getTime() + 60_000));

      // Evacuation: 30 + 12 moved into two shelters, 10 left; occupancy peaks at 42.
      const [s1] = await sql.query(`INSERT INTO shelters (names, lat, lon, capacity, open) VALUES ('{"zh-Hans":"一","zh-Hant":"一","pt":"Um","en":"One"}', 22.13, 113.54, 200, true) RETURNING id`);
      const [s2] = await sql.query(`INSERT INTO shelters (names, lat, lon, capacity, open) VALUES ('{"zh-Hans":"二","zh-Hant":"二","pt":"Dois","en":"Two"}', 22.12, 113.53, 100, true) RETURNING id`);
      await transfer(s1.id, 30, at(18));
      await transfer(s2.id, 12, at(19));
      await departure(s1.id, 10, at(40));
      await transfer(s2.id, 5, at(41));

      // Welfare checks: resident A not reached then safe (counts safe), B needs help.
      const vr = async (name: string) =>
        (await sql.query(`INSERT INTO vulnerable_residents (name, address, area_id, kinds) VALUES ($1, 'Somewhere', $2, '{elderly-alone}') RETURNING id`, [name, areas[0]!.id]))[0].id as string;
      const a = await vr('A');
      const b = await vr('B');
      const check = (resident: string, outcome: string, when: Date) =>
        sql.query(
          `INSERT INTO welfare_checks (client_id, body_hash, vulnerable_resident_id, outcome, by_id, by_name, recorded_at) VALUES ($1, $2, $3, $4, $5, 'SW', $6)`,
          [randomUUID(), randomBytes(32), resident, outcome, operator.id, when],
        );
      await check(a, 'not-reached', at(20));
      await check(a, 'safe', at(22));
      await check(b, 'needs-help', at(23));

      // Residents' answers.
      await sql.query(
        `INSERT INTO resident_statuses (client_id, status, body_hash, received_at, handled_by, handled_at) VALUES
           ($1, 'safe', $4, $5, NULL, NULL), ($2, 'need-help', $4, $5, $6, $5), ($3, 'need-help', $4, $5, NULL, NULL)`,
        [randomUUID(), randomUUID(), randomUUID(), randomBytes(32), at(25), commander.id],
      );

      // Warnings: one Actual alert published in the period with 3 sent (2 zh-Hans, 1 pt) and 1 failed; an Exercise is not counted.
      const alert = async (status: 'Actual' | 'Exercise') => {
        const content = draftFromTemplate(ALERT_TEMPLATES[0]!.id, { status, now: at(5) });
        const [row] = await sql.query(
          `INSERT INTO alerts (identifier, sender, state, status, msg_type, content, author_id, approved_by, approved_at, published_at, sent)
           VALUES ($1, 'test@qinao', 'published', $2, 'Alert', $3, $4, $5, $6, $6, $6) RETURNING id`,
          [`urn:test:${randomUUID()}`, status, JSON.stringify(content), operator.id, commander.id, at(5)],
        );
        return row.id as string;
      };
      const actual = await alert('Actual');
      const drill = await alert('Exercise');
      await sql.query(
        `INSERT INTO deliveries (alert_id, language, state, sent_at) VALUES
           ($1, 'zh-Hans', 'sent', $3), ($1, 'zh-Hans', 'sent', $3), ($1, 'pt', 'sent', $3), ($1, 'en', 'failed', NULL), ($2, 'en', 'sent', $3)`,
        [actual, drill, at(5)],
      );

      // Signal timeline: Macau 8SE issued in the period, and an older change outside it.
      const [first] = await sql.query(
        `INSERT INTO signal_history (authority, area, hazard, level, action, issued_at, received_at, source, freshness, actor_name)
         VALUES ('smg', 'macau', 'tropical-cyclone', '3', 'issue', $1, $1, 'feed', 'fresh', 'SMG feed') RETURNING id`,
        [new Date(from.getTime() - 86_400_000)],
      );
      await sql.query(
        `INSERT INTO signal_history (authority, area, hazard, follows_id, previous_level, level, action, issued_at, received_at, source, freshness, actor_name)
         VALUES ('smg', 'macau', 'tropical-cyclone', $1, '3', '8SE', 'update', $2, $2, 'feed', 'fresh', 'SMG feed')`,
        [first.id, at(8)],
      );

      const res = await get(commander, `/api/after-action?from=2024-09-05&to=2024-09-08T08:00%2B08:00&lang=en`).expect(200);
      report = res.body;
    });

    it('counts teams, trips and vehicles of the tasks that went out in the period', () => {
      expect(report.teams).toEqual({ inspectionTeams: 2, rescueCrews: 0, tasks: 4, tasksDone: 1, inspectorTrips: 13, vehicleTrips: 4, vehicles: 3 });
    });

    it('finds the standby peak from the readiness history', () => {
      expect(report.crews).toEqual({ peakCrewsOnStandby: 3, peakPeopleOnStandby: 60 });
    });

    it('counts hazards found, rectified and verified, by category, leaving out rejected ones', () => {
      expect(report.hazards).toEqual({
        found: 4,
        rectified: 2,
        verified: 1,
        open: 2,
        byCategory: [
          { category: 'fallen-tree', found: 2, rectified: 2 },
          { category: 'flooding', found: 2, rectified: 0 },
        ],
      });
    });

    it('adds up people moved and the occupancy peak', () => {
      expect(report.evacuation).toEqual({
        peopleMoved: 47,
        transfers: 3,
        sheltersUsed: 2,
        peakOccupancy: 42,
        vulnerableChecked: 2,
        welfareOutcomes: [
          { outcome: 'needs-help', count: 1 },
          { outcome: 'safe', count: 1 },
        ],
      });
    });

    it('reports warnings of Actual alerts only, by channel and language, and the signal timeline with names', () => {
      expect(report.warnings).toEqual({
        alerts: 1,
        sent: 3,
        failed: 1,
        byChannel: [{ channel: 'web-push', sent: 3 }],
        byLanguage: [
          { language: 'zh-Hans', sent: 2 },
          { language: 'pt', sent: 1 },
        ],
      });
      expect(report.signalTimeline).toHaveLength(1);
      expect(report.signalTimeline[0]).toMatchObject({ at: at(8).toISOString(), authority: 'smg', hazard: 'tropical-cyclone', level: '8SE' });
      expect(report.signalTimeline[0]!.label).not.toContain('8SE');
      expect(report.residents).toEqual({ safe: 1, needHelp: 2, helpRequestsHandled: 1 });
      expect(report.from).toBe(from.toISOString());
      expect(report.to).toBe(to.toISOString());
    });

    it('gives the same figures as CSV, labelled in the language asked for', async () => {
      const res = await get(commander, `/api/after-action?from=2024-09-05&to=2024-09-08&lang=zh-Hans&format=csv`).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.headers['content-disposition']).toBe('attachment; filename="after-action-2024-09-05-2024-09-08-zh-Hans.csv"');
      expect(res.text).toContain('巡查队伍与出动,出动巡查人员（人次）,,13\r\n');
      expect(res.text).toContain('出动车辆（辆次）,,4\r\n');
      expect(res.text).toContain('转移人员（人）,,47\r\n');
    });

    it('refuses bad periods and formats with a clear 400', async () => {
      for (const [query, message] of [
        ['from=2024-09-08&to=2024-09-05', /before/],
        ['from=2024-01-01&to=2024-09-05', /92 days/],
        ['from=soon&to=2024-09-05', /ISO 8601/],
        ['to=2024-09-05', /from is required/],
        ['from=2024-09-05&to=2024-09-06&format=pdf', /format must be one of/],
        ['from=2024-09-05&to=2024-09-06&lang=fr', /lang must be one of/],
        ['from=2024-09-05&to=2024-09-06&extra=1', /extra/],
      ] as const) {
        const res = await get(commander, `/api/after-action?${query}`).expect(400);
        expect(JSON.stringify(res.body)).toMatch(message);
      }
    });

    it('is for HQ roles only', async () => {
      await get(undefined, '/api/after-action?from=2024-09-05&to=2024-09-06').expect(401);
      await get(liaison, '/api/after-action?from=2024-09-05&to=2024-09-06').expect(403);
      await get(inspector, '/api/after-action?from=2024-09-05&to=2024-09-06').expect(403);
      await get(operator, '/api/after-action?from=2024-09-05&to=2024-09-06').expect(200);
    });
  });

  describe('KPI tiles', () => {
    it('count state now and activity since the window start, and the liaison sees them', async () => {
      const since = '2024-09-05T00:00:00Z';
      const kpis: OperationsKpis = (await get(liaison, `/api/operations/kpis?since=${since}`).expect(200)).body;
      const [expected] = await sql.query(
        `SELECT (SELECT coalesce(sum(people),0)::int FROM field_tasks WHERE en_route_at >= $1) AS trips,
                (SELECT coalesce(sum(vehicles),0)::int FROM field_tasks WHERE en_route_at >= $1) AS vtrips,
                (SELECT coalesce(sum(people),0)::int FROM transfers WHERE recorded_at >= $1) AS moved,
                (SELECT coalesce(sum(occupancy),0)::int FROM shelters) AS occupancy`,
        [since],
      );
      expect(kpis).toMatchObject({
        inspectorTrips: expected.trips,
        vehicleTrips: expected.vtrips,
        peopleMoved: expected.moved,
        shelterOccupancy: expected.occupancy,
        shelterCapacity: 300,
        // Current readiness: crews 1–2 were set deployed only in the history above; the rows still say standby.
        crewsOnStandby: 3,
        peopleOnStandby: 60,
        openHazards: 3,
        rectifiedHazards: 2,
        warningsSent: 3,
        since: new Date(since).toISOString(),
      });
      // INS-01 and INS-02 have tasks en route / on site and never checked in: out, silent.
      expect(kpis.inspectionTeamsOut).toBe(2);
      expect(kpis.silentTeams).toBe(2);
    });

    it('turns silent teams quiet again when they check in', async () => {
      const teams = await sql.query(`SELECT DISTINCT team_id FROM field_tasks WHERE closed_at IS NULL`);
      for (const t of teams) {
        await sql.query(
          `INSERT INTO check_ins (client_id, team_id, user_id, user_name, lat, lon, status, body_hash, recorded_at) VALUES ($1, $2, $3, 'I', 22.12, 113.53, 'ok', $4, now())`,
          [randomUUID(), t.team_id, inspector.id, randomBytes(32)],
        );
      }
      const kpis: OperationsKpis = (await get(commander, `/api/operations/kpis`).expect(200)).body;
      expect(kpis.silentTeams).toBe(0);
      expect(new Date(kpis.since).getTime()).toBeCloseTo(Date.now() - 72 * 3_600_000, -4);
    });

    it('overview: teams, open tasks, open hazards and shelters in one answer, for HQ roles only', async () => {
      const overview: OperationsOverview = (await get(operator, '/api/operations/overview').expect(200)).body;
      expect(overview.teams.map((t) => t.name).sort()).toEqual(['Crew 1', 'Crew 2', 'Crew 3', 'INS-01', 'INS-02', 'INS-03']);
      const [counts] = await sql.query(
        `SELECT (SELECT count(*)::int FROM field_tasks WHERE closed_at IS NULL) AS tasks,
                (SELECT count(*)::int FROM hazard_reports WHERE state IN ('reported','assigned','rectifying')) AS hazards`,
      );
      expect(overview.openTasks).toHaveLength(counts.tasks);
      expect(overview.hazards).toHaveLength(counts.hazards);
      expect(overview.shelters.map((x) => x.names.en).sort()).toEqual(['One', 'Two']);
      expect(overview.kpis.openHazards).toBe(counts.hazards);
      await get(liaison, '/api/operations/overview').expect(403);
      await get(inspector, '/api/operations/overview').expect(403);
    });

    it('refuses a bad or future window start, and field roles', async () => {
      await get(commander, '/api/operations/kpis?since=yesterday').expect(400);
      await get(commander, `/api/operations/kpis?since=${new Date(Date.now() + 3_600_000).toISOString()}`).expect(400);
      await get(inspector, '/api/operations/kpis').expect(403);
    });
  });
});
