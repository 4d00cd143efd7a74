import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule } from '@app/config';
import type { CreateHazardReportRequest } from '@app/contracts';
import { DatabaseModule, ReferenceRepository } from '@app/database';
import { referenceData } from '@app/domain';
import { TEST_REDIS_URL } from '@app/testing';
import { AuditModule } from '../../audit/audit.module.js';
import { AuthModule } from '../../auth/auth.module.js';
import { insertStaff, type TestStaff } from '../../auth/testing/staff-fixtures.js';
import { ApiObservabilityModule } from '../../health/api-observability.module.js';
import { configureApp } from '../../http/configure-app.js';
import { RateLimitModule } from '../../http/rate-limit.module.js';
import { insertTeamRows } from '../../testing/field-ops-fixtures.js';
import { ReportsModule } from '../reports.module.js';

export interface ReportPhotoPart {
  body: Buffer;
  filename?: string;
  contentType?: string;
}

/**
 * The api with the reports module over a test database, with areas seeded. `env` (the photo storage settings) is
 * added to process.env with the database and queue settings; the caller removes what it must not leave behind.
 */
export async function startReportsApp(databaseUrl: string, queuePrefix: string, env: Record<string, string>): Promise<{ app: INestApplication; sql: DataSource }> {
  Object.assign(process.env, { NODE_ENV: 'test', LOG_LEVEL: 'error', DATABASE_URL: databaseUrl, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: queuePrefix, ...env });
  const moduleRef = await Test.createTestingModule({ imports: [ConfigModule, DatabaseModule, ApiObservabilityModule, AuthModule, AuditModule, RateLimitModule, ReportsModule] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  configureApp(app as NestExpressApplication, app.get(AppConfig));
  await app.init();
  const sql = app.get(DataSource);
  await sql.transaction((m) =>
    app.get(ReferenceRepository).upsertAreas(
      m,
      referenceData().areas.map((a) => ({ id: a.id, kind: a.kind, names: a.names, geometry: a.outline, centroidLat: a.centroid.lat, centroidLon: a.centroid.lon })),
    ),
  );
  return { app, sql };
}

/** A team with staff members (straight into the tables the teams module owns) and one task for it. */
export async function insertTeam(sql: DataSource, name: string, members: TestStaff[], assignedBy: TestStaff): Promise<{ teamId: string; taskId: string }> {
  const teamId = await insertTeamRows(sql, name, members);
  const [{ id: taskId }] = await sql.query<{ id: string }[]>(
    `INSERT INTO field_tasks (kind, team_id, title, area_id, people, assigned_by_id, assigned_by_name)
     VALUES ('inspection', $1, 'Sweep', 'xiaohengqin', 2, $2, $3) RETURNING id`,
    [teamId, assignedBy.id, assignedBy.displayName],
  );
  return { teamId, taskId };
}

export function staff(app: INestApplication, username: string, role: TestStaff['role']): Promise<TestStaff> {
  return insertStaff(app, { username, role, displayName: `${role} ${username}` });
}

/** A valid report made a minute ago in Xiaohengqin. */
export function reportBody(overrides: Partial<CreateHazardReportRequest> = {}): CreateHazardReportRequest {
  const area = referenceData().areas.find((a) => a.id === 'xiaohengqin')!;
  return {
    clientId: randomUUID(),
    category: 'fallen-tree',
    severity: 'high',
    description: 'Large tree across both lanes',
    location: { lat: area.centroid.lat, lon: area.centroid.lon, accuracyMeters: 8 },
    recordedAt: new Date(Date.now() - 60_000).toISOString(),
    ...overrides,
  };
}

/** `POST /api/reports` as multipart/form-data: `report` as JSON (or raw text) and the photos. */
export function sendReport(app: INestApplication, who: TestStaff, report: object | string, photos: ReportPhotoPart[] = []) {
  let req = request(app.getHttpServer())
    .post('/api/reports')
    .set('Authorization', `Bearer ${who.token}`)
    .field('report', typeof report === 'string' ? report : JSON.stringify(report));
  photos.forEach((photo, i) => {
    req = req.attach('photos', photo.body, { filename: photo.filename ?? `photo-${i}.jpg`, contentType: photo.contentType ?? 'image/jpeg' });
  });
  return req;
}

/** Rows of the report tables and audit entries, to show that a refused request stored nothing. */
export async function reportCounts(sql: DataSource): Promise<{ reports: number; photos: number; steps: number; audits: number }> {
  const [row] = await sql.query(
    `SELECT (SELECT count(*)::int FROM hazard_reports) AS reports, (SELECT count(*)::int FROM hazard_photos) AS photos,
            (SELECT count(*)::int FROM hazard_report_steps) AS steps, (SELECT count(*)::int FROM audit_log) AS audits`,
  );
  return row;
}

/** Every file under a folder, relative paths, sorted. */
export async function filesUnder(root: string): Promise<string[]> {
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
      .sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}
