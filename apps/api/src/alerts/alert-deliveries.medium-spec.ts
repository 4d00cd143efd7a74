import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import type { Alert, AlertAudience, DeliverySummary } from '@app/contracts';
import { DatabaseModule } from '@app/database';
import { referenceData } from '@app/domain';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { createApiTestApp } from '../auth/testing/api-test-app.js';
import { insertStaff, type TestStaff } from '../auth/testing/staff-fixtures.js';
import { AlertsModule } from './alerts.module.js';

describe('alert audience and delivery summary', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let operator: TestStaff;
  let liaison: TestStaff;

  const http = () => request(app.getHttpServer());
  const as = (who: TestStaff) => ({ Authorization: `Bearer ${who.token}` });
  const subscribe = async (areaIds: string[], language: string, flags: { drills?: boolean; testDevice?: boolean } = {}): Promise<string> => {
    const [row] = await sql.query<{ id: string }[]>(
      `INSERT INTO push_subscriptions (endpoint, p256dh, auth, language, area_ids, enrolled_for_drills, test_device, manage_token_hash)
       VALUES ($1, 'k', 'a', $2, $3::text[], $4, $5, $6) RETURNING id`,
      [`https://fcm.googleapis.com/fcm/send/${randomUUID()}`, language, areaIds, flags.drills ?? false, flags.testDevice ?? false, randomBytes(32)],
    );
    return row!.id;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApiTestApp({ databaseUrl: db.url, imports: [ConfigModule, DatabaseModule, AuthModule, AuditModule, AlertsModule] });
    sql = app.get(DataSource);
    for (const area of referenceData().areas) {
      await sql.query(`INSERT INTO areas (id, kind, names, geometry, centroid_lat, centroid_lon) VALUES ($1, $2, $3, $4, $5, $6)`, [
        area.id,
        area.kind,
        JSON.stringify(area.names),
        JSON.stringify(area.outline),
        area.centroid.lat,
        area.centroid.lon,
      ]);
    }
    operator = await insertStaff(app, { username: 'op.lam', role: 'operator' });
    liaison = await insertStaff(app, { username: 'liaison.ip', role: 'liaison' });
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('counts the subscriptions an alert would reach, per language, drills only for an Exercise', async () => {
    const actual: Alert = (await http().post('/api/alerts').set(as(operator)).send({ templateId: 'smg-tc8-issued', status: 'Actual' }).expect(201)).body;
    const exercise: Alert = (await http().post('/api/alerts').set(as(operator)).send({ templateId: 'smg-tc8-issued', status: 'Exercise' }).expect(201)).body;
    const inside = actual.target.areaIds[0]!;
    const outside = referenceData().areas.map((a) => a.id).find((id) => !actual.target.areaIds.includes(id));
    await subscribe([inside], 'pt');
    await subscribe([inside], 'en', { drills: true });
    await subscribe([inside, 'elsewhere'], 'pt');
    if (outside) await subscribe([outside], 'en', { drills: true });

    const audience: AlertAudience = (await http().get(`/api/alerts/${actual.id}/audience`).set(as(operator)).expect(200)).body;
    expect(audience).toMatchObject({ alertId: actual.id, status: 'Actual', subscriptions: 3, byLanguage: { pt: 2, en: 1, 'zh-Hans': 0, 'zh-Hant': 0 } });
    const drill: AlertAudience = (await http().get(`/api/alerts/${exercise.id}/audience`).set(as(operator)).expect(200)).body;
    expect(drill).toMatchObject({ status: 'Exercise', subscriptions: 1, byLanguage: { en: 1, pt: 0 } });
  });

  it('summarises the delivery ledger of an alert', async () => {
    const alert: Alert = (await http().post('/api/alerts').set(as(operator)).send({ templateId: 'smg-tc8-issued', status: 'Actual' }).expect(201)).body;
    const empty: DeliverySummary = (await http().get(`/api/alerts/${alert.id}/deliveries/summary`).set(as(operator)).expect(200)).body;
    expect(empty).toMatchObject({ alertId: alert.id, targeted: 0, pending: 0, finishedAt: null });

    const area = alert.target.areaIds[0]!;
    const rows: [string, string][] = [['sent', 'pt'], ['sent', 'en'], ['failed', 'en'], ['removed', 'pt'], ['pending', 'zh-Hant']];
    for (const [state, language] of rows) {
      const subscriptionId = await subscribe([area], language);
      await sql.query(`INSERT INTO deliveries (alert_id, subscription_id, language, state, sent_at) VALUES ($1, $2, $3, $4, CASE WHEN $4 = 'sent' THEN now() END)`, [alert.id, subscriptionId, language, state]);
    }
    const summary: DeliverySummary = (await http().get(`/api/alerts/${alert.id}/deliveries/summary`).set(as(operator)).expect(200)).body;
    expect(summary).toMatchObject({ targeted: 5, sent: 2, failed: 1, removed: 1, pending: 1, expired: 0, cancelled: 0, finishedAt: null });
    expect(summary.byLanguage).toMatchObject({ pt: { targeted: 2, sent: 1 }, en: { targeted: 2, sent: 1 }, 'zh-Hant': { targeted: 1, sent: 0 } });
    expect(summary.firstSentAt).not.toBeNull();

    await sql.query(`UPDATE deliveries SET state = 'expired' WHERE alert_id = $1 AND state = 'pending'`, [alert.id]);
    const done: DeliverySummary = (await http().get(`/api/alerts/${alert.id}/deliveries/summary`).set(as(operator)).expect(200)).body;
    expect(done).toMatchObject({ pending: 0, expired: 1 });
    expect(done.finishedAt).not.toBeNull();
  });

  it('refuses unknown and malformed ids and roles outside the HQ', async () => {
    const unknown = randomUUID();
    expect((await http().get(`/api/alerts/${unknown}/deliveries/summary`).set(as(operator)).expect(404)).body.code).toBe('alert_not_found');
    await http().get(`/api/alerts/${unknown}/audience`).set(as(operator)).expect(404);
    await http().get('/api/alerts/not-a-uuid/audience').set(as(operator)).expect(400);
    await http().get(`/api/alerts/${unknown}/deliveries/summary`).set(as(liaison)).expect(403);
    await http().get(`/api/alerts/${unknown}/audience`).expect(401);
  });
});
