import { randomBytes } from 'node:crypto';
import { Injectable, Module, type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import type { Notice, NoticeBroadcastJob } from '@app/contracts';
import { DatabaseModule } from '@app/database';
import { JobProducer, ProcessesJob, QueueConsumerModule, type JobProcessor } from '@app/queue';
import { createTestDatabase, waitFor, type TestDatabase, deleteRedisKeys, TEST_REDIS_URL } from '@app/testing';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { createApiTestApp } from '../auth/testing/api-test-app.js';
import { insertStaff, type TestStaff } from '../auth/testing/staff-fixtures.js';
import { NoticesModule } from './notices.module.js';


/** Stands in for the worker: records the broadcast jobs the api enqueues. */
@Injectable()
@ProcessesJob('notices', 'notice.broadcast')
class RecordingBroadcastProcessor implements JobProcessor<'notices', 'notice.broadcast'> {
  readonly jobs: NoticeBroadcastJob[] = [];
  async process(data: NoticeBroadcastJob): Promise<void> {
    this.jobs.push(data);
  }
}

@Module({ imports: [QueueConsumerModule], providers: [RecordingBroadcastProcessor] })
class RecordingWorkerModule {}

describe.each(['redis', 'postgres'] as const)('staff notices on %s', (backend) => {
  const prefix = `t_notices_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let commander: TestStaff;
  let admin: TestStaff;
  let operator: TestStaff;
  let inspector: TestStaff;
  let liaison: TestStaff;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApiTestApp({
      databaseUrl: db.url,
      env: { REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : '', QUEUE_PREFIX: prefix },
      imports: [ConfigModule, DatabaseModule, AuthModule, AuditModule, NoticesModule, RecordingWorkerModule],
    });
    sql = app.get(DataSource);
    commander = await insertStaff(app, { username: 'cmd.wong', role: 'commander' });
    admin = await insertStaff(app, { username: 'adm.lam', role: 'admin' });
    operator = await insertStaff(app, { username: 'op.chan', role: 'operator' });
    inspector = await insertStaff(app, { username: 'insp.ho', role: 'inspector' });
    liaison = await insertStaff(app, { username: 'liaison.sa', role: 'liaison' });
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    if (backend === 'redis') {
      await deleteRedisKeys(prefix, TEST_REDIS_URL);
    }
  });

  const post = (who: TestStaff, body: object) => request(app.getHttpServer()).post('/api/notices').set('Authorization', `Bearer ${who.token}`).send(body);
  const list = async (who: TestStaff) => ((await request(app.getHttpServer()).get('/api/notices').set('Authorization', `Bearer ${who.token}`).expect(200)).body.items as Notice[]);
  const counts = async () => (await sql.query(`SELECT (SELECT count(*) FROM staff_notices) AS notices, (SELECT count(*) FROM audit_log) AS audits`))[0];

  it('stores a notice, audits it in the same transaction and queues its broadcast', async () => {
    const res = await post(commander, { audience: 'field', message: '  Check the Lotus Bridge drains  ' }).expect(201);
    const notice = res.body as Notice;
    expect(notice).toMatchObject({ audience: 'field', message: 'Check the Lotus Bridge drains', authorId: commander.id, authorName: commander.displayName });
    const [audit] = await sql.query(`SELECT * FROM audit_log WHERE entity_id = $1`, [notice.id]);
    expect(audit).toMatchObject({ action: 'notice.created', entity_type: 'staff_notice', actor_id: commander.id, actor_name: 'cmd.wong' });
    expect(audit.summary.after).toEqual({ audience: 'field', message: 'Check the Lotus Bridge drains' });
    const processor = app.get(RecordingBroadcastProcessor);
    await waitFor(() => expect(processor.jobs).toContainEqual({ notice }));
    // Marked broadcast only by the worker once it went out; until then the reconciler can find it.
    const [row] = await sql.query(`SELECT broadcast_at, requeue_count FROM staff_notices WHERE id = $1`, [notice.id]);
    expect(row).toEqual({ broadcast_at: null, requeue_count: 0 });
  });

  it('lists notices for the caller’s group only, newest first', async () => {
    const toAll = (await post(admin, { audience: 'all-staff', message: 'Typhoon signal 8 expected tonight' }).expect(201)).body as Notice;
    const toLiaison = (await post(commander, { audience: 'liaison', message: 'Macau side call at 21:00' }).expect(201)).body as Notice;
    const toHq = (await post(commander, { audience: 'hq', message: 'HQ briefing' }).expect(201)).body as Notice;
    expect((await list(liaison)).map((n) => n.id)).toEqual([toLiaison.id, toAll.id]);
    expect((await list(operator)).map((n) => n.id)).toEqual([toHq.id, toAll.id]);
    expect((await list(inspector)).map((n) => n.audience)).toEqual(['all-staff', 'field']);
  });

  it.each([
    ['an unknown audience', { audience: 'residents', message: 'x' }, /audience must be one of: all-staff, hq, field, liaison/],
    ['a message over 500 characters', { audience: 'hq', message: 'x'.repeat(501) }, /message must be 1 to 500 characters long/],
    ['a blank message', { audience: 'hq', message: '   ' }, /message must not be blank/],
    ['a line break', { audience: 'hq', message: 'two\nlines' }, /message must not contain control or text-direction characters/],
    ['a direction override', { audience: 'hq', message: 'evacuate \u202Eetaucave' }, /message must not contain control or text-direction characters/],
    ['an extra field', { audience: 'hq', message: 'hi', authorId: '00000000-0000-0000-0000-000000000001' }, /property authorId should not exist/],
  ])('refuses %s with 400 and stores nothing', async (_what, body, message) => {
    const before = await counts();
    const res = await post(commander, body).expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['operator', () => operator],
    ['inspector', () => inspector],
    ['liaison', () => liaison],
  ])('refuses a notice from the %s role with 403', async (_role, who) => {
    const before = await counts();
    const res = await post(who(), { audience: 'hq', message: 'not allowed' }).expect(403);
    expect(res.body.code).toBe('forbidden_role');
    expect(await counts()).toEqual(before);
  });

  it('needs a token to read or send', async () => {
    await request(app.getHttpServer()).get('/api/notices').expect(401);
    await request(app.getHttpServer()).post('/api/notices').send({ audience: 'hq', message: 'x' }).expect(401);
  });

  it('keeps a notice the queue could not take, for the reconciler to broadcast', async () => {
    const add = vi.spyOn(app.get(JobProducer), 'add').mockRejectedValueOnce(new Error('queue unreachable'));
    try {
      const notice = (await post(commander, { audience: 'hq', message: 'Queue down, still stored' }).expect(201)).body as Notice;
      expect(add).toHaveBeenCalledTimes(1);
      const [row] = await sql.query(`SELECT message, broadcast_at FROM staff_notices WHERE id = $1`, [notice.id]);
      expect(row).toEqual({ message: 'Queue down, still stored', broadcast_at: null });
      expect((await list(operator)).map((n) => n.id)).toContain(notice.id);
    } finally {
      add.mockRestore();
    }
  });
});
