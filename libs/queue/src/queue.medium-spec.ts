import type { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { INestApplicationContext } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig, ConfigModule, loadConfig } from '@app/config';
import type { JobData } from '@app/contracts';
import { DatabaseModule } from '@app/database';
import { createTestDatabase, waitFor, type TestDatabase, TEST_REDIS_URL } from '@app/testing';
import { JobProducer } from './job-producer.js';
import { ProcessesJob, type JobContext, type JobProcessor } from './job-processor.decorator.js';
import { QueueBackendHealthCheck } from './queue-backend.health-check.js';
import { QueueConnection } from './queue-connection.js';
import { QueueConsumerModule } from './queue-consumer.module.js';
import { QueueModule } from './queue.module.js';
import { RedisQueueConnection } from './redis-queue.connection.js';


type NoticeJob = JobData<'notices', 'notice.broadcast'>;

@Injectable()
@ProcessesJob('notices', 'notice.broadcast')
class RecordingNoticeProcessor implements JobProcessor<'notices', 'notice.broadcast'> {
  readonly runs: { data: NoticeJob; context: JobContext }[] = [];
  /** Message texts that fail on their first attempt. */
  readonly failFirst = new Set<string>();

  async process(data: NoticeJob, context: JobContext): Promise<void> {
    this.runs.push({ data, context });
    if (this.failFirst.has(data.notice.message) && context.attempt === 1) throw new Error('first attempt fails');
  }
}

@Injectable()
@ProcessesJob('system', 'worker.heartbeat')
class CountingHeartbeatProcessor implements JobProcessor<'system', 'worker.heartbeat'> {
  runs = 0;
  async process(): Promise<void> {
    this.runs++;
  }
}

function noticeJob(message: string): NoticeJob {
  return { notice: { id: randomBytes(8).toString('hex'), audience: 'hq', message, authorId: null, authorName: 'tester', createdAt: new Date().toISOString() } };
}

describe.each(['redis', 'postgres'] as const)('queues on %s', (backend) => {
  const prefix = `t_queue_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let producerApp: INestApplicationContext;
  let workerApp: INestApplicationContext;

  async function boot(consumer: boolean): Promise<INestApplicationContext> {
    const config = loadConfig({ DATABASE_URL: db.url, QUEUE_PREFIX: prefix, REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : undefined, DATABASE_POOL_SIZE: '5' });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule, DatabaseModule, consumer ? QueueConsumerModule : QueueModule],
      providers: consumer ? [RecordingNoticeProcessor, CountingHeartbeatProcessor] : [],
    })
      .overrideProvider(AppConfig)
      .useValue(config)
      .compile();
    return moduleRef.init();
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    // Two processes in miniature: one only produces (the api), one consumes (the worker).
    [producerApp, workerApp] = await Promise.all([boot(false), boot(true)]);
  });

  afterAll(async () => {
    if (backend === 'redis') {
      const client = new (await import('ioredis')).Redis(TEST_REDIS_URL);
      await deleteKeys(client, prefix);
      await client.quit();
    }
    await producerApp?.close();
    await workerApp?.close();
    await db?.drop();
  });

  it('delivers a job added by the producer to the processor of its name, once', async () => {
    const job = noticeJob('round trip');
    const id = await producerApp.get(JobProducer).add('notices', 'notice.broadcast', job, { jobId: `notice-${job.notice.id}` });
    expect(id).toBe(`notice-${job.notice.id}`);
    const processor = workerApp.get(RecordingNoticeProcessor);
    await waitFor(() => expect(processor.runs.map((r) => r.data)).toContainEqual(job));
    // The same job id again is not a second job.
    await producerApp.get(JobProducer).add('notices', 'notice.broadcast', job, { jobId: `notice-${job.notice.id}` });
    await new Promise((r) => setTimeout(r, 500));
    expect(processor.runs.filter((r) => r.data.notice.id === job.notice.id)).toHaveLength(1);
  });

  it('retries a failed job with backoff', async () => {
    const processor = workerApp.get(RecordingNoticeProcessor);
    processor.failFirst.add('flaky');
    const job = noticeJob('flaky');
    await producerApp.get(JobProducer).add('notices', 'notice.broadcast', job);
    await waitFor(() => expect(processor.runs.filter((r) => r.data.notice.id === job.notice.id).map((r) => r.context.attempt)).toEqual([1, 2]), { timeoutMs: 15_000 });
  });

  it('runs a job scheduler repeatedly, once per tick whatever the number of upserts', async () => {
    const producer = producerApp.get(JobProducer);
    await producer.schedule('system', 'test-heartbeat', { everyMs: 400 }, 'worker.heartbeat', {});
    await workerApp.get(JobProducer).schedule('system', 'test-heartbeat', { everyMs: 400 }, 'worker.heartbeat', {});
    const processor = workerApp.get(CountingHeartbeatProcessor);
    await waitFor(() => expect(processor.runs).toBeGreaterThanOrEqual(3), { timeoutMs: 10_000 });
    const startedAt = Date.now();
    const before = processor.runs;
    await new Promise((r) => setTimeout(r, 2_000));
    const perSecond = (processor.runs - before) / ((Date.now() - startedAt) / 1000);
    expect(perSecond).toBeLessThan(3.5);
  });

  it('declares its schedules again after the backend lost them, keeping them running', async () => {
    const jobs = workerApp.get(JobProducer);
    await jobs.schedule('system', 'test-kept', { everyMs: 60_000 }, 'worker.heartbeat', {});
    // The full BullMQ Queue (the system itself holds only the QueueHandle part of it).
    const queue = workerApp.get(QueueConnection).queue('system') as unknown as Queue;
    const ids = async () => (await queue.getJobSchedulers()).map((s) => s.key);
    expect(await ids()).toContain('test-kept');
    // What a flushed or restarted Redis does to a schedule while the worker keeps running.
    await queue.removeJobScheduler('test-kept');
    expect(await ids()).not.toContain('test-kept');
    await jobs.redeclareSchedules();
    expect(await ids()).toContain('test-kept');
  });

  it('refuses job ids containing ":"', async () => {
    await expect(producerApp.get(JobProducer).add('notices', 'notice.broadcast', noticeJob('x'), { jobId: 'notice:1' })).rejects.toThrow(/must not contain ":"/);
  });

  it('reports the backend in the health check', async () => {
    const check = producerApp.get(QueueBackendHealthCheck);
    expect(check.name).toBe(backend === 'redis' ? 'redis' : 'queue');
    await expect(check.check()).resolves.toBeUndefined();
    expect(producerApp.get(QueueConnection) instanceof RedisQueueConnection).toBe(backend === 'redis');
  });
});

async function deleteKeys(client: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    if (keys.length) await client.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
