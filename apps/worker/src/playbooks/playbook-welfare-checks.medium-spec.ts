import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule, loadConfig } from '@app/config';
import type { SignalHistoryEntry, VulnerabilityKind } from '@app/contracts';
import { DatabaseModule, ReferenceRepository, VulnerableResidentRepository, WelfareCheckRepository } from '@app/database';
import { referenceData } from '@app/domain';
import { QueueConsumerModule } from '@app/queue';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { PlaybookEvaluationService } from './playbook-evaluation.service.js';
import { PlaybooksWorkerModule } from './playbooks-worker.module.js';

let nextChangeId = 5000;
function change(hazard: string, previousLevel: string | null, level: string | null): SignalHistoryEntry {
  return {
    id: String(nextChangeId++),
    authority: 'smg',
    area: 'macau',
    hazard,
    previousLevel,
    level,
    action: level === null ? 'cancel' : previousLevel === null ? 'issue' : 'update',
    issuedAt: '2024-09-06T06:00:00.000Z',
    receivedAt: new Date().toISOString(),
    source: 'feed',
    freshness: 'fresh',
  };
}

describe('playbook runs request welfare checks for vulnerable residents', () => {
  const prefix = `t_playbook_welfare_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let app: INestApplicationContext;
  let sql: DataSource;
  let service: PlaybookEvaluationService;
  let teamId: string;
  const residents: Record<'lowLying' | 'elderly' | 'onOpenTask' | 'afterClosedTask', string> = { lowLying: '', elderly: '', onOpenTask: '', afterClosedTask: '' };

  const insertResident = async (name: string, areaId: string, kinds: VulnerabilityKind[]) =>
    (await sql.query(`INSERT INTO vulnerable_residents (name, address, area_id, kinds) VALUES ($1, 'somewhere', $2, $3::text[]) RETURNING id`, [name, areaId, kinds]))[0].id as string;
  const insertTask = async (residentId: string, closed: boolean) =>
    (
      await sql.query(
        `INSERT INTO field_tasks (kind, team_id, title, area_id, people, assigned_by_name, vulnerable_resident_id, state, en_route_at, on_site_at, closed_at)
         VALUES ('welfare-check', $1, 'Welfare check', 'hetang', 1, 'test', $2, $3, $4, $4, $4) RETURNING id`,
        [teamId, residentId, closed ? 'done' : 'assigned', closed ? new Date() : null],
      )
    )[0].id as string;
  const pending = async () =>
    (await sql.query(`SELECT vulnerable_resident_id AS id FROM welfare_check_requests WHERE resolved_at IS NULL ORDER BY id`)).map((r: { id: string }) => r.id).sort();
  const dueIds = async () => (await app.get(VulnerableResidentRepository).list({ due: true, limit: 100 })).map((r) => r.id).sort();

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = loadConfig({ DATABASE_URL: db.url, QUEUE_PREFIX: prefix, DATABASE_POOL_SIZE: '6', LOG_LEVEL: 'warn' });
    const moduleRef = await Test.createTestingModule({ imports: [ConfigModule, DatabaseModule, QueueConsumerModule, PlaybooksWorkerModule], providers: [VulnerableResidentRepository] })
      .overrideProvider(AppConfig)
      .useValue(config)
      .compile();
    app = await moduleRef.init();
    sql = app.get(DataSource);
    service = app.get(PlaybookEvaluationService);

    const areas = referenceData().areas;
    await sql.transaction((m) =>
      new ReferenceRepository(sql).upsertAreas(m, areas.map((a) => ({ id: a.id, kind: a.kind, names: a.names, geometry: a.outline, centroidLat: a.centroid.lat, centroidLon: a.centroid.lon }))),
    );
    teamId = (await sql.query(`INSERT INTO field_teams (kind, name) VALUES ('inspection', 'INS-W') RETURNING id`))[0].id;
    residents.lowLying = await insertResident('Low-lying home', 'xiaohengqin', ['low-lying-home', 'elderly-alone']);
    residents.elderly = await insertResident('Elderly alone', 'hetang', ['elderly-alone']);
    residents.onOpenTask = await insertResident('Already being visited', 'hetang', ['low-lying-home']);
    residents.afterClosedTask = await insertResident('Visited last week', 'lianhua', ['bedridden']);
    await insertTask(residents.onOpenTask, false);
    await insertTask(residents.afterClosedTask, true);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('files one request per selected resident without an open welfare-check task, once however often the change is evaluated', async () => {
    const surge = change('storm-surge', 'yellow', 'orange');
    const results = await Promise.all([service.evaluate(surge), service.evaluate(surge)]);
    // Storm surge selects low-lying homes; the one already on an open task is left to that task.
    expect(results.map((r) => r.welfareChecksRequested).sort((a, b) => a.length - b.length)).toEqual([[], [residents.lowLying]]);
    expect(await pending()).toEqual([residents.lowLying]);
    const [run] = results.flatMap((r) => r.created);
    const audits = await sql.query(`SELECT action, actor_name, summary FROM audit_log WHERE entity_id = $1 AND action = 'welfare_check.requested'`, [run]);
    expect(audits).toEqual([{ action: 'welfare_check.requested', actor_name: 'system', summary: expect.objectContaining({ after: { vulnerableResidents: 1 }, selection: { areas: null, kinds: ['low-lying-home'] } }) }]);
    const [request] = await sql.query(`SELECT playbook_run_id FROM welfare_check_requests WHERE vulnerable_resident_id = $1`, [residents.lowLying]);
    expect(request.playbook_run_id).toBe(run);
  });

  it('adds only residents not already pending when a wider rule fires; a rule without the action files nothing', async () => {
    const tc8 = change('tropical-cyclone', '3', '8SE');
    const result = await service.evaluate(tc8);
    expect(result.created).toHaveLength(2); // the signal 8 run and the school suspension run
    expect(result.welfareChecksRequested.sort()).toEqual([residents.elderly, residents.afterClosedTask].sort());
    expect(await pending()).toEqual([residents.lowLying, residents.elderly, residents.afterClosedTask].sort());
    expect(await dueIds()).toEqual(await pending());

    expect((await service.evaluate(change('rainstorm', 'red', 'black'))).welfareChecksRequested).toEqual([]);
    expect((await service.evaluate(change('tropical-cyclone', '8SE', '3'))).welfareChecksRequested).toEqual([]);
  });

  it('counts a request answered once a welfare-check task is created or a check is recorded, and asks again on the next event', async () => {
    await insertTask(residents.lowLying, false);
    expect(await dueIds()).not.toContain(residents.lowLying);
    await sql.transaction((m) => app.get(WelfareCheckRepository).resolveRequests(m, residents.elderly, new Date()));
    expect(await dueIds()).toEqual([residents.afterClosedTask]);

    // The next storm surge: the low-lying resident is on an open task now, nobody else new is low-lying.
    expect((await service.evaluate(change('storm-surge', 'orange', 'yellow'))).welfareChecksRequested).toEqual([]);
    const again = await service.evaluate(change('storm-surge', 'yellow', 'red'));
    expect(again.welfareChecksRequested).toEqual([]);
    await sql.query(`UPDATE field_tasks SET state = 'done', en_route_at = now(), on_site_at = now(), closed_at = now() WHERE vulnerable_resident_id = $1`, [residents.lowLying]);
    const third = await service.evaluate(change('tropical-cyclone', '3', '9'));
    expect(third.welfareChecksRequested.sort()).toEqual([residents.lowLying, residents.elderly].sort());
    const [{ answered }] = await sql.query(`SELECT count(*)::int AS answered FROM welfare_check_requests WHERE resolved_by = 'task'`);
    expect(answered).toBe(1);
  });
});
