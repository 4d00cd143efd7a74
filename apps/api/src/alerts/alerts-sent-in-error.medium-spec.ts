import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import type { Alert } from '@app/contracts';
import { DatabaseModule } from '@app/database';
import { referenceData } from '@app/domain';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { createApiTestApp } from '../auth/testing/api-test-app.js';
import { insertStaff, type TestStaff } from '../auth/testing/staff-fixtures.js';
import { AlertsModule } from './alerts.module.js';

const LIVE = 'SEND LIVE ALERT';

/** The "sent in error" correction with ALERT_SENT_IN_ERROR_NEEDS_APPROVAL off (the default) and on. */
describe.each([
  { needsApproval: false, env: {} },
  { needsApproval: true, env: { ALERT_SENT_IN_ERROR_NEEDS_APPROVAL: 'true' } },
])('sent-in-error correction, approval needed: $needsApproval', ({ needsApproval, env }) => {
  let db: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let operator: TestStaff;
  let commander: TestStaff;
  let commander2: TestStaff;
  let commander3: TestStaff;

  beforeAll(async () => {
    db = await createTestDatabase();
    // Unset counts as the default; each run states its own value so the other's does not linger in process.env.
    app = await createApiTestApp({
      databaseUrl: db.url,
      env: { PUBLIC_URL: 'https://alerts.qinao.example', ALERT_SENT_IN_ERROR_NEEDS_APPROVAL: '', ...env },
      imports: [ConfigModule, DatabaseModule, AuthModule, AuditModule, AlertsModule],
    });
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
    operator = await insertStaff(app, { username: 'op.chan', role: 'operator' });
    commander = await insertStaff(app, { username: 'cmd.wong', role: 'commander' });
    commander2 = await insertStaff(app, { username: 'cmd.leong', role: 'commander' });
    commander3 = await insertStaff(app, { username: 'cmd.ho', role: 'commander' });
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const http = () => request(app.getHttpServer());
  const as = (who: TestStaff) => ({ Authorization: `Bearer ${who.token}` });
  const outboxFor = (id: string) => sql.query(`SELECT topic FROM outbox WHERE payload->>'alertId' = $1`, [id]);
  const stateOf = async (id: string) => (await http().get(`/api/alerts/${id}`).set(as(operator)).expect(200)).body.state as string;

  async function published(): Promise<Alert> {
    const draft = (await http().post('/api/alerts').set(as(operator)).send({ templateId: 'smg-tc8-issued', status: 'Actual' }).expect(201)).body;
    await http().post(`/api/alerts/${draft.id}/submit`).set(as(operator)).expect(200);
    return (await http().post(`/api/alerts/${draft.id}/approve`).set(as(commander)).send({ confirmation: LIVE }).expect(200)).body;
  }

  if (!needsApproval) {
    it('publishes the correction at once with its outbox row and cancels the original', async () => {
      const original = await published();
      const correction = (await http().post(`/api/alerts/${original.id}/sent-in-error`).set(as(commander2)).expect(201)).body as Alert;
      expect(correction).toMatchObject({ state: 'published', msgType: 'Cancel', replacesAlertId: original.id, approvedBy: commander2.id });
      expect(await outboxFor(correction.id)).toEqual([{ topic: 'alert.dispatch' }]);
      expect(await stateOf(original.id)).toBe('cancelled');
      const audits = await sql.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [correction.id]);
      expect(audits.map((a: { action: string }) => a.action)).toEqual(['alert.sent_in_error_published']);
    });
  } else {
    it('submits the correction for a second commander; only that approval sends it and cancels the original', async () => {
      const original = await published();
      const correction = (await http().post(`/api/alerts/${original.id}/sent-in-error`).set(as(commander2)).expect(201)).body as Alert;
      expect(correction).toMatchObject({
        state: 'submitted',
        msgType: 'Cancel',
        severity: 'Minor',
        replacesAlertId: original.id,
        createdBy: commander2.id,
        submittedBy: commander2.id,
        approvedBy: null,
        identifier: null,
      });
      expect(correction.references.map((r) => r.identifier)).toEqual([original.identifier]);
      expect(await outboxFor(correction.id)).toEqual([]);
      expect(await stateOf(original.id)).toBe('published');
      const audits = await sql.query(`SELECT action, actor_id FROM audit_log WHERE entity_id = $1 ORDER BY id`, [correction.id]);
      expect(audits).toEqual([{ action: 'alert.sent_in_error_submitted', actor_id: commander2.id }]);

      // While it waits, no second correction is made.
      const again = await http().post(`/api/alerts/${original.id}/sent-in-error`).set(as(commander3)).expect(409);
      expect(again.body.code).toBe('alert_correction_pending');
      expect((await sql.query(`SELECT count(*)::int AS n FROM alerts WHERE replaces_alert_id = $1`, [original.id]))[0].n).toBe(1);

      // Its author cannot approve it; another commander does, without the typed phrase (a correction is Minor).
      expect((await http().post(`/api/alerts/${correction.id}/approve`).set(as(commander2)).send({}).expect(403)).body.code).toBe('alert_self_approval');
      const approved = (await http().post(`/api/alerts/${correction.id}/approve`).set(as(commander3)).send({}).expect(200)).body as Alert;
      expect(approved).toMatchObject({ state: 'published', approvedBy: commander3.id });
      expect(await outboxFor(correction.id)).toEqual([{ topic: 'alert.dispatch' }]);
      expect(await stateOf(original.id)).toBe('cancelled');

      // Once the original is cancelled there is nothing left to correct.
      await http().post(`/api/alerts/${original.id}/sent-in-error`).set(as(commander3)).expect(409);
    });

    it('lets exactly one of two concurrent corrections through', async () => {
      const original = await published();
      const [a, b] = await Promise.all([commander2, commander3].map((who) => http().post(`/api/alerts/${original.id}/sent-in-error`).set(as(who))));
      expect([a!.status, b!.status].sort()).toEqual([201, 409]);
      expect((await sql.query(`SELECT count(*)::int AS n FROM alerts WHERE replaces_alert_id = $1`, [original.id]))[0].n).toBe(1);
    });
  }
});
