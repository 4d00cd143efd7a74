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
    operator = await insertStaff(app, { username: 'op.chan', role: 'operator', displayName: 'Chan Tai Man' });
    commander = await insertStaff(app, { username: 'cmd.wong', role: 'commander', displayName: 'Wong Siu Ling' });
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

  describe('bad input to the composer', () => {
    const long = (n: number, ch = 'x') => ch.repeat(n);
    const textOf = (overrides: Partial<Record<'headline' | 'description' | 'instruction', string>> = {}) => ({
      headline: 'Signal 8: stay indoors',
      description: 'Gales are expected.',
      instruction: 'Stay indoors.',
      ...overrides,
    });
    /** Drafts from the template with these fields overriding it, submits, and returns the 422's problem lines. */
    const submitProblems = async (fields: Record<string, unknown>): Promise<string> => {
      const alert = (await http().post('/api/alerts').set(as(operator)).send({ templateId: 'smg-tc8-issued', status: 'Actual', ...fields }).expect(201)).body;
      const before = await counts();
      const res = await http().post(`/api/alerts/${alert.id}/submit`).set(as(operator)).expect(422);
      expect(res.body.code).toBe('alert_invalid');
      expect(await counts()).toEqual(before);
      expect((await http().get(`/api/alerts/${alert.id}`).set(as(operator)).expect(200)).body.state).toBe('draft');
      return (res.body.details as string[]).join('\n');
    };

    it.each([
      ['an unknown key in a language text', { info: { pt: { ...textOf(), colour: 'red' } } }, 'info.pt.property colour should not exist'],
      ['an unknown language', { info: { fr: textOf() } }, 'info.property fr should not exist'],
      ['an unknown key in the target', { target: { areaIds: ['lianhua'], polygons: [], circles: [], radius: 5 } }, 'target.property radius should not exist'],
      ['an unknown key in a circle centre', { target: { areaIds: [], polygons: [], circles: [{ center: { lat: 22.1, lon: 113.5, alt: 3 }, radiusKm: 2 }] } }, 'target.circles.0.center.property alt should not exist'],
      ['an unknown key in the event', { event: { en: 'Signal 8', de: 'Signal 8' } }, 'event.property de should not exist'],
      ['an unknown key in the signal', { signal: { authority: 'smg', area: 'macau', hazard: 'tropical-cyclone', level: '8', source: 'x' } }, 'signal.property source should not exist'],
      ['a text that is not a string', { info: { en: { ...textOf(), headline: 42 } } }, 'info.en.headline must be a string'],
      ['a target without its lists', { target: { areaIds: ['lianhua'] } }, 'target.polygons must be an array'],
      ['an unknown response type', { responseTypes: ['Panic'] }, 'responseTypes'],
    ])('refuses %s when the draft is created (400 naming the field), storing nothing', async (_label, fields, named) => {
      const before = await counts();
      const res = await http().post('/api/alerts').set(as(operator)).send({ templateId: 'smg-tc8-issued', ...fields }).expect(400);
      expect(res.body.message).toContain(named);
      expect(await counts()).toEqual(before);
    });

    it('refuses unknown nested keys in an edit too, leaving the draft as it was', async () => {
      const alert = await draft();
      const res = await http()
        .patch(`/api/alerts/${alert.id}`)
        .set(as(operator))
        .send({ version: alert.version, info: { ...alert.info, en: { ...alert.info.en, footnote: 'x' } } })
        .expect(400);
      expect(res.body.message).toContain('info.en.property footnote should not exist');
      expect((await http().get(`/api/alerts/${alert.id}`).set(as(operator)).expect(200)).body.version).toBe(alert.version);
    });

    it('refuses privileged fields in an edit by name, and a status that is not a CAP status', async () => {
      const alert = await draft();
      const privileged = await http()
        .patch(`/api/alerts/${alert.id}`)
        .set(as(operator))
        .send({ version: alert.version, state: 'published', approvedBy: commander.id, createdBy: commander.id, submittedBy: commander.id, references: [], msgType: 'Cancel' })
        .expect(400);
      for (const field of ['state', 'approvedBy', 'createdBy', 'submittedBy', 'references', 'msgType']) expect(privileged.body.message).toContain(`property ${field} should not exist`);
      const status = await http().patch(`/api/alerts/${alert.id}`).set(as(operator)).send({ version: alert.version, status: 'Published' }).expect(400);
      expect(status.body.message).toContain('status must be one of the following values');
      const created = await http().post('/api/alerts').set(as(operator)).send({ templateId: 'smg-tc8-issued', status: 'Published' }).expect(400);
      expect(created.body.message).toContain('status');
      expect((await http().get(`/api/alerts/${alert.id}`).set(as(operator)).expect(200)).body).toMatchObject({ state: 'draft', version: alert.version, createdBy: operator.id, approvedBy: null });
    });

    it('refuses a draft without a template that leaves out required fields, naming them', async () => {
      const before = await counts();
      const res = await http().post('/api/alerts').set(as(operator)).send({ status: 'Actual', category: 'Met' }).expect(400);
      expect(res.body.code).toBe('alert_content_incomplete');
      for (const field of ['event', 'eventCode', 'info', 'target', 'expires']) expect(res.body.details).toContain(field);
      expect(await counts()).toEqual(before);
    });

    it('names every missing language at submit', async () => {
      const details = await submitProblems({ info: { en: textOf() } });
      for (const language of ['zh-Hans', 'zh-Hant', 'pt']) expect(details).toContain(`info.${language}: the ${language} text is missing (required)`);
      expect(details).not.toContain('info.en');
    });

    it('names an emptied text at submit', async () => {
      const alert = await draft();
      const details = await submitProblems({ info: { ...alert.info, 'zh-Hant': { ...alert.info['zh-Hant'], instruction: '   ' } } });
      expect(details).toContain('info.zh-Hant.instruction: must not be empty (required)');
    });

    it.each([
      ['a date that is not a date', { effective: 'tomorrow morning' }, 'effective: must be an ISO 8601 date and time (bad_time)'],
      ['onset before effective', { effective: '2099-01-01T12:00:00.000Z', onset: '2099-01-01T10:00:00.000Z', expires: '2099-01-02T00:00:00.000Z' }, '(onset_before_effective)'],
      ['expiry not after onset', { effective: '2099-01-01T10:00:00.000Z', onset: '2099-01-01T12:00:00.000Z', expires: '2099-01-01T12:00:00.000Z' }, '(expires_not_after_onset)'],
      ['expiry in the past', { expires: '2020-01-01T00:00:00.000Z' }, '(expires_in_past)'],
    ])('names %s at submit', async (_label, fields, named) => {
      expect(await submitProblems(fields)).toContain(named);
    });

    it('names unknown and repeated areas, and a missing target, at submit', async () => {
      const details = await submitProblems({ target: { areaIds: ['lianhua', 'atlantis', 'lianhua'], polygons: [], circles: [] } });
      expect(details).toContain('target.areaIds[1]: area "atlantis" is not a known area (unknown_area)');
      expect(details).toContain('target.areaIds[2]: area "lianhua" is listed twice (duplicate)');
      expect(await submitProblems({ target: { areaIds: [], polygons: [], circles: [] } })).toContain('target: choose at least one area, or draw a polygon or circle (required)');
    });

    it('names oversize texts and a notification over the Web Push limit at submit', async () => {
      const alert = await draft();
      const details = await submitProblems({
        info: {
          ...alert.info,
          en: { ...alert.info.en, headline: long(141) },
          pt: { ...alert.info.pt, description: long(4001) },
          // 1,100 Chinese characters fit the 4,000-character limit but are 3,300 bytes of notification body.
          'zh-Hans': { ...alert.info['zh-Hans'], instruction: long(1100, '风') },
        },
      });
      expect(details).toContain('info.en.headline: must be at most 140 characters (it has 141) (too_long)');
      expect(details).toContain('info.pt.description: must be at most 4000 characters (it has 4001) (too_long)');
      expect(details).toContain('info.zh-Hans.instruction');
      expect(details).toContain('(push_payload_too_large)');
    });

    it('refuses a body over the size limit without storing anything', async () => {
      const before = await counts();
      const res = await http().post('/api/alerts').set(as(operator)).send({ templateId: 'smg-tc8-issued', info: { en: textOf({ description: long(30_000) }) } });
      expect(res.status).toBe(400);
      expect(res.body.message).toContain('info.en.description must be shorter than or equal to 20000 characters');
      expect(await counts()).toEqual(before);
    });

    it('refuses the submitter approving or rejecting an alert someone else wrote', async () => {
      const alert = await draft();
      await http().post(`/api/alerts/${alert.id}/submit`).set(as(commander2)).expect(200);
      const before = await counts();
      expect((await http().post(`/api/alerts/${alert.id}/approve`).set(as(commander2)).send({ confirmation: LIVE }).expect(403)).body.code).toBe('alert_self_approval');
      expect((await http().post(`/api/alerts/${alert.id}/reject`).set(as(commander2)).send({ reason: 'no' }).expect(403)).body.code).toBe('alert_self_approval');
      expect((await http().post(`/api/alerts/${alert.id}/reject`).set(as(operator)).send({ reason: 'no' }).expect(403)).body.code).toBe('forbidden_role');
      expect(await counts()).toEqual(before);
    });

    it('refuses liaisons, inspectors and operators approving or rejecting, and liaisons and inspectors editing or submitting', async () => {
      const alert = await submitted();
      const other = await draft();
      const before = await counts();
      for (const who of [liaison, inspector, operator]) {
        await http().post(`/api/alerts/${alert.id}/approve`).set(as(who)).send({ confirmation: LIVE }).expect(403);
        await http().post(`/api/alerts/${alert.id}/reject`).set(as(who)).send({ reason: 'no' }).expect(403);
      }
      for (const who of [liaison, inspector]) {
        await http().patch(`/api/alerts/${other.id}`).set(as(who)).send({ version: other.version, eventCode: 'OET-001' }).expect(403);
        await http().post(`/api/alerts/${other.id}/submit`).set(as(who)).expect(403);
        await http().post(`/api/alerts/${other.id}/sent-in-error`).set(as(who)).expect(403);
      }
      expect(await counts()).toEqual(before);
      expect((await http().get(`/api/alerts/${alert.id}`).set(as(commander)).expect(200)).body.state).toBe('submitted');
    });
  });

  it('names the people behind each step, in answers, lists and live events', async () => {
    const alert = await draft();
    expect(alert).toMatchObject({ createdBy: operator.id, createdByName: 'Chan Tai Man', submittedByName: null, approvedByName: null });
    await http().post(`/api/alerts/${alert.id}/submit`).set(as(operator)).expect(200);
    const approved = (await http().post(`/api/alerts/${alert.id}/approve`).set(as(commander)).send({ confirmation: LIVE }).expect(200)).body;
    expect(approved).toMatchObject({ createdByName: 'Chan Tai Man', submittedByName: 'Chan Tai Man', approvedByName: 'Wong Siu Ling', rejectedByName: null, cancelledByName: null });
    const listed = (await http().get('/api/alerts').set(as(commander2)).expect(200)).body.items.find((a: Alert) => a.id === alert.id);
    expect(listed).toMatchObject({ createdByName: 'Chan Tai Man', approvedByName: 'Wong Siu Ling' });
    const events = await sql.query(`SELECT payload FROM realtime_events WHERE event = 'alert.updated' AND payload->'alert'->>'id' = $1 ORDER BY seq`, [alert.id]);
    expect(events.at(-1).payload.alert).toMatchObject({ state: 'published', approvedByName: 'Wong Siu Ling' });

    const rejected = await submitted();
    const res = (await http().post(`/api/alerts/${rejected.id}/reject`).set(as(commander)).send({ reason: 'Wrong areas' }).expect(200)).body;
    expect(res).toMatchObject({ rejectedBy: commander.id, rejectedByName: 'Wong Siu Ling' });
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
