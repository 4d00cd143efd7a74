import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import type { SignalBoard, SignalHistoryPage, SignalIngestResult } from '@app/contracts';
import { DatabaseModule } from '@app/database';
import { createTestDatabase, type TestDatabase, deleteRedisKeys, TEST_REDIS_URL } from '@app/testing';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { createApiTestApp } from '../auth/testing/api-test-app.js';
import { insertStaff, type TestStaff } from '../auth/testing/staff-fixtures.js';
import { SignalsModule } from './signals.module.js';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../../..');
const ownFixture = (...parts: string[]) => readFileSync(path.join(REPO_ROOT, 'libs/domain/test-fixtures', ...parts));
const sharedFixture = (...parts: string[]) => readFileSync(path.join(REPO_ROOT, '../shared/fixtures', ...parts));
const MAX_DOCUMENT_BYTES = 64 * 1024;

describe('signals api', () => {
  const prefix = `t_signals_api_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let operator: TestStaff;
  let commander: TestStaff;
  let inspector: TestStaff;
  let liaison: TestStaff;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApiTestApp({
      databaseUrl: db.url,
      env: { REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix, SIGNAL_MAX_DOCUMENT_BYTES: String(MAX_DOCUMENT_BYTES) },
      imports: [ConfigModule, DatabaseModule, AuthModule, AuditModule, SignalsModule],
    });
    sql = app.get(DataSource);
    operator = await insertStaff(app, { username: 'op.chan', role: 'operator' });
    commander = await insertStaff(app, { username: 'cmd.wong', role: 'commander' });
    inspector = await insertStaff(app, { username: 'insp.ho', role: 'inspector' });
    liaison = await insertStaff(app, { username: 'liaison.sa', role: 'liaison' });
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await deleteRedisKeys(prefix, TEST_REDIS_URL);
  });

  const http = () => request(app.getHttpServer());
  const uploadCap = (who: TestStaff | null, body: Buffer | string, type = 'application/xml') => {
    const req = http().post('/api/signals/cap').set('Content-Type', type);
    return (who ? req.set('Authorization', `Bearer ${who.token}`) : req).send(Buffer.isBuffer(body) ? body : Buffer.from(body));
  };
  const manual = (who: TestStaff, body: object) => http().post('/api/signals/manual').set('Authorization', `Bearer ${who.token}`).send(body);
  const boardEntry = async (authority: string, area: string, hazard: string) => {
    const board = (await http().get('/api/signals/board').expect(200)).body as SignalBoard;
    return board.entries.find((e) => e.authority === authority && e.area === area && e.hazard === hazard);
  };
  /** Everything a refused request must leave as it was. */
  const snapshot = async () => ({
    tracks: await sql.query(`SELECT authority, area, hazard, level, source, received_at FROM signal_tracks ORDER BY 1, 2, 3`),
    history: await sql.query(`SELECT id FROM signal_history ORDER BY id`),
    holds: await sql.query(`SELECT id, resolved_at FROM signal_holds ORDER BY id`),
    chains: await sql.query(`SELECT authority, state FROM signal_cap_chains ORDER BY 1`),
    outlooks: await sql.query(`SELECT * FROM signal_outlooks`),
    audit: await sql.query(`SELECT count(*)::int AS n FROM audit_log`),
  });
  const now = () => new Date().toISOString();

  describe('board', () => {
    it('is public and cacheable, and revalidates with its ETag', async () => {
      const res = await http().get('/api/signals/board').expect(200);
      expect(res.headers['cache-control']).toBe('public, max-age=5');
      expect(res.headers.etag).toMatch(/^".+"$/);
      const board = res.body as SignalBoard;
      expect(board.entries.find((e) => e.hazard === 'tropical-cyclone')).toMatchObject({
        authority: 'smg',
        authorityName: { en: 'Macao Meteorological and Geophysical Bureau' },
        freshness: 'unknown',
        level: null,
        held: null,
      });
      await http().get('/api/signals/board').set('If-None-Match', res.headers.etag!).expect(304);
    });
  });

  describe('POST /api/signals/manual', () => {
    const valid = () => ({ authority: 'smg', area: 'macau', hazard: 'rainstorm', level: 'yellow', action: 'issue', issuedAt: now(), reason: 'SMG feed down; read from TDM broadcast' });

    it('applies an entry, audits it under the operator and stores it as a document', async () => {
      const res = await manual(operator, valid()).expect(201);
      const result = res.body as SignalIngestResult;
      expect(result).toMatchObject({ outcome: 'changed', changes: [{ hazard: 'rainstorm', level: 'yellow', source: 'manual', previousLevel: null }] });
      expect(await boardEntry('smg', 'macau', 'rainstorm')).toMatchObject({ level: { code: 'yellow' }, source: 'manual', freshness: 'fresh' });
      const [audit] = await sql.query(`SELECT * FROM audit_log WHERE action = 'signal.changed'`);
      expect(audit).toMatchObject({ actor_id: operator.id, actor_name: 'op.chan', entity_id: 'smg/macau/rainstorm' });
      expect(audit.summary.reason).toBe('SMG feed down; read from TDM broadcast');
      const [document] = await sql.query(`SELECT source, outcome, content FROM signal_documents WHERE id = $1`, [result.documentId]);
      expect(document).toMatchObject({ source: 'manual', outcome: 'accepted' });
      expect(JSON.parse(document.content)).toMatchObject({ level: 'yellow', enteredBy: 'op.chan' });

      const again = await manual(commander, valid()).expect(200);
      expect(again.body).toMatchObject({ outcome: 'unchanged', changes: [] });
    });

    it('holds an implausible manual jump for confirmation', async () => {
      const res = await manual(operator, { ...valid(), hazard: 'tropical-cyclone', level: '10' }).expect(200);
      expect(res.body).toMatchObject({ outcome: 'held', held: [{ hazard: 'tropical-cyclone', level: '10', enteredBy: 'op.chan', reasons: [{ code: 'jump_from_none' }] }] });
      expect(await boardEntry('smg', 'macau', 'tropical-cyclone')).toMatchObject({ level: null, held: { level: '10', source: 'manual' } });
    });

    it.each([
      ['an unknown authority', { authority: 'hko' }, 400, /Unknown authority "hko"/],
      ['an unknown area', { area: 'taipa' }, 400, /Unknown area "taipa" of smg/],
      ['an unknown hazard', { hazard: 'earthquake' }, 400, /Unknown hazard "earthquake" of smg/],
      ['an unknown level', { level: 'purple' }, 400, /Unknown level "purple" of smg\/rainstorm; known: yellow, red, black/],
      ['8 without a direction', { hazard: 'tropical-cyclone', level: '8' }, 400, /Unknown level "8"/],
      ['an issue time in the future', { issuedAt: new Date(Date.now() + 3_600_000).toISOString() }, 400, /is in the future/],
      ['an issue time that is not a time', { issuedAt: 'yesterday' }, 400, /issuedAt must be an ISO 8601/],
      ['a missing reason', { reason: undefined }, 400, /reason must be 1 to 500 characters long/],
      ['a blank reason', { reason: '   ' }, 400, /reason must not be blank/],
      ['a reason over 500 characters', { reason: 'x'.repeat(501) }, 400, /reason must be 1 to 500 characters long/],
      ['a reason with a direction override', { reason: 'ok \u202Edenrev' }, 400, /control or text-direction/],
      ['a cancel that names a level', { action: 'cancel' }, 400, /use level null to cancel/],
      ['no level with action issue', { level: null }, 400, /must have action "cancel"/],
      ['a missing level', { level: undefined }, 400, /level must be a level code, or null/],
      ['an unknown action', { action: 'hoist' }, 400, /action must be one of: issue, update, cancel/],
      ['a privileged extra field', { source: 'feed' }, 400, /property source should not exist/],
    ])('refuses %s with a 4xx that says so, and changes nothing', async (_what, change, status, message) => {
      const before = await snapshot();
      const res = await manual(operator, { ...valid(), level: 'red', ...change }).expect(status);
      expect(res.body.message).toMatch(message);
      expect(await snapshot()).toEqual(before);
    });

    it.each([
      ['inspector', () => inspector],
      ['liaison', () => liaison],
    ])('refuses the %s role with 403', async (_role, who) => {
      const before = await snapshot();
      await manual(who(), valid()).expect(403);
      await http().post('/api/signals/manual').send(valid()).expect(401);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('POST /api/signals/cap', () => {
    it('follows Alert → Update → Cancel through references', async () => {
      const alert = await uploadCap(operator, ownFixture('cap', 'gd_typhoon_yellow_alert.xml')).expect(201);
      expect(alert.body).toMatchObject({ outcome: 'changed', changes: [{ authority: 'gd-zhuhai', area: 'hengqin', hazard: 'typhoon', level: 'yellow', action: 'issue', source: 'cap' }] });
      const update = await uploadCap(commander, ownFixture('cap', 'gd_typhoon_orange_update.xml'), 'text/xml; charset=utf-8').expect(201);
      expect(update.body).toMatchObject({ outcome: 'changed', changes: [{ previousLevel: 'yellow', level: 'orange', action: 'update' }] });
      expect(await boardEntry('gd-zhuhai', 'hengqin', 'typhoon')).toMatchObject({ level: { code: 'orange' }, source: 'cap', freshness: 'fresh' });

      const duplicate = await uploadCap(operator, ownFixture('cap', 'gd_typhoon_orange_update.xml')).expect(200);
      expect(duplicate.body).toMatchObject({ outcome: 'ignored', changes: [] });

      const cancel = await uploadCap(operator, ownFixture('cap', 'gd_typhoon_cancel.xml')).expect(201);
      expect(cancel.body).toMatchObject({ outcome: 'changed', changes: [{ previousLevel: 'orange', level: null, action: 'cancel' }] });
      const [audit] = await sql.query(`SELECT actor_name FROM audit_log WHERE action = 'signal.changed' AND entity_id = 'gd-zhuhai/hengqin/typhoon' ORDER BY id DESC LIMIT 1`);
      expect(audit.actor_name).toBe('op.chan');
    });

    it('stores an Exercise message and says it never changes the live board', async () => {
      const before = await snapshot();
      const res = await uploadCap(operator, ownFixture('cap', 'gd_typhoon_yellow_exercise.xml')).expect(200);
      expect(res.body).toMatchObject({ outcome: 'not_live', changes: [], message: expect.stringMatching(/Exercise messages never change the live board/) });
      const [document] = await sql.query(`SELECT outcome, outcome_code FROM signal_documents WHERE id = $1`, [res.body.documentId]);
      expect(document).toEqual({ outcome: 'ignored', outcome_code: 'not_live' });
      const after = await snapshot();
      expect({ ...after, audit: before.audit }).toEqual(before);
    });

    it('holds a jump from none to orange instead of showing it', async () => {
      const res = await uploadCap(operator, sharedFixture('cap', 'zhuhai_typhoon_orange.xml'));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ outcome: 'held', held: [{ area: 'hengqin', hazard: 'typhoon', level: 'orange', reasons: [{ code: 'jump_from_none' }] }] });
    });

    const xxe = `<?xml version="1.0"?><!DOCTYPE alert [<!ENTITY x SYSTEM "file:///etc/passwd">]><alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&x;</identifier></alert>`;
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">&lol2;</alert>`;
    it.each([
      ['a truncated document', ownFixture('cap', 'gd_typhoon_yellow_alert.xml').subarray(0, 400), 'xml_ill_formed'],
      ['an XXE document', Buffer.from(xxe), 'xml_doctype'],
      ['entity expansion', Buffer.from(laughs), 'xml_doctype'],
      ['an HTML page', ownFixture('smg', 'maintenance.html'), 'xml_html'],
      ['the CAP 1.1 namespace', ownFixture('cap', 'invalid_namespace_cap11.xml'), 'cap_namespace'],
      ['no namespace', ownFixture('cap', 'invalid_no_namespace.xml'), 'cap_namespace'],
      ['a missing identifier', ownFixture('cap', 'invalid_missing_identifier.xml'), 'cap_missing_element'],
      ['an open polygon', ownFixture('cap', 'invalid_polygon_open.xml'), 'cap_bad_polygon'],
      ['bad dates', ownFixture('cap', 'invalid_dates.xml'), 'cap_bad_time'],
      ['an SMG file', ownFixture('smg', 'c_monsoon_in_force.xml'), 'cap_not_alert'],
    ])('refuses %s with 422 naming the problem, stores it as rejected and changes nothing', async (_what, body, code) => {
      const before = await snapshot();
      const res = await uploadCap(operator, body).expect(422);
      expect(res.body.code).toBe(code);
      expect(res.body.message.length).toBeGreaterThan(10);
      const after = await snapshot();
      expect(after).toEqual(before);
      const [document] = await sql.query(`SELECT outcome, outcome_code FROM signal_documents WHERE source = 'cap' ORDER BY fetched_at DESC LIMIT 1`);
      expect(document).toEqual({ outcome: 'rejected', outcome_code: code });
    });

    it('lists every schema problem of an invalid alert', async () => {
      const res = await uploadCap(operator, ownFixture('cap', 'invalid_info_missing_category_urgency.xml')).expect(422);
      expect(res.body.details.length).toBeGreaterThanOrEqual(2);
    });

    it('refuses other media types, oversize documents, and callers without the role', async () => {
      const before = await snapshot();
      const json = await uploadCap(operator, '{"alert":1}', 'application/json').expect(415);
      expect(json.body.message).toMatch(/application\/xml or text\/xml/);
      const huge = Buffer.from(`<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">${'x'.repeat(MAX_DOCUMENT_BYTES)}</alert>`);
      const big = await uploadCap(operator, huge);
      expect(big.status).toBe(413);
      await uploadCap(liaison, ownFixture('cap', 'gd_typhoon_yellow_alert.xml')).expect(403);
      await uploadCap(inspector, ownFixture('cap', 'gd_typhoon_yellow_alert.xml')).expect(403);
      await uploadCap(null, ownFixture('cap', 'gd_typhoon_yellow_alert.xml')).expect(401);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('holds', () => {
    const decide = (who: TestStaff, track: string, decision: 'confirm' | 'reject', body: object) =>
      http().post(`/api/signals/holds/${track}/${decision}`).set('Authorization', `Bearer ${who.token}`).send(body);

    it('lists open holds for HQ roles only', async () => {
      const res = await http().get('/api/signals/holds').set('Authorization', `Bearer ${commander.token}`).expect(200);
      expect(res.body.items.map((h: { hazard: string }) => h.hazard).sort()).toEqual(['tropical-cyclone', 'typhoon']);
      await http().get('/api/signals/holds').set('Authorization', `Bearer ${liaison.token}`).expect(403);
    });

    it('refuses bad decisions and changes nothing', async () => {
      const before = await snapshot();
      expect((await decide(operator, 'smg/macau/tropical-cyclone', 'confirm', {}).expect(400)).body.message).toMatch(/reason must be/);
      expect((await decide(operator, 'smg/taipa/tropical-cyclone', 'confirm', { reason: 'x' }).expect(400)).body.message).toMatch(/Unknown area "taipa"/);
      expect((await decide(operator, 'smg/macau/tsunami', 'reject', { reason: 'x' }).expect(404)).body.code).toBe('signal_hold_not_found');
      await decide(liaison, 'smg/macau/tropical-cyclone', 'confirm', { reason: 'x' }).expect(403);
      expect(await snapshot()).toEqual(before);
    });

    it('confirms one hold and rejects another, both audited', async () => {
      const confirmed = await decide(commander, 'smg/macau/tropical-cyclone', 'confirm', { reason: 'SMG hoisted 10, confirmed on TDM' }).expect(201);
      expect(confirmed.body).toMatchObject({ outcome: 'changed', changes: [{ level: '10', source: 'manual' }] });
      const rejected = await decide(operator, 'gd-zhuhai/hengqin/typhoon', 'reject', { reason: 'Zhuhai confirms blue only' }).expect(200);
      expect(rejected.body.outcome).toBe('rejected');
      const actions = (await sql.query(`SELECT action FROM audit_log WHERE action LIKE 'signal.hold_%' ORDER BY id`)).map((r: { action: string }) => r.action);
      expect(actions).toEqual(['signal.hold_confirmed', 'signal.hold_rejected']);
      expect((await http().get('/api/signals/holds').set('Authorization', `Bearer ${operator.token}`).expect(200)).body.items).toEqual([]);
    });
  });

  describe('GET /api/signals/history', () => {
    it('lists changes newest first, filtered', async () => {
      const all = (await http().get('/api/signals/history').expect(200)).body as SignalHistoryPage;
      expect(all.items.length).toBeGreaterThanOrEqual(5);
      const ids = all.items.map((item) => Number(item.id));
      expect([...ids].sort((a, b) => b - a)).toEqual(ids);
      const typhoon = (await http().get('/api/signals/history?authority=gd-zhuhai&hazard=typhoon&limit=2').expect(200)).body as SignalHistoryPage;
      expect(typhoon.items.map((item) => [item.previousLevel, item.level])).toEqual([
        ['orange', null],
        ['yellow', 'orange'],
      ]);
      const future = (await http().get(`/api/signals/history?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`).expect(200)).body;
      expect(future.items).toEqual([]);
    });

    it.each([
      ['authority=hko', /Unknown authority "hko"/],
      ['authority=smg&hazard=typhoon', /Unknown hazard "typhoon" of smg/],
      ['area=macau', /area needs authority/],
      ['limit=501', /limit must be between 1 and 500/],
      ['limit=0', /limit must be between 1 and 500/],
      ['from=yesterday', /from must be an ISO 8601/],
      ['from=2025-01-02&to=2025-01-01', /from must not be after to/],
      ['colour=red', /property colour should not exist/],
    ])('refuses ?%s with 400', async (query, message) => {
      const res = await http().get(`/api/signals/history?${query}`).expect(400);
      expect(res.body.message).toMatch(message);
    });
  });

  describe('outlook', () => {
    const outlook = () => ({
      rows: [
        { level: '3', probability: 'will-be-issued', window: null },
        { level: '8', probability: 'relatively-high', window: 'between 14:00 and 17:00' },
        { level: '9', probability: 'low', window: null },
      ],
      publishedAt: now(),
    });

    it('is not found until an operator enters one, then public', async () => {
      expect((await http().get('/api/signals/outlook').expect(200)).body).toEqual({ outlook: null });
      const res = await http().put('/api/signals/outlook').set('Authorization', `Bearer ${operator.token}`).send(outlook()).expect(200);
      expect(res.body).toMatchObject({ authority: 'smg', hazard: 'tropical-cyclone', enteredBy: 'op.chan', rows: [{ level: '3' }, { level: '8' }, { level: '9' }] });
      expect((await http().get('/api/signals/outlook').expect(200)).body).toEqual({ outlook: res.body });
      const [audit] = await sql.query(`SELECT actor_name, summary FROM audit_log WHERE action = 'signal.outlook_updated'`);
      expect(audit.actor_name).toBe('op.chan');
      expect(audit.summary.after.rows).toHaveLength(3);
      expect(await sql.query(`SELECT count(*)::int AS n FROM realtime_events WHERE event = 'signal.board'`)).not.toEqual([{ n: 0 }]);
    });

    it.each([
      ['an unknown level', { rows: [{ level: '11', probability: 'low', window: null }] }, /Unknown level "11"/],
      ['an unknown probability', { rows: [{ level: '3', probability: 'certain', window: null }] }, /probability must be one of/],
      ['a level twice', { rows: [{ level: '3', probability: 'low', window: null }, { level: '3', probability: 'high', window: null }] }, /appears twice/],
      ['a publication in the future', { publishedAt: new Date(Date.now() + 3_600_000).toISOString() }, /in the future/],
      ['an unknown hazard', { hazard: 'volcano' }, /Unknown hazard "volcano"/],
      ['a window with a line break', { rows: [{ level: '3', probability: 'low', window: 'a\nb' }] }, /control or text-direction/],
    ])('refuses %s with 400', async (_what, change, message) => {
      const before = await snapshot();
      const res = await http().put('/api/signals/outlook').set('Authorization', `Bearer ${operator.token}`).send({ ...outlook(), ...change }).expect(400);
      expect(res.body.message).toMatch(message);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses the liaison role', async () => {
      await http().put('/api/signals/outlook').set('Authorization', `Bearer ${liaison.token}`).send(outlook()).expect(403);
    });
  });
});
