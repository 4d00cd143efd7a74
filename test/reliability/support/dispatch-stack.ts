import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import pg from 'pg';
import { LANGUAGES, type AlertStatus, type DeliverySummary, type Language } from '@app/contracts';
import { DEFAULT_DISPATCH_SETTINGS } from '@app/dispatch';
import { referenceData } from '@app/domain';
import {
  createTestDatabase,
  FaultyPushService,
  freePort,
  seedTestDatabase,
  startApp,
  startPrivateRedis,
  type AppProcess,
  type PrivateRedis,
  type TestDatabase,
} from '@app/testing';

/** The seeded areas (every one of Hengqin's). */
export const AREAS: readonly string[] = referenceData().areas.map((area) => area.id);
const DEMO_PASSWORD = 'qinao-demo-pass';
const LIVE_CONFIRMATION = 'SEND LIVE ALERT';
/** The test's own database connections carry this name, so terminating "every connection" spares them. */
const TEST_APPLICATION_NAME = 'qinao-reliability-test';
/** Nothing moved for this long: the rest of the wait is the pipeline's lease and grace periods, which are skipped. */
const IDLE_MS = 2_000;

export interface SeededSubscription {
  id: string;
  language: Language;
  areaIds: string[];
  drills: boolean;
  testDevice: boolean;
  /** Index of the push service its endpoint is on. */
  service: number;
}

export interface DispatchStackOptions {
  /** Subscriptions seeded (real P-256 keys), spread over the five areas and two push services. */
  subscriptions: number;
  workers?: number;
}

/** Staff the tests act as (the seeded demo accounts plus a second commander). */
export type Actor = 'operator' | 'commander' | 'commander2';

/**
 * One installation under test: a database cloned from the migrated template and seeded, a private redis-server,
 * two local push services, the built api and worker processes — production processes, test settings only where
 * the environment allows it (loopback push services, a short push timeout, a small push concurrency).
 */
export class DispatchStack {
  readonly workers: (AppProcess | undefined)[] = [];
  subscriptions: SeededSubscription[] = [];
  private readonly tokens = new Map<Actor, string>();
  private dispatchQueue: Queue | undefined;

  private constructor(
    /** QUEUE_PREFIX of every process: the stack's keys in its Redis. */
    readonly queuePrefix: string,
    readonly db: TestDatabase,
    readonly sql: pg.Pool,
    readonly redis: PrivateRedis,
    readonly push: FaultyPushService[],
    readonly api: AppProcess,
  ) {}

