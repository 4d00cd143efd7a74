import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import type { Alert } from '@app/contracts';
import { DatabaseModule } from '@app/database';
import { parseCapAlert, referenceData } from '@app/domain';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { createApiTestApp } from '../auth/testing/api-test-app.js';
import { insertStaff, type TestStaff } from '../auth/testing/staff-fixtures.js';
import { AlertsModule } from './alerts.module.js';

const LIVE = 'SEND LIVE ALERT';

describe('alert composer and approval', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let operator: TestStaff;
  let commander: TestStaff;
  let commander2: TestStaff;
  let commander3: TestStaff;
  let liaison: TestStaff;
  let inspector: TestStaff;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApiTestApp({ databaseUrl: db.url, env: { PUBLIC_URL: 'https://alerts.qinao.example' }, imports: [ConfigModule, DatabaseModule, AuthModule, AuditModule, AlertsModule] });
    sql = app.get(DataSource);
    // The seeded areas templates target (the production seed writes the same rows).
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
    liaison = await insertStaff(app, { username: 'liaison.sa', role: 'liaison' });
    inspector = await insertStaff(app, { username: 'insp.lei', role: 'inspector' });
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const http = () => request(app.getHttpServer());
  const as = (who: TestStaff) => ({ Authorization: `Bearer ${who.token}` });
  const counts = async () =>
    (await sql.query(`SELECT (SELECT count(*)::int FROM alerts) AS alerts, (SELECT count(*)::int FROM audit_log WHERE entity_type = 'alert') AS audits, (SELECT count(*)::int FROM outbox) AS outbox`))[0] as {
      alerts: number;
      audits: number;
      outbox: number;
    };
  const draft = async (who: TestStaff = operator): Promise<Alert & { version: number }> =>
    (await http().post('/api/alerts').set(as(who)).send({ templateId: 'smg-tc8-issued', status: 'Actual' }).expect(201)).body;
  const submitted = async (): Promise<Alert> => {
    const alert = await draft();
    return (await http().post(`/api/alerts/${alert.id}/submit`).set(as(operator)).expect(200)).body;
  };

  it('lists the templates for HQ roles', async () => {
    const res = await http().get('/api/alerts/templates').set(as(operator)).expect(200);
    expect(res.body.items.map((t: { id: string }) => t.id)).toContain('smg-tc8-issued');
  });

  it('walks draft → submit → approve, auditing each step and writing one dispatch outbox row', async () => {
    const alert = await draft();
    expect(alert).toMatchObject({ state: 'draft', status: 'Actual', msgType: 'Alert', createdBy: operator.id, identifier: null, templateId: 'smg-tc8-issued' });

    const edited = (await http().patch(`/api/alerts/${alert.id}`).set(as(operator)).send({ version: alert.version, eventCode: alert.eventCode }).expect(200)).body;
    expect(edited.version).toBe(alert.version + 1);
    expect((await http().post(`/api/alerts/${alert.id}/validate`).set(as(operator)).expect(200)).body.problems).toEqual([]);

    const sub = (await http().post(`/api/alerts/${alert.id}/submit`).set(as(operator)).expect(200)).body;
    expect(sub).toMatchObject({ state: 'submitted', submittedBy: operator.id });

    const res = await http().post(`/api/alerts/${alert.id}/approve`).set(as(commander)).send({ confirmation: LIVE }).expect(200);
    expect(res.body).toMatchObject({ state: 'published', approvedBy: commander.id, sender: 'alerts.qinao.example' });
    expect(res.body.identifier).toBeTruthy();
    expect(res.body.sent).toBeTruthy();

    const audits = await sql.query(`SELECT action, actor_id FROM audit_log WHERE entity_id = $1 ORDER BY id`, [alert.id]);
    expect(audits.map((a: { action: string }) => a.action)).toEqual(['alert.created', 'alert.edited', 'alert.submitted', 'alert.approved']);
    expect(audits.at(-1).actor_id).toBe(commander.id);
    const outbox = await sql.query(`SELECT topic, payload, enqueued_at FROM outbox WHERE payload->>'alertId' = $1`, [alert.id]);
    expect(outbox).toEqual([{ topic: 'alert.dispatch', payload: { alertId: alert.id }, enqueued_at: null }]);

    // Published alerts are immutable.
    await http().patch(`/api/alerts/${alert.id}`).set(as(operator)).send({ version: res.body.version, eventCode: 'OET-001' }).expect(409);

    // Its CAP document is public and valid.
    const cap = await http().get(`/api/alerts/${alert.id}/cap.xml`).expect(200);
    expect(cap.headers['content-type']).toMatch(/^application\/cap\+xml/);
    const parsed = parseCapAlert(cap.text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.alert.identifier).toBe(res.body.identifier);

    const feed = await http().get('/api/alerts/feed.atom').expect(200);
    expect(feed.text).toContain(`/api/alerts/${alert.id}/cap.xml`);
  });

  it('keeps the CAP document of a draft private', async () => {
    const alert = await draft();
    await http().get(`/api/alerts/${alert.id}/cap.xml`).expect(404);
  });

  it('refuses the author approving their own alert, changing nothing', async () => {
    const own = await draft(commander);
    await http().post(`/api/alerts/${own.id}/submit`).set(as(commander)).expect(200);
    const before = await counts();
    const res = await http().post(`/api/alerts/${own.id}/approve`).set(as(commander)).send({ confirmation: LIVE }).expect(403);
    expect(res.body.code).toBe('alert_self_approval');
    expect(await counts()).toEqual(before);
    expect((await http().get(`/api/alerts/${own.id}`).set(as(commander)).expect(200)).body.state).toBe('submitted');
  });

  it('needs the typed confirmation for a Severe live alert', async () => {
    const alert = await submitted();
    const res = await http().post(`/api/alerts/${alert.id}/approve`).set(as(commander)).send({}).expect(422);
    expect(res.body.code).toBe('alert_confirmation_required');
  });

  it('refuses liaisons and inspectors composing', async () => {
    const before = await counts();
    for (const who of [liaison, inspector]) {
      await http().post('/api/alerts').set(as(who)).send({ templateId: 'smg-tc8-issued' }).expect(403);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses privileged fields by name, storing nothing', async () => {
    const before = await counts();
    const res = await http()
      .post('/api/alerts')
      .set(as(operator))
      .send({ templateId: 'smg-tc8-issued', state: 'published', approvedBy: commander.id, publishedAt: new Date().toISOString(), identifier: 'x', sender: 'y' })
      .expect(400);
    for (const field of ['state', 'approvedBy', 'publishedAt', 'identifier', 'sender']) expect(res.body.message).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it('answers 422 with the problems when invalid content is submitted, and leaves it a draft', async () => {
    const alert = await draft();
    const past = new Date(Date.now() - 3_600_000).toISOString();
    const edited = (await http().patch(`/api/alerts/${alert.id}`).set(as(operator)).send({ version: alert.version, expires: past }).expect(200)).body;
    const problems = (await http().post(`/api/alerts/${alert.id}/validate`).set(as(operator)).expect(200)).body.problems;
    expect(problems.map((p: { code: string }) => p.code)).toContain('expires_in_past');
    const res = await http().post(`/api/alerts/${alert.id}/submit`).set(as(operator)).expect(422);
    expect(res.body.code).toBe('alert_invalid');
    expect(res.body.details.join('\n')).toContain('expires');
    const after = (await http().get(`/api/alerts/${alert.id}`).set(as(operator)).expect(200)).body;
    expect(after).toMatchObject({ state: 'draft', version: edited.version });
  });

  it('answers 409 to an edit based on a stale version', async () => {
    const alert = await draft();
    await http().patch(`/api/alerts/${alert.id}`).set(as(operator)).send({ version: alert.version, eventCode: 'OET-204' }).expect(200);
    const res = await http().patch(`/api/alerts/${alert.id}`).set(as(operator)).send({ version: alert.version, eventCode: 'OET-205' }).expect(409);
    expect(res.body.code).toBe('alert_version_conflict');
  });

  it('lets exactly one of two concurrent approvals through, with one outbox row', async () => {
    const alert = await submitted();
    const [a, b] = await Promise.all(
      [commander2, commander3].map((who) => http().post(`/api/alerts/${alert.id}/approve`).set(as(who)).send({ confirmation: LIVE })),
    );
    expect([a!.status, b!.status].sort()).toEqual([200, 409]);
    const outbox = await sql.query(`SELECT id FROM outbox WHERE payload->>'alertId' = $1`, [alert.id]);
    expect(outbox).toHaveLength(1);
    const approvals = await sql.query(`SELECT id FROM audit_log WHERE entity_id = $1 AND action = 'alert.approved'`, [alert.id]);
    expect(approvals).toHaveLength(1);
  });

  it('rejects with a reason, and the author may edit again', async () => {
    const alert = await submitted();
    await http().post(`/api/alerts/${alert.id}/reject`).set(as(commander)).send({ reason: '   ' }).expect(400);
    const res = await http().post(`/api/alerts/${alert.id}/reject`).set(as(commander)).send({ reason: 'Wrong areas' }).expect(200);
    expect(res.body).toMatchObject({ state: 'rejected', rejectedBy: commander.id, rejectionReason: 'Wrong areas' });
    const listed = (await http().get('/api/alerts?state=rejected').set(as(commander)).expect(200)).body.items;
    expect(listed.map((x: Alert) => x.id)).toContain(alert.id);
  });

  const published = async (): Promise<Alert> => {
    const alert = await submitted();
    return (await http().post(`/api/alerts/${alert.id}/approve`).set(as(commander)).send({ confirmation: LIVE }).expect(200)).body;
  };

  it('announces each change to the HQ room', async () => {
    const alert = await draft();
    const events = await sql.query(`SELECT room, payload FROM realtime_events WHERE event = 'alert.updated' AND payload->'alert'->>'id' = $1`, [alert.id]);
    expect(events).toEqual([{ room: 'hq', payload: { alert: expect.objectContaining({ id: alert.id, state: 'draft' }) } }]);
  });

  it('starts Update and Cancel of a published alert as drafts referencing it, and cancels the original when the Cancel is approved', async () => {
    const original = await published();
    await http().post(`/api/alerts/${original.id}/update`).set(as(liaison)).expect(403);
    const update = (await http().post(`/api/alerts/${original.id}/update`).set(as(operator)).expect(201)).body;
    expect(update).toMatchObject({ state: 'draft', msgType: 'Update', replacesAlertId: original.id, references: [{ sender: original.sender, identifier: original.identifier, sent: original.sent }] });

    const cancel = (await http().post(`/api/alerts/${original.id}/cancel`).set(as(operator)).expect(201)).body;
    expect(cancel).toMatchObject({ state: 'draft', msgType: 'Cancel', replacesAlertId: original.id });
    // A Cancel is never Extreme or Severe.
    const edited = (await http().patch(`/api/alerts/${cancel.id}`).set(as(operator)).send({ version: cancel.version, severity: 'Minor' }).expect(200)).body;
    await http().post(`/api/alerts/${edited.id}/submit`).set(as(operator)).expect(200);
    await http().post(`/api/alerts/${edited.id}/approve`).set(as(commander2)).send({}).expect(200);
    expect((await http().get(`/api/alerts/${original.id}`).set(as(operator)).expect(200)).body).toMatchObject({ state: 'cancelled', cancelledBy: commander2.id });

    // Drafts cannot be followed up.
    const unpublished = await draft();
    await http().post(`/api/alerts/${unpublished.id}/update`).set(as(operator)).expect(409);
  });

  it('publishes the sent-in-error correction at once with its own outbox row, once', async () => {
    const original = await published();
    await http().post(`/api/alerts/${original.id}/sent-in-error`).set(as(operator)).expect(403);
    const [a, b] = await Promise.all([commander2, commander3].map((who) => http().post(`/api/alerts/${original.id}/sent-in-error`).set(as(who))));
    expect([a!.status, b!.status].sort()).toEqual([201, 409]);
    const correction = (a!.status === 201 ? a! : b!).body as Alert;
    expect(correction).toMatchObject({ state: 'published', msgType: 'Cancel', severity: 'Minor', replacesAlertId: original.id });
    expect(correction.references.map((r) => r.identifier)).toEqual([original.identifier]);
    const outbox = await sql.query(`SELECT topic FROM outbox WHERE payload->>'alertId' = $1`, [correction.id]);
    expect(outbox).toEqual([{ topic: 'alert.dispatch' }]);
    expect((await http().get(`/api/alerts/${original.id}`).set(as(operator)).expect(200)).body.state).toBe('cancelled');
    const cap = parseCapAlert((await http().get(`/api/alerts/${correction.id}/cap.xml`).expect(200)).text);
    expect(cap.ok).toBe(true);
    if (cap.ok) expect(cap.alert.msgType).toBe('Cancel');
  });
});
