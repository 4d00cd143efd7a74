import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { HAZARD_PHOTO_MAX_BYTES, type HazardReport, type HazardReportList } from '@app/contracts';
import { HazardReportRepository } from '@app/database';
import { samplePhoto } from '@app/domain';
import { createTestDatabase, deleteRedisKeys, TEST_REDIS_URL, type TestDatabase } from '@app/testing';
import type { TestStaff } from '../auth/testing/staff-fixtures.js';
import { filesUnder, insertTeam, reportBody, reportCounts, sendReport, staff, startReportsApp } from './testing/hazard-report-test-app.js';

describe('hazard reports: intake, dedupe, lifecycle and access (local photo storage)', () => {
  const prefix = `t_reports_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let photoDir: string;
  let operator: TestStaff;
  let commander: TestStaff;
  let liaison: TestStaff;
  let inspectorA: TestStaff;
  let crewLeadA: TestStaff;
  let inspectorB: TestStaff;
  let teamA: { teamId: string; taskId: string };
  let teamB: { teamId: string; taskId: string };

  const http = () => request(app.getHttpServer());
  const as = (who: TestStaff, method: 'get' | 'post', path: string) => http()[method](path).set('Authorization', `Bearer ${who.token}`);
  const move = (who: TestStaff, id: string, body: object) => as(who, 'post', `/api/reports/${id}/transition`).send(body);
  const jpeg = () => ({ body: samplePhoto('jpeg', 1600, 1200, 50_000), contentType: 'image/jpeg' });
  const snapshot = async () => ({ ...(await reportCounts(sql)), files: await filesUnder(photoDir) });

  beforeAll(async () => {
    db = await createTestDatabase();
    photoDir = await mkdtemp(join(tmpdir(), 'qinao-photos-'));
    ({ app, sql } = await startReportsApp(db.url, prefix, { PHOTO_STORAGE: 'local', PHOTO_STORAGE_PATH: photoDir }));
    operator = await staff(app, 'op.haz', 'operator');
    commander = await staff(app, 'cmd.haz', 'commander');
    liaison = await staff(app, 'liaison.haz', 'liaison');
    inspectorA = await staff(app, 'insp.a', 'inspector');
    crewLeadA = await staff(app, 'lead.a', 'crew_lead');
    inspectorB = await staff(app, 'insp.b', 'inspector');
    teamA = await insertTeam(sql, 'INS-01', [inspectorA, crewLeadA], operator);
    teamB = await insertTeam(sql, 'INS-02', [inspectorB], operator);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await deleteRedisKeys(prefix, TEST_REDIS_URL);
    if (photoDir) await rm(photoDir, { recursive: true, force: true });
  });

  it('stores a report with its photos: 201, the area from the location, the first step, an audit row, files on disk', async () => {
    const before = await snapshot();
    const body = reportBody({ taskId: teamA.taskId });
    const photos = [jpeg(), { body: samplePhoto('png', 800, 600), contentType: 'image/png' }, { body: samplePhoto('webp', 1024, 768), contentType: 'image/webp' }];
    const res = await sendReport(app, inspectorA, body, photos).expect(201);
    const report = res.body as HazardReport;
    expect(report).toMatchObject({
      clientId: body.clientId,
      category: 'fallen-tree',
      severity: 'high',
      description: body.description,
      location: { lat: body.location.lat, lon: body.location.lon, accuracyMeters: 8 },
      areaId: 'xiaohengqin',
      taskId: teamA.taskId,
      teamId: null,
      state: 'reported',
      reason: null,
      duplicateOf: null,
      reportedById: inspectorA.id,
      reportedByName: inspectorA.displayName,
      recordedAt: body.recordedAt,
      history: [{ from: null, to: 'reported', byId: inspectorA.id, byName: inspectorA.displayName, reason: null }],
    });
    expect(report.photos.map((p) => [p.contentType, p.width, p.height])).toEqual([
      ['image/jpeg', 1600, 1200],
      ['image/png', 800, 600],
      ['image/webp', 1024, 768],
    ]);
    expect(report.photos[0]).toMatchObject({ bytes: 50_000, url: `/api/reports/${report.id}/photos/${report.photos[0].id}` });

    const after = await snapshot();
    expect(after).toMatchObject({ reports: before.reports + 1, photos: before.photos + 3, steps: before.steps + 1, audits: before.audits + 1 });
    expect(after.files.filter((f) => !before.files.includes(f))).toEqual(
      report.photos.map((p) => `reports/${report.id}/${p.id}.${{ 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' }[p.contentType]}`).sort(),
    );
    const [audit] = await sql.query(`SELECT * FROM audit_log WHERE entity_id = $1`, [report.id]);
    expect(audit).toMatchObject({ action: 'hazard_report.created', entity_type: 'hazard_report', actor_id: inspectorA.id });

    // The photo comes back byte for byte, with its checked type and nosniff.
    const photo = await as(inspectorA, 'get', report.photos[0].url).buffer(true).expect(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(photo.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(photo.body as Buffer, photos[0].body)).toBe(0);
    const png = await as(operator, 'get', report.photos[1].url).buffer(true).expect(200);
    expect(png.headers['content-type']).toBe('image/png');

    // The HQ and the reporter hear of it.
    const events = await sql.query(`SELECT room FROM realtime_events WHERE event = 'ops.report' AND payload->'report'->>'id' = $1 ORDER BY room`, [report.id]);
    expect(events.map((e: { room: string }) => e.room)).toEqual(['hq', `user:${inspectorA.id}`]);
  });

  it('stores a resend once: 200 with the same report, nothing new, not even a photo file', async () => {
    const body = reportBody();
    const photos = [jpeg()];
    const first = (await sendReport(app, inspectorA, body, photos).expect(201)).body as HazardReport;
    const before = await snapshot();
    const again = await sendReport(app, inspectorA, body, photos).expect(200);
    expect(again.body).toEqual(first);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 409 when a client id comes back with another body or other photos, storing nothing', async () => {
    const body = reportBody();
    await sendReport(app, inspectorA, body, [jpeg()]).expect(201);
    const before = await snapshot();
    for (const [changed, photos] of [
      [{ ...body, severity: 'low' }, [jpeg()]],
      [{ ...body, description: 'Something else' }, [jpeg()]],
      [body, [{ body: samplePhoto('jpeg', 1600, 1201, 50_000) }]],
      [body, []],
    ] as const) {
      const res = await sendReport(app, inspectorA, changed, [...photos]).expect(409);
      expect(res.body).toMatchObject({ code: 'hazard_client_id_reused', message: expect.stringMatching(/new clientId/) });
    }
    expect(await snapshot()).toEqual(before);
    // Another account may use the same client id: ids are per reporter, and nobody reaches another's report by it.
    const other = await sendReport(app, inspectorB, body, [jpeg()]).expect(201);
    expect(other.body.reportedById).toBe(inspectorB.id);
  });

  it('stores one report when the same report arrives several times at once, and leaves no stray photo', async () => {
    const body = reportBody();
    const photos = [jpeg(), { body: samplePhoto('png', 640, 480), contentType: 'image/png' }];
    const before = await snapshot();
    const answers = await Promise.all(Array.from({ length: 5 }, () => sendReport(app, crewLeadA, body, photos)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const after = await snapshot();
    expect(after).toMatchObject({ reports: before.reports + 1, photos: before.photos + 2, steps: before.steps + 1, audits: before.audits + 1 });
    expect(after.files.length).toBe(before.files.length + 2);
  });

  it('settles a copy that slipped past the first check in the database: the unique key decides, its photos are removed', async () => {
    const body = reportBody();
    const photos = [jpeg()];
    const stored = (await sendReport(app, inspectorA, body, photos).expect(201)).body as HazardReport;
    const before = await snapshot();
    // As when two copies arrive together: neither sees the other before inserting.
    const lookup = vi.spyOn(app.get(HazardReportRepository), 'findByClient');
    lookup.mockResolvedValueOnce(null);
    expect((await sendReport(app, inspectorA, body, photos).expect(200)).body.id).toBe(stored.id);
    lookup.mockResolvedValueOnce(null);
    expect((await sendReport(app, inspectorA, { ...body, severity: 'critical' }, photos).expect(409)).body.code).toBe('hazard_client_id_reused');
    lookup.mockRestore();
    expect(await snapshot()).toEqual(before);
  });

  it('walks the lifecycle with named users: HQ assigns, the team rectifies, HQ verifies; each step recorded and audited', async () => {
    const created = (await sendReport(app, inspectorB, reportBody({ category: 'flooding' }), [jpeg()]).expect(201)).body as HazardReport;
    const id = created.id;

    // The team cannot start before the report is theirs; the HQ assigns it to team A.
    expect((await move(inspectorA, id, { to: 'rectifying' }).expect(404)).body.code).toBe('hazard_report_not_found');
    expect((await move(operator, id, { to: 'assigned' }).expect(400)).body.code).toBe('hazard_team_required');
    expect((await move(operator, id, { to: 'assigned', teamId: randomUUID() }).expect(400)).body.code).toBe('hazard_team_unknown');
    const assigned = (await move(operator, id, { to: 'assigned', teamId: teamA.teamId }).expect(200)).body as HazardReport;
    expect(assigned).toMatchObject({ state: 'assigned', teamId: teamA.teamId });

    // Now team A sees it; the reporter (team B) still sees their own report.
    await as(inspectorA, 'get', `/api/reports/${id}`).expect(200);
    await as(inspectorB, 'get', `/api/reports/${id}`).expect(200);

    // The reporter is not on the assigned team: they may not move it.
    expect((await move(inspectorB, id, { to: 'rectifying' }).expect(403)).body.code).toBe('hazard_transition_forbidden');
    await move(crewLeadA, id, { to: 'rectifying' }).expect(200);
    expect((await move(inspectorA, id, { to: 'verified' }).expect(409)).body.code).toBe('hazard_transition_not_allowed');
    await move(inspectorA, id, { to: 'rectified', reason: 'Tree cut and cleared' }).expect(200);
    expect((await move(inspectorA, id, { to: 'verified' }).expect(403)).body.message).toMatch(/Only HQ staff may move a report to verified/);
    const verified = (await move(commander, id, { to: 'verified' }).expect(200)).body as HazardReport;

    expect(verified.state).toBe('verified');
    expect(verified.history.map((s) => [s.from, s.to, s.byName, s.reason])).toEqual([
      [null, 'reported', inspectorB.displayName, null],
      ['reported', 'assigned', operator.displayName, null],
      ['assigned', 'rectifying', crewLeadA.displayName, null],
      ['rectifying', 'rectified', inspectorA.displayName, 'Tree cut and cleared'],
      ['rectified', 'verified', commander.displayName, null],
    ]);
    const audits = await sql.query(`SELECT action, actor_id, summary FROM audit_log WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(audits.map((a: { action: string }) => a.action)).toEqual([
      'hazard_report.created',
      'hazard_report.transitioned',
      'hazard_report.transitioned',
      'hazard_report.transitioned',
      'hazard_report.transitioned',
    ]);
    expect(audits[4]).toMatchObject({ actor_id: commander.id, summary: { before: { state: 'rectified' }, after: { state: 'verified' } } });
    expect((await move(commander, id, { to: 'rejected', reason: 'late' }).expect(409)).body.message).toMatch(/closed/);

    // Team A's members and the reporter hear of every step, besides the HQ.
    const rooms = await sql.query(
      `SELECT DISTINCT room FROM realtime_events WHERE event = 'ops.report' AND payload->'report'->>'id' = $1 AND payload->'report'->>'state' = 'verified' ORDER BY room`,
      [id],
    );
    expect(rooms.map((r: { room: string }) => r.room).sort()).toEqual(['hq', `user:${inspectorA.id}`, `user:${crewLeadA.id}`, `user:${inspectorB.id}`].sort());
  });

  it('closes reports as duplicate or rejected with a reason', async () => {
    const original = (await sendReport(app, inspectorA, reportBody(), []).expect(201)).body as HazardReport;
    const copy = (await sendReport(app, crewLeadA, reportBody(), []).expect(201)).body as HazardReport;
    const other = (await sendReport(app, inspectorA, reportBody(), []).expect(201)).body as HazardReport;

    expect((await move(operator, copy.id, { to: 'duplicate', reason: 'Same tree' }).expect(400)).body.code).toBe('hazard_duplicate_of_required');
    expect((await move(operator, copy.id, { to: 'duplicate', reason: 'Same tree', duplicateOf: randomUUID() }).expect(400)).body.code).toBe('hazard_duplicate_of_unknown');
    const dup = (await move(operator, copy.id, { to: 'duplicate', reason: 'Same tree', duplicateOf: original.id }).expect(200)).body as HazardReport;
    expect(dup).toMatchObject({ state: 'duplicate', duplicateOf: original.id, reason: 'Same tree' });

    expect((await move(operator, other.id, { to: 'rejected' }).expect(400)).body.code).toBe('hazard_reason_required');
    expect((await move(operator, other.id, { to: 'rejected', reason: 'x'.repeat(501) }).expect(400)).body.message).toMatch(/reason must be at most 500/);
    expect((await move(operator, other.id, { to: 'rejected', state: 'verified', reason: 'r' }).expect(400)).body.message).toMatch(/property state should not exist/);
    const rejected = (await move(commander, other.id, { to: 'rejected', reason: 'Nothing found on site' }).expect(200)).body as HazardReport;
    expect(rejected).toMatchObject({ state: 'rejected', reason: 'Nothing found on site' });
    // A field account cannot close a report, even its own.
    expect((await move(inspectorA, original.id, { to: 'rejected', reason: 'mine' }).expect(403)).body.code).toBe('hazard_transition_forbidden');
  });

  it("keeps other teams' reports out of reach (404) and lists by role and filter", async () => {
    const mine = (await sendReport(app, inspectorA, reportBody({ category: 'power' }), [jpeg()]).expect(201)).body as HazardReport;
    const before = await snapshot();

    // Inspector B (another team) cannot read, fetch a photo of, or move inspector A's report: it does not exist for them.
    expect((await as(inspectorB, 'get', `/api/reports/${mine.id}`).expect(404)).body.code).toBe('hazard_report_not_found');
    await as(inspectorB, 'get', mine.photos[0].url).expect(404);
    await move(inspectorB, mine.id, { to: 'rectifying' }).expect(404);
    const listB = (await as(inspectorB, 'get', '/api/reports').expect(200)).body as HazardReportList;
    expect(listB.items.map((r) => r.id)).not.toContain(mine.id);
    expect(listB.items.every((r) => r.reportedById === inspectorB.id || r.teamId === teamB.teamId)).toBe(true);
    // A photo id of another report does not open through this one.
    const foreign = (await sendReport(app, inspectorB, reportBody(), [jpeg()]).expect(201)).body as HazardReport;
    await as(inspectorB, 'get', `/api/reports/${foreign.id}/photos/${mine.photos[0].id}`).expect(404);
    // Linking another team's task is refused as unknown.
    expect((await sendReport(app, inspectorB, reportBody({ taskId: teamA.taskId }), []).expect(400)).body.code).toBe('hazard_task_unknown');

    // Liaisons see counts elsewhere, never reports.
    await as(liaison, 'get', '/api/reports').expect(403);
    await as(liaison, 'get', `/api/reports/${mine.id}`).expect(403);
    await as(liaison, 'get', mine.photos[0].url).expect(403);
    expect((await sendReport(app, liaison, reportBody(), []).expect(403)).body.code).toBe('forbidden_role');

    // The HQ sees everything and filters.
    const all = (await as(operator, 'get', '/api/reports').expect(200)).body as HazardReportList;
    expect(all.items.map((r) => r.id)).toEqual(expect.arrayContaining([mine.id, foreign.id]));
    const power = (await as(operator, 'get', '/api/reports?category=power&open=true').expect(200)).body as HazardReportList;
    expect(power.items.map((r) => r.id)).toContain(mine.id);
    expect(power.items.every((r) => r.category === 'power' && ['reported', 'assigned', 'rectifying'].includes(r.state))).toBe(true);
    const closed = (await as(operator, 'get', '/api/reports?open=false').expect(200)).body as HazardReportList;
    expect(closed.items.every((r) => ['rectified', 'verified', 'duplicate', 'rejected'].includes(r.state))).toBe(true);
    const verified = (await as(commander, 'get', '/api/reports?state=verified').expect(200)).body as HazardReportList;
    expect(verified.items.every((r) => r.state === 'verified')).toBe(true);
    expect((await as(operator, 'get', '/api/reports?state=open').expect(400)).body.message).toMatch(/state must be one of/);
    await as(operator, 'get', '/api/reports/not-a-uuid').expect(400);
    await as(operator, 'get', `/api/reports/${randomUUID()}`).expect(404);

    expect((await reportCounts(sql)).reports).toBe(before.reports + 1);
  });

  describe('bad input: a clear 4xx, no row and no photo file', () => {
    const old = () => new Date(Date.now() - 8 * 24 * 3600_000).toISOString();
    const future = () => new Date(Date.now() + 10 * 60_000).toISOString();
    it.each<[string, () => BadSend, number, string, RegExp]>([
      ['a latitude out of range', () => ({ report: reportBody({ location: { lat: 91, lon: 113.5 } }) }), 400, 'validation_failed', /location\.lat must be between -90 and 90/],
      ['a longitude out of range', () => ({ report: reportBody({ location: { lat: 22.1, lon: 181 } }) }), 400, 'validation_failed', /location\.lon must be between -180 and 180/],
      ['a position far from Hengqin and Macau', () => ({ report: reportBody({ location: { lat: 39.9, lon: 116.4 } }) }), 400, 'hazard_location_outside', /outside Hengqin and Macau/],
      ['a recordedAt in the future', () => ({ report: reportBody({ recordedAt: future() }) }), 400, 'hazard_recorded_in_future', /in the future/],
      ['a recordedAt over a week old', () => ({ report: reportBody({ recordedAt: old() }) }), 400, 'hazard_recorded_too_old', /more than 7 days ago/],
      ['a recordedAt without a time zone', () => ({ report: reportBody({ recordedAt: '2026-09-07T08:15:00' }) }), 400, 'validation_failed', /time zone/],
      ['an unknown category', () => ({ report: reportBody({ category: 'ufo' as never }) }), 400, 'validation_failed', /category must be one of/],
      ['a description over 1000 characters', () => ({ report: reportBody({ description: 'x'.repeat(1001) }) }), 400, 'validation_failed', /at most 1000/],
      ['a bidi override in the description', () => ({ report: reportBody({ description: 'tree \u202E' }) }), 400, 'validation_failed', /control or text-direction/],
      ['a state in the report', () => ({ report: { ...reportBody(), state: 'verified' } }), 400, 'validation_failed', /property state should not exist/],
      ['a __proto__ key', () => ({ report: `{"__proto__":{"x":1},${JSON.stringify(reportBody()).slice(1)}` }), 400, 'forbidden_key', /__proto__/],
      ['a report that is not JSON', () => ({ report: '{"clientId":' }), 400, 'malformed_json', /not valid JSON/],
      ['an unknown task', () => ({ report: reportBody({ taskId: randomUUID() }) }), 400, 'hazard_task_unknown', /Unknown task id/],
      ['a text file as a photo', () => ({ report: reportBody(), photos: [{ body: Buffer.from('not an image at all'), contentType: 'image/jpeg' }] }), 415, 'photo_not_an_image', /photos\[0\] is not a JPEG, PNG or WebP/],
      ['an HTML page named .png', () => ({ report: reportBody(), photos: [jpegPart(), { body: Buffer.from('<html><script>x</script></html>'), filename: 'a.png', contentType: 'image/png' }] }), 415, 'photo_not_an_image', /photos\[1\]/],
      ['a photo over the size limit', () => ({ report: reportBody(), photos: [{ body: samplePhoto('jpeg', 1600, 1200, HAZARD_PHOTO_MAX_BYTES + 1) }] }), 413, 'photo_too_large', /larger than 2000000 bytes/],
      ['five photos', () => ({ report: reportBody(), photos: Array.from({ length: 5 }, jpegPart) }), 400, 'too_many_photos', /at most 4 photos/],
      ['a photo in another part', () => ({ report: reportBody(), extra: true }), 400, 'unexpected_part', /photos/],
    ])('refuses %s', async (_what, make, status, code, message) => {
      const before = await snapshot();
      const { report, photos = [], extra } = make();
      let req = sendReport(app, inspectorA, report, photos);
      if (extra) req = req.attach('picture', samplePhoto('jpeg'), { filename: 'x.jpg', contentType: 'image/jpeg' });
      const res = await req.expect(status);
      expect(res.body.code).toBe(code);
      expect(res.body.message).toMatch(message);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a JSON body (415), a form without the report part, and a second text part', async () => {
      const before = await snapshot();
      const json = await as(inspectorA, 'post', '/api/reports').send(reportBody()).expect(415);
      expect(json.body).toMatchObject({ code: 'multipart_required', message: expect.stringMatching(/multipart\/form-data/) });
      const noReport = await as(inspectorA, 'post', '/api/reports').attach('photos', samplePhoto('jpeg'), 'a.jpg').expect(400);
      expect(noReport.body.code).toBe('report_part_missing');
      const twoFields = await as(inspectorA, 'post', '/api/reports').field('report', JSON.stringify(reportBody())).field('note', 'x').expect(400);
      expect(twoFields.body.code).toBe('unexpected_part');
      expect(await snapshot()).toEqual(before);
    });
  });
});

/** A refused send: the report, its photos, and whether to add a file part with another name. */
interface BadSend {
  report: object | string;
  photos?: { body: Buffer; contentType?: string; filename?: string }[];
  extra?: boolean;
}

function jpegPart() {
  return { body: samplePhoto('jpeg', 1600, 1200, 10_000), contentType: 'image/jpeg' };
}
