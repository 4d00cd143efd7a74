import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { AreaGeometry } from '@app/contracts';
import { OperationsStatsRepository } from '@app/database';
import { areaContaining, sniffImage } from '@app/domain';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { SeedRunner } from '../seed/seed.runner.js';
import { DEMO_ID_PATTERN } from './demo-ids.js';
import { DemoModule } from './demo.module.js';
import { DemoScenarioLoader } from './demo-scenario.loader.js';

describe('demo scenario loader', () => {
  let db: TestDatabase;
  let context: INestApplicationContext;
  let sql: DataSource;
  let photoDir: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    photoDir = mkdtempSync(path.join(tmpdir(), 'qinao-demo-photos-'));
    Object.assign(process.env, { NODE_ENV: 'test', DATABASE_URL: db.url, SEED_DEMO_ACCOUNTS: 'true', PHOTO_STORAGE: 'local', PHOTO_STORAGE_PATH: photoDir });
    context = await NestFactory.createApplicationContext(DemoModule, { logger: ['error', 'warn'] });
    sql = context.get(DataSource);
    await context.get(SeedRunner).run();
  });
  afterAll(async () => {
    await context?.close();
    await db?.drop();
    rmSync(photoDir, { recursive: true, force: true });
    delete process.env.PHOTO_STORAGE_PATH;
  });

  const TABLES = [
    'field_teams',
    'team_members',
    'vehicles',
    'team_readiness_changes',
    'field_tasks',
    'task_transitions',
    'check_ins',
    'vulnerable_residents',
    'welfare_checks',
    'transfers',
    'shelter_departures',
    'hazard_reports',
    'hazard_report_steps',
    'hazard_photos',
    'audit_log',
  ];
  const counts = async () => {
    const [row] = await sql.query(`SELECT ${TABLES.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')},
                                          (SELECT coalesce(sum(occupancy), 0)::int FROM shelters) AS occupancy`);
    return row as Record<string, number>;
  };

  it('loads the operation once, and a second run replaces it instead of adding to it', async () => {
    const auditBefore = (await counts()).audit_log;
    const first = await context.get(DemoScenarioLoader).load();
    expect(first.replaced).toBe(false);
    const afterFirst = await counts();
    expect(afterFirst).toMatchObject({ field_teams: 10, audit_log: auditBefore });
    expect(afterFirst.vulnerable_residents).toBeGreaterThanOrEqual(8);
    expect(afterFirst.hazard_reports).toBeGreaterThanOrEqual(5);
    expect(afterFirst.hazard_photos).toBe(2);

    const second = await context.get(DemoScenarioLoader).load();
    expect(second.replaced).toBe(true);
    expect(await counts()).toEqual(afterFirst);
    expect(second.silentTeams).toEqual(['INS-03 莲花口岸巡查三队']);
  });

  it('gives the dashboard non-zero figures, one silent team among them', async () => {
    const kpis = await new OperationsStatsRepository(sql).kpis(new Date(Date.now() - 72 * 3600_000), 30);
    expect(kpis).toMatchObject({ inspectionTeamsOut: 4, crewsOnStandby: 2, peopleOnStandby: 11, silentTeams: 1, openHazards: 4, rectifiedHazards: 2 });
    for (const figure of ['inspectorTrips', 'vehicleTrips', 'peopleMoved', 'shelterOccupancy', 'shelterCapacity'] as const) expect(kpis[figure]).toBeGreaterThan(0);
    // Occupancy is what moved in minus what left, as the shelter services keep it.
    const [moved] = await sql.query(
      `SELECT (SELECT sum(people) FROM transfers)::int - (SELECT coalesce(sum(people), 0) FROM shelter_departures)::int AS net`,
    );
    expect(kpis.shelterOccupancy).toBe(moved.net);
  });

  it('puts every position inside a seeded area', async () => {
    const areas = (await sql.query(`SELECT id, geometry FROM areas`)) as { id: string; geometry: AreaGeometry }[];
    const points = (await sql.query(
      `SELECT 'check-in' AS what, lat, lon, NULL AS area_id FROM check_ins
       UNION ALL SELECT 'report', lat, lon, area_id FROM hazard_reports
       UNION ALL SELECT 'resident', lat, lon, area_id FROM vulnerable_residents
       UNION ALL SELECT 'task', lat, lon, area_id FROM field_tasks WHERE lat IS NOT NULL`,
    )) as { what: string; lat: number; lon: number; area_id: string | null }[];
    expect(points.length).toBeGreaterThan(30);
    for (const point of points) {
      const area = areaContaining(point, areas);
      expect(area, `${point.what} at ${point.lat},${point.lon}`).not.toBeNull();
      if (point.area_id) expect(area, `${point.what} at ${point.lat},${point.lon}`).toBe(point.area_id);
    }
  });

  it('links the inspector and the crew lead to units with tasks, and stores real photos', async () => {
    const tasks = await sql.query(
      `SELECT u.username, count(DISTINCT f.id)::int AS tasks FROM staff_users u
         JOIN team_members m ON m.staff_user_id = u.id JOIN field_tasks f ON f.team_id = m.team_id
        WHERE u.username IN ('inspector', 'crewlead') GROUP BY u.username ORDER BY u.username`,
    );
    expect(tasks).toEqual([
      { username: 'crewlead', tasks: expect.any(Number) },
      { username: 'inspector', tasks: expect.any(Number) },
    ]);
    for (const row of tasks) expect(row.tasks).toBeGreaterThan(0);

    const photos = (await sql.query(`SELECT storage_key, bytes, width, height FROM hazard_photos WHERE id::text LIKE $1`, [DEMO_ID_PATTERN])) as {
      storage_key: string;
      bytes: number;
      width: number;
      height: number;
    }[];
    for (const photo of photos) {
      const file = path.join(photoDir, photo.storage_key);
      expect(existsSync(file)).toBe(true);
      const body = readFileSync(file);
      expect(body.length).toBe(photo.bytes);
      expect(sniffImage(body)).toEqual({ contentType: 'image/png', width: photo.width, height: photo.height });
    }
  });

  it('keeps people moved outside the demo in the shelter counts across reloads', async () => {
    const [shelter] = await sql.query(`SELECT id, occupancy FROM shelters WHERE place_id = 'shelter-hetang-community-centre'`);
    const [operator] = await sql.query(`SELECT id FROM staff_users WHERE username = 'operator'`);
    await sql.query(
      `INSERT INTO transfers (client_id, body_hash, shelter_id, people, by_id, by_name, recorded_at) VALUES ('outside-demo-1', sha256('x'), $1, 3, $2, 'Operator', now())`,
      [shelter.id, operator.id],
    );
    await sql.query(`UPDATE shelters SET occupancy = occupancy + 3 WHERE id = $1`, [shelter.id]);
    await context.get(DemoScenarioLoader).load();
    const [after] = await sql.query(`SELECT occupancy FROM shelters WHERE id = $1`, [shelter.id]);
    expect(after.occupancy).toBe(shelter.occupancy + 3);
  });
});
