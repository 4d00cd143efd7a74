import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule, loadConfig } from '@app/config';
import type { Notice } from '@app/contracts';
import { DatabaseModule } from '@app/database';
import { JobProducer, QueueConsumerModule } from '@app/queue';
import { RealtimeModule } from '@app/realtime';
import { createTestDatabase, deleteRedisKeys, TEST_REDIS_URL, waitFor, type TestDatabase } from '@app/testing';
import { NoticeBroadcastProcessor } from './notice-broadcast.processor.js';
import { NoticeBroadcastService } from './notice-broadcast.service.js';
import { NoticeOutboxRepository } from './notice-outbox.repository.js';
import { NOTICE_BROADCAST_GRACE_MS, NoticeReconcilerService } from './notice-reconciler.service.js';

/** The worker's notice broadcast and its reconciler, consuming real queues (no schedules: the test runs the reconciler). */
describe.each(['redis', 'postgres'] as const)('staff notice outbox on %s', (backend) => {
  const prefix = `t_noticeout_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let app: INestApplicationContext;
  let sql: DataSource;
  let reconciler: NoticeReconcilerService;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = loadConfig({ DATABASE_URL: db.url, QUEUE_PREFIX: prefix, REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : '', LOG_LEVEL: 'warn' });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule, DatabaseModule, RealtimeModule, QueueConsumerModule],
      providers: [NoticeOutboxRepository, NoticeBroadcastService, NoticeReconcilerService, NoticeBroadcastProcessor],
    })
      .overrideProvider(AppConfig)
      .useValue(config)
      .compile();
    app = await moduleRef.init();
    sql = app.get(DataSource);
    reconciler = app.get(NoticeReconcilerService);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    if (backend === 'redis') await deleteRedisKeys(prefix, TEST_REDIS_URL);
  });

  /** A notice as the api stores it; `ageMs` back-dates it, `broadcast` marks it sent. */
  async function storedNotice(message: string, { ageMs = 0, broadcast = false } = {}): Promise<Notice> {
    const [row] = await sql.query(
      `INSERT INTO staff_notices (audience, message, author_name, created_at, broadcast_at)
       VALUES ('field', $1, 'Duty Commander', now() - $2 * interval '1 millisecond', CASE WHEN $3 THEN now() END)
       RETURNING id, created_at`,
      [message, ageMs, broadcast],
    );
    return { id: row.id, audience: 'field', message, authorId: null, authorName: 'Duty Commander', createdAt: row.created_at.toISOString() };
  }
  const broadcastEvents = async (id: string): Promise<{ seq: string; room: string }[]> =>
    sql.query(`SELECT seq, room FROM realtime_events WHERE event = 'notice.created' AND payload->>'id' = $1 ORDER BY seq`, [id]);
  const state = async (id: string) =>
    (await sql.query(`SELECT broadcast_at IS NOT NULL AS broadcast, requeue_count FROM staff_notices WHERE id = $1`, [id]))[0] as { broadcast: boolean; requeue_count: number };

  it('broadcasts a notice whose job was lost, once its grace period is over, and marks it broadcast', async () => {
    const lost = await storedNotice('Check the Lotus Bridge drains', { ageMs: NOTICE_BROADCAST_GRACE_MS + 5_000 });
    const fresh = await storedNotice('Just sent; its job is still on its way');
    const done = await storedNotice('Already sent', { ageMs: NOTICE_BROADCAST_GRACE_MS + 5_000, broadcast: true });
    const ancient = await storedNotice('Two days old', { ageMs: 48 * 3600_000 });

    expect(await reconciler.reconcile()).toBe(1);
    await waitFor(async () => expect(await state(lost.id)).toEqual({ broadcast: true, requeue_count: 1 }));
    expect((await broadcastEvents(lost.id)).map((e) => e.room)).toEqual(['field']);
    for (const other of [fresh, done, ancient]) expect(await broadcastEvents(other.id)).toEqual([]);
    expect(await state(fresh.id)).toEqual({ broadcast: false, requeue_count: 0 });

    // Broadcast now: nothing left to do, and a later run sends nothing twice.
    expect(await reconciler.reconcile()).toBe(0);
  });

  it('re-enqueues again, under a new job id, when the re-enqueued job was lost too', async () => {
    const notice = await storedNotice('Shelters open at 20:00', { ageMs: NOTICE_BROADCAST_GRACE_MS + 5_000 });
    // The first re-enqueue "is lost": recorded, but its job never runs.
    await sql.query(`UPDATE staff_notices SET requeued_at = now() - $2 * interval '1 millisecond', requeue_count = 1 WHERE id = $1`, [
      notice.id,
      NOTICE_BROADCAST_GRACE_MS + 1_000,
    ]);
    expect(await reconciler.reconcile()).toBe(1);
    await waitFor(async () => expect(await state(notice.id)).toEqual({ broadcast: true, requeue_count: 2 }));
    expect(await broadcastEvents(notice.id)).toHaveLength(1);
  });

  it('sends a notice once however many jobs carry it', async () => {
    const notice = await storedNotice('Typhoon signal 8 expected tonight');
    const jobs = app.get(JobProducer);
    await Promise.all(['a', 'b', 'c'].map((n) => jobs.add('notices', 'notice.broadcast', { notice }, { jobId: `dup-${notice.id}-${n}` })));
    await waitFor(async () => expect((await state(notice.id)).broadcast).toBe(true));
    const service = app.get(NoticeBroadcastService);
    expect(await Promise.all([service.broadcast(notice), service.broadcast(notice)])).toEqual([false, false]);
    await new Promise((r) => setTimeout(r, 500));
    expect(await broadcastEvents(notice.id)).toHaveLength(1);
  });

  it('lets only one of two concurrent broadcasts of a new notice send it', async () => {
    const notice = await storedNotice('Crew 3 to Hengqin port');
    const service = app.get(NoticeBroadcastService);
    const sent = await Promise.all([service.broadcast(notice), service.broadcast(notice)]);
    expect(sent.sort()).toEqual([false, true]);
    expect(await broadcastEvents(notice.id)).toHaveLength(1);
  });
});
