import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule, loadConfig } from '@app/config';
import type { OperationsKpis } from '@app/contracts';
import { DatabaseModule, OperationsStatsRepository } from '@app/database';
import { RealtimeModule } from '@app/realtime';
import { createTestDatabase, deleteRedisKeys, TEST_REDIS_URL, type TestDatabase } from '@app/testing';
import { OperationsKpisPublisher } from './operations-kpis.publisher.js';

describe('operations KPI publisher', () => {
  const prefix = `t_opskpi_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let app: INestApplicationContext;
  let sql: DataSource;
  let publisher: OperationsKpisPublisher;

  const published = async (): Promise<{ room: string; kpis: OperationsKpis }[]> =>
    (await sql.query(`SELECT room, payload FROM realtime_events WHERE event = 'ops.kpis' ORDER BY seq`)).map((r: { room: string; payload: { kpis: OperationsKpis } }) => ({ room: r.room, kpis: r.payload.kpis }));

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = loadConfig({ DATABASE_URL: db.url, QUEUE_PREFIX: prefix, REDIS_URL: TEST_REDIS_URL, LOG_LEVEL: 'warn' });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule, DatabaseModule, RealtimeModule],
      providers: [OperationsStatsRepository, OperationsKpisPublisher],
    })
      .overrideProvider(AppConfig)
      .useValue(config)
      .compile();
    app = await moduleRef.init();
    sql = app.get(DataSource);
    publisher = app.get(OperationsKpisPublisher);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await deleteRedisKeys(prefix, TEST_REDIS_URL);
  });

  it('publishes the figures to the HQ and the liaison, and again only when one moved', async () => {
    expect(await publisher.refresh()).toBe(true);
    expect(await publisher.refresh()).toBe(false);
    const first = await published();
    expect(first.map((e) => e.room).sort()).toEqual(['hq', 'liaison']);
    expect(first[0]!.kpis).toMatchObject({ crewsOnStandby: 0, peopleOnStandby: 0 });

    const [crew] = await sql.query(`INSERT INTO field_teams (kind, name, readiness) VALUES ('rescue', 'Crew 9', 'standby') RETURNING id`);
    await sql.query(`INSERT INTO team_members (team_id, position, name) SELECT $1, n, 'm' || n FROM generate_series(1, 12) n`, [crew.id]);
    expect(await publisher.refresh()).toBe(true);
    const latest = (await published()).at(-1)!.kpis;
    expect(latest).toMatchObject({ crewsOnStandby: 1, peopleOnStandby: 12 });
    expect(await publisher.refresh()).toBe(false);
    expect(await published()).toHaveLength(4);
  });
});
