import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import type { CreateTeamRequest, Team } from '@app/contracts';
import { DatabaseModule } from '@app/database';
import { AuditModule } from '../../audit/audit.module.js';
import { AuthModule } from '../../auth/auth.module.js';
import { createApiTestApp } from '../../auth/testing/api-test-app.js';
import type { TestStaff } from '../../auth/testing/staff-fixtures.js';
import { CheckInsModule } from '../../check-ins/check-ins.module.js';
import { TasksModule } from '../../tasks/tasks.module.js';
import { TeamsModule } from '../teams.module.js';

export const TEST_AREA = 'test-area-1';
export const TEST_PLACE = 'test-base-1';
export const TEST_PLACE_2 = 'test-base-2';

/** The teams, tasks and check-ins api on its own, with one area and two places to point at. */
export async function createFieldTestApp(databaseUrl: string, env: Record<string, string> = {}): Promise<INestApplication> {
  const app = await createApiTestApp({
    databaseUrl,
    env: { REDIS_URL: '', ...env },
    imports: [ConfigModule, DatabaseModule, AuthModule, AuditModule, TeamsModule, TasksModule, CheckInsModule],
  });
  const sql = app.get(DataSource);
  await sql.query(
    `INSERT INTO areas (id, kind, names, geometry, centroid_lat, centroid_lon)
     VALUES ($1, 'community', '{"zh-Hans":"测试","zh-Hant":"測試","pt":"Teste","en":"Test"}', '{"type":"Polygon","coordinates":[]}', 22.13, 113.53)`,
    [TEST_AREA],
  );
  for (const id of [TEST_PLACE, TEST_PLACE_2]) {
    await sql.query(
      `INSERT INTO places (id, kind, names, lat, lon, area_id) VALUES ($1, 'hq', '{"zh-Hans":"基地","zh-Hant":"基地","pt":"Base","en":"Base"}', 22.13, 113.53, $2)`,
      [id, TEST_AREA],
    );
  }
  return app;
}

export function api(app: INestApplication) {
  const http = () => request(app.getHttpServer());
  const as = (who: TestStaff) => ({
    get: (path: string) => http().get(path).set('Authorization', `Bearer ${who.token}`),
    post: (path: string, body?: object) => http().post(path).set('Authorization', `Bearer ${who.token}`).send(body ?? {}),
    patch: (path: string, body: object) => http().patch(path).set('Authorization', `Bearer ${who.token}`).send(body),
    csv: (text: string, path = '/api/teams/roster') => http().post(path).set('Authorization', `Bearer ${who.token}`).set('Content-Type', 'text/csv').send(text),
  });
  return { http, as };
}

let plateCounter = 0;
/** A unique plate per call, so test units never share a vehicle by accident. */
export const nextPlate = () => `MT-${String(++plateCounter).padStart(2, '0')}-${Math.floor(Math.random() * 90 + 10)}`;

/** Creates a unit through the api as `hq`; members are the given staff (first one leads) plus `extra` roster-only people. */
export async function createTeam(app: INestApplication, hq: TestStaff, values: Partial<CreateTeamRequest> & { name: string; staff?: TestStaff[]; extra?: number }): Promise<Team> {
  const { staff = [], extra = 0, ...rest } = values;
  const body: CreateTeamRequest = {
    kind: 'inspection',
    members: [
      ...staff.map((s, i) => ({ name: s.displayName, staffUserId: s.id, leader: i === 0 })),
      ...Array.from({ length: extra }, (_, i) => ({ name: `${values.name} member ${i + 1}`, phone: `+853 6000 ${String(i).padStart(4, '0')}` })),
    ],
    ...rest,
  };
  const res = await api(app).as(hq).post('/api/teams', body);
  if (res.status !== 201) throw new Error(`team not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Team;
}
