import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { HENGQIN_AREAS, HENGQIN_PLACES } from '@app/domain';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { ReferenceDataSeeder } from './reference-data.seeder.js';
import { ReferenceModule } from './reference.module.js';

@Module({ imports: [ConfigModule, DatabaseModule, ReferenceModule] })
class SeederTestModule {}

describe('ReferenceDataSeeder', () => {
  let db: TestDatabase;
  let context: INestApplicationContext;
  let dataSource: DataSource;
  let seeder: ReferenceDataSeeder;

  beforeAll(async () => {
    db = await createTestDatabase();
    Object.assign(process.env, { NODE_ENV: 'test', DATABASE_URL: db.url });
    context = await NestFactory.createApplicationContext(SeederTestModule, { logger: ['error', 'warn'] });
    dataSource = context.get(DataSource);
    seeder = context.get(ReferenceDataSeeder);
  });
  afterAll(async () => {
    await context?.close();
    await db?.drop();
  });

  const auditRows = () =>
    dataSource.query<{ actor_name: string; action: string; entity_type: string; summary: Record<string, { inserted: string[]; updated: string[] }> }[]>(
      `SELECT actor_name, action, entity_type, summary FROM audit_log WHERE entity_type = 'reference_data' ORDER BY id`,
    );
  const count = async (table: string) => Number((await dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it('writes every area and place the first time, with one audit row by the system', async () => {
    const lines = await seeder.run();
    expect(lines).toEqual([`Reference data: areas ${HENGQIN_AREAS.length} added, 0 updated, 0 unchanged; places ${HENGQIN_PLACES.length} added, 0 updated, 0 unchanged.`]);
    expect(await count('areas')).toBe(HENGQIN_AREAS.length);
    expect(await count('places')).toBe(HENGQIN_PLACES.length);
    const audit = await auditRows();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_name: 'system', action: 'reference_data.seeded', entity_type: 'reference_data' });
    expect(audit[0].summary.areas.inserted.sort()).toEqual(HENGQIN_AREAS.map((a) => a.id).sort());
    expect(audit[0].summary.places.inserted).toHaveLength(HENGQIN_PLACES.length);
    const [centroid] = await dataSource.query(`SELECT centroid_lat, centroid_lon FROM areas WHERE id = 'lianhua'`);
    expect(centroid.centroid_lat).toBeGreaterThan(22.13);
    expect(centroid.centroid_lon).toBeGreaterThan(113.53);
  });

  it('changes nothing and writes no audit row when run again', async () => {
    const stamps = await dataSource.query(`SELECT id, updated_at FROM areas UNION ALL SELECT id, updated_at FROM places ORDER BY id`);
    const lines = await seeder.run();
    expect(lines).toEqual([`Reference data: up to date (${HENGQIN_AREAS.length} areas, ${HENGQIN_PLACES.length} places).`]);
    expect(await auditRows()).toHaveLength(1);
    expect(await dataSource.query(`SELECT id, updated_at FROM areas UNION ALL SELECT id, updated_at FROM places ORDER BY id`)).toEqual(stamps);
  });

  it('puts back what someone changed in the database and audits exactly that', async () => {
    await dataSource.query(`UPDATE places SET capacity = 1 WHERE id = 'shelter-hetang-community-centre'`);
    await dataSource.query(`UPDATE areas SET names = names - 'pt' WHERE id = 'xinjiayuan'`);
    const lines = await seeder.run();
    expect(lines).toEqual([
      `Reference data: areas 0 added, 1 updated, ${HENGQIN_AREAS.length - 1} unchanged; places 0 added, 1 updated, ${HENGQIN_PLACES.length - 1} unchanged.`,
    ]);
    const audit = await auditRows();
    expect(audit).toHaveLength(2);
    expect(audit[1].summary).toEqual({
      areas: { inserted: [], updated: ['xinjiayuan'] },
      places: { inserted: [], updated: ['shelter-hetang-community-centre'] },
    });
    const [shelter] = await dataSource.query(`SELECT capacity FROM places WHERE id = 'shelter-hetang-community-centre'`);
    expect(shelter.capacity).toBe(HENGQIN_PLACES.find((p) => p.id === 'shelter-hetang-community-centre')!.capacity);
  });
});