  static async start(options: DispatchStackOptions): Promise<DispatchStack> {
    const db = await createTestDatabase();
    await seedTestDatabase(db.url);
    const sql = new pg.Pool({ connectionString: db.url, max: 4, application_name: TEST_APPLICATION_NAME });
    // A pooled connection ended by a fault is dropped and replaced; only the statement it was running fails.
    sql.on('error', () => undefined);
    const redis = await startPrivateRedis();
    const push = await Promise.all([new FaultyPushService({ delayMs: 5 }).start(), new FaultyPushService({ delayMs: 5 }).start()]);
    const prefix = `rel${randomBytes(3).toString('hex')}`;
    const port = await freePort();
    let api: AppProcess | undefined;
    let stack: DispatchStack | undefined;
    try {
      api = await startApp('api', { ...environment(db.url, redis.url, prefix), PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` });
      stack = new DispatchStack(prefix, db, sql, redis, push, api);
      await stack.seedSubscriptions(options.subscriptions);
      await sql.query(
        `INSERT INTO staff_users (username, display_name, role, password_hash)
         SELECT 'commander2', 'Second commander', 'commander', password_hash FROM staff_users WHERE username = 'commander'`,
      );
      await Promise.all(Array.from({ length: options.workers ?? 2 }, (_, i) => stack!.startWorker(i)));
      for (const actor of ['operator', 'commander', 'commander2'] as const) stack.tokens.set(actor, await stack.login(actor));
      return stack;
    } catch (err) {
      // Leave nothing running behind a failed start.
      await Promise.all([api?.kill(), ...(stack?.workers.map((w) => w?.kill()) ?? [])]);
      await Promise.all(push.map((p) => p.stop()));
      await redis.stop();
      await sql.end();
      await db.drop();
      throw err;
    }
  }

  async stop(): Promise<void> {
    await Promise.all([this.api.stop(), ...this.workers.map((w) => w?.stop())]);
    await this.dispatchQueue?.close().catch(() => undefined);
    await Promise.all(this.push.map((p) => p.stop()));
    await this.redis.stop();
    await this.sql.end();
    await this.db.drop();
  }

  /** Output of every process, for failure messages. */
  outputs(): string {
    const tail = (name: string, text: string) => `--- ${name} (last 2500 characters)\n${text.slice(-2500)}`;
    return [tail('api', this.api.output()), ...this.workers.map((w, i) => tail(`worker ${i}`, w?.output() ?? '(not running)'))].join('\n');
  }

  // --- processes and infrastructure -------------------------------------------------------------------------------

  async startWorker(index: number): Promise<AppProcess> {
    const worker = await startApp('worker', environment(this.db.url, this.redis.url, this.queuePrefix), 60_000);
    this.workers[index] = worker;
    return worker;
  }

  /** SIGKILL: the process dies without a chance to clean up. */
  async killWorker(index: number): Promise<void> {
    await this.workers[index]?.kill();
    this.workers[index] = undefined;
  }

  /** SIGTERM and wait for the process to exit (graceful shutdown). */
  async stopWorker(index: number): Promise<void> {
    await this.workers[index]?.stop();
    this.workers[index] = undefined;
  }

  /** Ends every server connection to the test database except the test's own; returns how many. */
  async terminateDatabaseConnections(): Promise<number> {
    const { rows } = await this.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (
         SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND application_name <> $1) t`,
      [TEST_APPLICATION_NAME],
    );
    return rows[0]!.n;
  }

  private queue(): Queue {
    this.dispatchQueue ??= new Queue('dispatch', { connection: { host: '127.0.0.1', port: this.redis.port, maxRetriesPerRequest: 1 }, prefix: this.queuePrefix });
    return this.dispatchQueue;
  }

  /** Runs the reconciler now, as its next scheduled run would. */
  async reconcileNow(): Promise<void> {
    await this.queue().add('dispatch.reconcile', {}, { jobId: `test-reconcile-${Date.now()}-${randomBytes(2).toString('hex')}` });
  }

  /** The dispatch queue's schedulers currently stored in Redis (the outbox relay and the reconciler). */
  async dispatchSchedulers(): Promise<string[]> {
    const schedulers = await this.queue().getJobSchedulers();
    return schedulers.map((s) => String(s.key ?? s.id)).sort();
  }

  // --- people and alerts ------------------------------------------------------------------------------------------

  private async login(actor: Actor): Promise<string> {
    const body = (await this.http('POST', '/api/auth/login', undefined, { username: actor, password: DEMO_PASSWORD }, 200)) as { accessToken: string };
    return body.accessToken;
  }

  /** One API call; fails the test with the body when the status is not the expected one. */
  async http(method: string, path: string, actor: Actor | undefined, body?: unknown, expected?: number): Promise<unknown> {
    const res = await this.request(method, path, actor, body);
    if (expected !== undefined && res.status !== expected) throw new Error(`${method} ${path} answered ${res.status}, not ${expected}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async request(method: string, path: string, actor: Actor | undefined, body?: unknown): Promise<{ status: number; body: unknown }> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (actor) headers.Authorization = `Bearer ${this.tokens.get(actor)}`;
    const res = await fetch(`${this.api.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  /** An operator drafts from the signal 8 template for these areas and submits it; returns its id. */
  async submitted(options: { status: AlertStatus; areaIds: readonly string[]; expires?: Date }): Promise<string> {
    const fields: Record<string, unknown> = {
      templateId: 'smg-tc8-issued',
      status: options.status,
      target: { areaIds: [...options.areaIds], polygons: [], circles: [] },
    };
    if (options.expires) {
      const now = new Date(Date.now() - 1_000).toISOString();
      Object.assign(fields, { effective: now, onset: now, expires: options.expires.toISOString() });
    }
    const draft = (await this.http('POST', '/api/alerts', 'operator', fields, 201)) as { id: string };
    await this.http('POST', `/api/alerts/${draft.id}/submit`, 'operator', undefined, 200);
    return draft.id;
  }

  async approve(alertId: string, actor: Actor = 'commander'): Promise<{ status: number; body: unknown }> {
    return this.request('POST', `/api/alerts/${alertId}/approve`, actor, { confirmation: LIVE_CONFIRMATION });
  }

  /** Drafted, submitted and approved: the alert is published and its outbox row committed. */
  async publish(options: { status: AlertStatus; areaIds: readonly string[]; expires?: Date }): Promise<string> {
    const id = await this.submitted(options);
    const res = await this.approve(id);
    if (res.status !== 200) throw new Error(`approve answered ${res.status}: ${JSON.stringify(res.body)}`);
    return id;
  }

  /** The two-person Cancel of a published alert: drafted by the operator, approved by the second commander. */
  async cancel(alertId: string): Promise<string> {
    const draft = (await this.http('POST', `/api/alerts/${alertId}/cancel`, 'operator', undefined, 201)) as { id: string; version: number };
    // A Cancel is never Extreme or Severe.
    await this.http('PATCH', `/api/alerts/${draft.id}`, 'operator', { version: draft.version, severity: 'Minor' }, 200);
    await this.http('POST', `/api/alerts/${draft.id}/submit`, 'operator', undefined, 200);
    const res = await this.approve(draft.id, 'commander2');
    if (res.status !== 200) throw new Error(`approving the Cancel answered ${res.status}: ${JSON.stringify(res.body)}`);
    return draft.id;
  }

  async summary(alertId: string): Promise<DeliverySummary> {
    return (await this.http('GET', `/api/alerts/${alertId}/deliveries/summary`, 'commander', undefined, 200)) as DeliverySummary;
  }

  // --- the ledger -------------------------------------------------------------------------------------------------

  /** Subscriptions whose rows of this alert are leased right now: what a process that dies now may have had in flight. */
  async leasedNow(alertId: string): Promise<Set<string>> {
    const { rows } = await this.sql.query<{ subscription_id: string }>(
      `SELECT subscription_id FROM deliveries WHERE alert_id = $1 AND state = 'pending' AND lease_until > now() AND subscription_id IS NOT NULL`,
      [alertId],
    );
    return new Set(rows.map((r) => r.subscription_id));
  }

  /** Subscriptions that still exist. */
  async existingSubscriptions(): Promise<Set<string>> {
    const { rows } = await this.sql.query<{ id: string }>(`SELECT id FROM push_subscriptions`);
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Waits until the alert's fan-out is done and none of its rows is pending. With `skipIdle`, whenever nothing has
   * moved for a while (no row changed, no request at a push service) while work remains, the wait that is left is
   * the lease and grace periods of work a dead process or a lost job left behind (60 s + 30 s in production): the
   * ledger's clocks of this alert's unfinished rows are moved back past them, as if that time had passed, and the
   * reconciler is run at once instead of on its 15 s schedule.
   */
  async waitFinal(alertId: string, options: { timeoutMs?: number; skipIdle?: boolean } = {}): Promise<{ skips: number }> {
    const deadline = Date.now() + (options.timeoutMs ?? 60_000);
    let skips = 0;
    let lastRequests = '';
    let quietSince = Date.now();
    for (;;) {
      const { rows } = await this.sql.query<{ pending: number; total: number; done: boolean; idle_ms: number | null }>(
        `SELECT (SELECT count(*) FILTER (WHERE state = 'pending')::int FROM deliveries WHERE alert_id = $1) AS pending,
                (SELECT count(*)::int FROM deliveries WHERE alert_id = $1) AS total,
                coalesce((SELECT bool_and(done_at IS NOT NULL) FROM outbox WHERE payload->>'alertId' = $1::text), false) AS done,
                (SELECT extract(epoch FROM now() - max(updated_at)) * 1000 FROM deliveries WHERE alert_id = $1)::float8 AS idle_ms`,
        [alertId],
      );
      const state = rows[0]!;
      if (state.done && state.pending === 0) return { skips };
      const requests = this.push.map((p) => `${p.requests}/${p.inFlight}`).join(' ');
      if (requests !== lastRequests) {
        lastRequests = requests;
        quietSince = Date.now();
      }
      const idle = Date.now() - quietSince >= IDLE_MS && (state.idle_ms === null || state.idle_ms >= IDLE_MS) && this.push.every((p) => p.inFlight === 0);
      if (options.skipIdle && idle) {
        await this.skipLeaseAndGrace(alertId);
        await this.reconcileNow();
        skips += 1;
        quietSince = Date.now();
      }
      if (Date.now() > deadline) {
        throw new Error(`alert ${alertId} not final: ${JSON.stringify(state)} after ${skips} skipped idle periods\n${this.outputs()}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private async skipLeaseAndGrace(alertId: string): Promise<void> {
    const deliveryMs = DEFAULT_DISPATCH_SETTINGS.staleDeliveryMs + 1_000;
    const fanOutMs = DEFAULT_DISPATCH_SETTINGS.staleFanOutMs + 1_000;
    await this.sql.query(
      `UPDATE deliveries
          SET lease_until = CASE WHEN lease_until IS NULL THEN NULL ELSE least(lease_until, now()) - $2 * interval '1 millisecond' END,
              updated_at = updated_at - $2 * interval '1 millisecond'
        WHERE alert_id = $1 AND state = 'pending'`,
      [alertId, deliveryMs],
    );
    await this.sql.query(
      `UPDATE outbox SET enqueued_at = enqueued_at - $2 * interval '1 millisecond' WHERE payload->>'alertId' = $1::text AND done_at IS NULL AND enqueued_at IS NOT NULL`,
      [alertId, fanOutMs],
    );
  }

  // --- subscriptions ----------------------------------------------------------------------------------------------

  private async seedSubscriptions(count: number): Promise<void> {
    let seed = 0x5eed;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const tests = [];
    for (let i = 0; i < count; i++) {
      const service = i % this.push.length;
      const test = this.push[service]!.createSubscription();
      const first = AREAS[Math.floor(random() * AREAS.length)]!;
      const second = random() < 0.15 ? AREAS[Math.floor(random() * AREAS.length)]! : first;
      this.subscriptions.push({
        id: test.id,
        language: LANGUAGES[Math.floor(random() * LANGUAGES.length)]!,
        areaIds: [...new Set([first, second])],
        drills: random() < 0.3,
        testDevice: random() < 0.06,
        service,
      });
      tests.push(test);
    }
    const subs = this.subscriptions;
    await this.sql.query(
      `INSERT INTO push_subscriptions (id, endpoint, p256dh, auth, language, area_ids, enrolled_for_drills, test_device, manage_token_hash)
       SELECT u.id, u.endpoint, u.p256dh, u.auth, u.language, string_to_array(u.areas, ','), u.drills, u.test_device, $9::bytea
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bool[], $8::bool[])
           AS u(id, endpoint, p256dh, auth, language, areas, drills, test_device)`,
      [
        subs.map((s) => s.id),
        tests.map((t) => t.subscription.endpoint),
        tests.map((t) => t.subscription.keys.p256dh),
        tests.map((t) => t.subscription.keys.auth),
        subs.map((s) => s.language),
        subs.map((s) => s.areaIds.join(',')),
        subs.map((s) => s.drills),
        subs.map((s) => s.testDevice),
        randomBytes(32),
      ],
    );
  }

  /** Who an alert of this status for these areas must reach, worked out here from what was seeded (not by the product's query). */
  async audienceOf(status: AlertStatus, areaIds: readonly string[]): Promise<SeededSubscription[]> {
    const existing = await this.existingSubscriptions();
    const areas = new Set(areaIds);
    return this.subscriptions.filter(
      (s) => existing.has(s.id) && s.areaIds.some((a) => areas.has(a)) && (status === 'Actual' || (status === 'Exercise' && s.drills) || (status === 'Test' && s.testDevice)),
    );
  }
}

/** The processes' environment: production settings except loopback push services, a short push timeout and few requests in flight. */
function environment(databaseUrl: string, redisUrl: string, queuePrefix: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    DATABASE_POOL_SIZE: '6',
    RATE_LIMIT_LOGIN_PER_MINUTE: '100',
    PUSH_ALLOW_LOOPBACK: 'true',
    // Hanging requests end quickly, and few requests per process keep a dispatch long enough to hit mid-way.
    PUSH_TIMEOUT_MS: '1500',
    PUSH_CONCURRENCY: '16',
    // No official feeds here: a refused local port, polled rarely.
    SMG_BASE_URL: 'http://127.0.0.1:9',
    SIGNAL_POLL_INTERVAL_MS: '3600000',
    LOG_LEVEL: 'warn',
  };
}
