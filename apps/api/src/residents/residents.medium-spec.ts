import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule } from '@app/config';
import type { AlertState, AlertStatus, HelpRequest, PublicAlertList, ResidentStatusCounts } from '@app/contracts';
import { AlertRepository, DatabaseModule, ReferenceRepository } from '@app/database';
import { ALERT_TEMPLATES, draftFromTemplate, pointInPolygon, referenceData, type ReferenceArea } from '@app/domain';
import { createTestDatabase, deleteRedisKeys, TEST_REDIS_URL, type TestDatabase } from '@app/testing';
import { AlertsModule } from '../alerts/alerts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { insertStaff, type TestStaff } from '../auth/testing/staff-fixtures.js';
import { ApiObservabilityModule } from '../health/api-observability.module.js';
import { configureApp } from '../http/configure-app.js';
import { RateLimitModule } from '../http/rate-limit.module.js';
import { PublicAlertsModule } from '../public-alerts/public-alerts.module.js';
import { ResidentsModule } from './residents.module.js';

const PUBLIC_LIMIT = 5;

describe('residents: status reports, help requests and the public alert list', () => {
  const prefix = `t_residents_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let admin: TestStaff;
  let commander: TestStaff;
  let operator: TestStaff;
  let liaison: TestStaff;
  let inspector: TestStaff;
  let areas: ReferenceArea[];
  let liveAlertId: string;
  let ipCounter = 0;

  const nextIp = () => `198.51.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;
  const http = () => request(app.getHttpServer());
  const report = (body: object, ip = nextIp()) => http().post('/api/residents/status').set('X-Forwarded-For', ip).send(body);
  const as = (who: TestStaff | undefined, method: 'get' | 'post', path: string) => {
    const req = http()[method](path);
    return who ? req.set('Authorization', `Bearer ${who.token}`) : req;
  };
  const counts = async () =>
    (await sql.query(`SELECT (SELECT count(*)::int FROM resident_statuses) AS statuses, (SELECT count(*)::int FROM audit_log) AS audits`))[0];
  const clientId = () => randomUUID();

  /** Inserts an alert row directly: the workflow that publishes alerts is tested with the alerts module. */
  async function insertAlert(options: { status: AlertStatus; state: AlertState; scope?: 'Public' | 'Restricted'; sentMinutesAgo: number; expiresInMinutes: number }) {
    const now = new Date();
    const content = draftFromTemplate(ALERT_TEMPLATES[0].id, { status: options.status, now });
    // CAP allows other scopes; stored content may carry one even though the composer offers only Public.
    Object.assign(content, { scope: options.scope ?? 'Public' });
    content.expires = new Date(now.getTime() + options.expiresInMinutes * 60_000).toISOString();
    const sent = new Date(now.getTime() - options.sentMinutesAgo * 60_000);
    const published = options.state !== 'draft' && options.state !== 'submitted';
    const row = await sql.transaction((m) =>
      app.get(AlertRepository).insert(m, {
        state: options.state,
        status: options.status,
        msgType: 'Alert',
        references: [],
        content,
        replacesAlertId: null,
        signal: null,
        authorId: operator.id,
        ...(published ? { identifier: `urn:test:${randomUUID()}`, sender: 'test@qinao', sent, publishedAt: sent, approvedBy: commander.id, approvedAt: sent } : {}),
      }),
    );
    return row.id;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    Object.assign(process.env, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      RATE_LIMIT_PUBLIC_PER_MINUTE: String(PUBLIC_LIMIT),
      TRUST_PROXY: 'true',
      BODY_LIMIT: '8kb',
    });
    // The public list's module comes before the alerts module, as in the app: `/api/alerts/:id` must not take the path.
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule, DatabaseModule, ApiObservabilityModule, AuthModule, AuditModule, RateLimitModule, PublicAlertsModule, AlertsModule, ResidentsModule],
    }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
    configureApp(app as NestExpressApplication, app.get(AppConfig));
    await app.init();
    sql = app.get(DataSource);

    areas = referenceData().areas;
    await sql.transaction((m) =>
      app.get(ReferenceRepository).upsertAreas(
        m,
        areas.map((a) => ({ id: a.id, kind: a.kind, names: a.names, geometry: a.outline, centroidLat: a.centroid.lat, centroidLon: a.centroid.lon })),
      ),
    );
    admin = await insertStaff(app, { username: 'adm.res', role: 'admin' });
    commander = await insertStaff(app, { username: 'cmd.res', role: 'commander' });
    operator = await insertStaff(app, { username: 'op.res', role: 'operator' });
    liaison = await insertStaff(app, { username: 'liaison.res', role: 'liaison' });
    inspector = await insertStaff(app, { username: 'insp.res', role: 'inspector' });
    liveAlertId = await insertAlert({ status: 'Actual', state: 'published', sentMinutesAgo: 5, expiresInMinutes: 120 });
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await deleteRedisKeys(prefix, TEST_REDIS_URL);
  });

  it('stores a report once: 201 with a receipt, 200 with the same receipt on a replay, 409 for the same client id with another body', async () => {
    const body = { status: 'need-help', clientId: clientId(), alertId: liveAlertId, areaId: areas[0].id, contact: '+853 6123 4567', message: 'Water rising at the door' };
    const first = await report(body).expect(201);
    expect(first.body).toEqual({ id: expect.any(String), receivedAt: expect.any(String) });
    const [row] = await sql.query(`SELECT * FROM resident_statuses WHERE id = $1`, [first.body.id]);
    expect(row).toMatchObject({ client_id: body.clientId, status: 'need-help', alert_id: liveAlertId, area_id: areas[0].id, contact: body.contact, message: body.message, handled_by: null });
    expect(new Date(row.received_at).toISOString()).toBe(first.body.receivedAt);

    const before = await counts();
    expect((await report(body).expect(200)).body).toEqual(first.body);
    const conflict = await report({ ...body, message: 'Something else' }).expect(409);
    expect(conflict.body.code).toBe('resident_client_id_reused');
    expect(await counts()).toEqual(before);
  });

  it('maps a location to the area containing it, keeps a Macau position without an area', async () => {
    const area = areas.find((a) => pointInPolygon([a.centroid.lon, a.centroid.lat], a.outline.coordinates))!;
    const inArea = await report({ status: 'safe', clientId: clientId(), location: { lat: area.centroid.lat, lon: area.centroid.lon } }).expect(201);
    expect((await sql.query(`SELECT area_id, lat, lon FROM resident_statuses WHERE id = $1`, [inArea.body.id]))[0]).toEqual({
      area_id: area.id,
      lat: area.centroid.lat,
      lon: area.centroid.lon,
    });
    const macau = await report({ status: 'safe', clientId: clientId(), location: { lat: 22.195, lon: 113.545 } }).expect(201);
    expect((await sql.query(`SELECT area_id FROM resident_statuses WHERE id = $1`, [macau.body.id]))[0].area_id).toBeNull();
  });

  it('publishes overall and per-alert counts to the hq room, and gives counts to HQ roles and the liaison', async () => {
    const seqBefore = Number((await sql.query(`SELECT coalesce(max(seq), 0) AS seq FROM realtime_events`))[0].seq);
    const overallBefore = (await as(liaison, 'get', '/api/residents/status-counts').expect(200)).body as ResidentStatusCounts;
    const alertBefore = (await as(operator, 'get', `/api/residents/status-counts?alertId=${liveAlertId}`).expect(200)).body as ResidentStatusCounts;

    await report({ status: 'safe', clientId: clientId(), alertId: liveAlertId }).expect(201);
    await report({ status: 'need-help', clientId: clientId(), alertId: liveAlertId }).expect(201);

    const overall = (await as(commander, 'get', '/api/residents/status-counts').expect(200)).body as ResidentStatusCounts;
    expect(overall).toMatchObject({ alertId: null, safe: overallBefore.safe + 1, needHelp: overallBefore.needHelp + 1, openHelpRequests: overallBefore.openHelpRequests + 1 });
    const forAlert = (await as(liaison, 'get', `/api/residents/status-counts?alertId=${liveAlertId}`).expect(200)).body as ResidentStatusCounts;
    expect(forAlert).toMatchObject({ alertId: liveAlertId, safe: alertBefore.safe + 1, needHelp: alertBefore.needHelp + 1 });
    expect(JSON.stringify(forAlert)).not.toContain('contact');

    const events = await sql.query(`SELECT room, event, payload FROM realtime_events WHERE seq > $1 ORDER BY seq`, [seqBefore]);
    expect(events.every((e: { room: string; event: string }) => e.room === 'hq' && e.event === 'resident.status')).toBe(true);
    expect(events.map((e: { payload: ResidentStatusCounts }) => e.payload.alertId)).toEqual([null, liveAlertId, null, liveAlertId]);
    expect(events.at(-1).payload).toMatchObject({ safe: forAlert.safe, needHelp: forAlert.needHelp });

    await as(undefined, 'get', '/api/residents/status-counts').expect(401);
    expect((await as(inspector, 'get', '/api/residents/status-counts').expect(403)).body.code).toBe('forbidden_role');
    expect((await as(liaison, 'get', '/api/residents/status-counts?alertId=nope').expect(400)).body.message).toMatch(/alertId must be an alert id/);
  });

  it('lists help requests with contact data to HQ roles only, and marks one handled with an audit row', async () => {
    const body = { status: 'need-help', clientId: clientId(), contact: 'flat 3B, call 6600 0000', message: 'elderly, cannot leave' };
    const { id } = (await report(body).expect(201)).body;

    await as(undefined, 'get', '/api/residents/help-requests').expect(401);
    for (const who of [liaison, inspector]) expect((await as(who, 'get', '/api/residents/help-requests?open=true').expect(403)).body.code).toBe('forbidden_role');
    await as(liaison, 'post', `/api/residents/help-requests/${id}/handled`).expect(403);
    await as(undefined, 'post', `/api/residents/help-requests/${id}/handled`).expect(401);

    const open = (await as(operator, 'get', '/api/residents/help-requests?open=true').expect(200)).body as HelpRequest[];
    expect(open.find((h) => h.id === id)).toMatchObject({ contact: body.contact, message: body.message, handledBy: null, handledAt: null, location: null });
    expect(open.every((h) => h.handledAt === null)).toBe(true);

    const before = await counts();
    const handled = (await as(commander, 'post', `/api/residents/help-requests/${id}/handled`).expect(200)).body as HelpRequest;
    expect(handled).toMatchObject({ id, handledBy: commander.id, handledAt: expect.any(String) });
    const audits = await sql.query(`SELECT * FROM audit_log WHERE entity_id = $1`, [id]);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: 'resident_help.handled', entity_type: 'resident_status', actor_id: commander.id });
    expect(await counts()).toEqual({ ...before, audits: before.audits + 1 });

    expect((await as(admin, 'post', `/api/residents/help-requests/${id}/handled`).expect(409)).body.code).toBe('help_request_already_handled');
    await as(admin, 'post', `/api/residents/help-requests/${randomUUID()}/handled`).expect(404);
    const safe = (await report({ status: 'safe', clientId: clientId() }).expect(201)).body;
    await as(admin, 'post', `/api/residents/help-requests/${safe.id}/handled`).expect(404);
    expect((await as(admin, 'get', '/api/residents/help-requests?open=true').expect(200)).body.map((h: HelpRequest) => h.id)).not.toContain(id);
    expect((await as(admin, 'get', '/api/residents/help-requests').expect(200)).body.map((h: HelpRequest) => h.id)).toContain(id);
    expect(await counts()).toEqual({ statuses: before.statuses + 1, audits: before.audits + 1 });
  });

  describe('bad input: a clear 4xx and nothing stored', () => {
    const valid = () => ({ status: 'need-help', clientId: clientId() });
    it.each<[string, () => object, number, string, RegExp]>([
      ['an unknown status', () => ({ ...valid(), status: 'fine' }), 400, 'validation_failed', /status must be one of: safe, need-help/],
      ['no clientId', () => ({ status: 'safe' }), 400, 'validation_failed', /clientId must be/],
      ['a short clientId', () => ({ ...valid(), clientId: 'abc' }), 400, 'validation_failed', /clientId must be 8 to 64/],
      ['an unknown alert', () => ({ ...valid(), alertId: randomUUID() }), 400, 'resident_alert_unknown', /Unknown alert id/],
      ['a malformed alert id', () => ({ ...valid(), alertId: 'alert-1' }), 400, 'validation_failed', /alertId must be an alert id/],
      ['an unknown area', () => ({ ...valid(), areaId: 'atlantis' }), 400, 'resident_area_unknown', /Unknown area id: atlantis/],
      ['a latitude out of range', () => ({ ...valid(), location: { lat: 91, lon: 113.5 } }), 400, 'validation_failed', /location\.lat must be between -90 and 90/],
      ['a position that is not a number', () => ({ ...valid(), location: { lat: '22.1', lon: 113.5 } }), 400, 'validation_failed', /location\.lat must be a number/],
      ['a position far from Hengqin and Macau', () => ({ ...valid(), location: { lat: 39.9, lon: 116.4 } }), 400, 'resident_location_outside', /outside Hengqin and Macau/],
      ['contact on an "I\'m safe"', () => ({ status: 'safe', clientId: clientId(), contact: '6600 0000' }), 400, 'resident_contact_not_allowed', /only taken with status need-help/],
      ['a contact over 100 characters', () => ({ ...valid(), contact: '6'.repeat(101) }), 400, 'validation_failed', /contact must be at most 100/],
      ['a message over 500 characters', () => ({ ...valid(), message: 'x'.repeat(501) }), 400, 'validation_failed', /message must be at most 500/],
      ['a control character', () => ({ ...valid(), message: 'help\u0007' }), 400, 'validation_failed', /message must not contain control or text-direction/],
      ['a direction override', () => ({ ...valid(), contact: '\u202E0000 0066' }), 400, 'validation_failed', /contact must not contain control or text-direction/],
      ['handledBy in the body', () => ({ ...valid(), handledBy: randomUUID() }), 400, 'validation_failed', /property handledBy should not exist/],
      ['an id in the body', () => ({ ...valid(), id: randomUUID() }), 400, 'validation_failed', /property id should not exist/],
      ['receivedAt in the body', () => ({ ...valid(), receivedAt: '2020-01-01T00:00:00Z' }), 400, 'validation_failed', /property receivedAt should not exist/],
      ['an oversize body', () => ({ ...valid(), message: 'x'.repeat(20_000) }), 413, 'payload_too_large', /larger than the server accepts/],
    ])('refuses %s', async (_what, body, status, code, message) => {
      const before = await counts();
      const res = await report(body()).expect(status);
      expect(res.body.code).toBe(code);
      expect(res.body.message).toMatch(message);
      expect(await counts()).toEqual(before);
    });

    it('refuses an answer to an alert that was never published', async () => {
      const draft = await insertAlert({ status: 'Actual', state: 'draft', sentMinutesAgo: 0, expiresInMinutes: 60 });
      const before = await counts();
      expect((await report({ ...valid(), alertId: draft }).expect(400)).body.code).toBe('resident_alert_unknown');
      expect(await counts()).toEqual(before);
    });
  });

  it('answers 429 with Retry-After to a flood from one address, storing nothing past the limit', async () => {
    const ip = '203.0.113.91';
    const before = await counts();
    for (let i = 0; i < PUBLIC_LIMIT; i++) await report({ status: 'safe', clientId: clientId() }, ip).expect(201);
    const flooded = await report({ status: 'safe', clientId: clientId() }, ip).expect(429);
    expect(flooded.body.code).toBe('rate_limited');
    expect(Number(flooded.headers['retry-after'])).toBeGreaterThan(0);
    expect((await counts()).statuses).toBe(before.statuses + PUBLIC_LIMIT);
    await report({ status: 'safe', clientId: clientId() }, '203.0.113.92').expect(201);
  });

  it('lists only published Actual Public alerts, current first, cacheable with an ETag', async () => {
    const older = await insertAlert({ status: 'Actual', state: 'published', sentMinutesAgo: 30, expiresInMinutes: 60 });
    const expired = await insertAlert({ status: 'Actual', state: 'published', sentMinutesAgo: 1, expiresInMinutes: -1 });
    const cancelled = await insertAlert({ status: 'Actual', state: 'cancelled', sentMinutesAgo: 2, expiresInMinutes: 60 });
    const hidden = [
      await insertAlert({ status: 'Exercise', state: 'published', sentMinutesAgo: 1, expiresInMinutes: 60 }),
      await insertAlert({ status: 'Test', state: 'published', sentMinutesAgo: 1, expiresInMinutes: 60 }),
      await insertAlert({ status: 'Actual', state: 'published', scope: 'Restricted', sentMinutesAgo: 1, expiresInMinutes: 60 }),
      await insertAlert({ status: 'Actual', state: 'draft', sentMinutesAgo: 0, expiresInMinutes: 60 }),
      await insertAlert({ status: 'Actual', state: 'submitted', sentMinutesAgo: 0, expiresInMinutes: 60 }),
    ];

    const res = await http().get('/api/alerts/public').expect(200);
    const list = res.body as PublicAlertList;
    expect(list.items.map((a) => a.id)).toEqual([liveAlertId, older, expired, cancelled]);
    expect(list.items.map((a) => a.current)).toEqual([true, true, false, false]);
    for (const id of hidden) expect(JSON.stringify(list)).not.toContain(id);
    expect(list.items[0]).toMatchObject({ status: 'Actual', msgType: 'Alert', capUrl: `/api/alerts/${liveAlertId}/cap.xml` });
    expect(list.items[0]).not.toHaveProperty('approvedBy');
    expect(res.headers['cache-control']).toBe('public, max-age=15');
    expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);

    await http().get('/api/alerts/public').set('If-None-Match', res.headers.etag).expect(304);
    expect((await http().get('/api/alerts/public?limit=2').expect(200)).body.items.map((a: { id: string }) => a.id)).toEqual([liveAlertId, older]);
    for (const limit of ['0', '101', 'ten']) {
      expect((await http().get(`/api/alerts/public?limit=${limit}`).expect(400)).body.message).toMatch(/limit must be/);
    }
    // The alerts controller still serves its own routes.
    await http().get(`/api/alerts/${liveAlertId}`).expect(401);
    await http().get(`/api/alerts/${liveAlertId}/cap.xml`).expect(200);
  });
});
