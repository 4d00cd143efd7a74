import { randomBytes, randomUUID } from 'node:crypto';
import { Logger, type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule, loadConfig } from '@app/config';
import { LANGUAGES, type AlertStatus, type AlertTarget, type DeliveryState, type DeliverySummary, type Language } from '@app/contracts';
import { AlertRepository, DatabaseModule, DeliveryRepository } from '@app/database';
import { DEFAULT_DISPATCH_SETTINGS, DeliverySummaryService, DISPATCH_SETTINGS, type DispatchSettings } from '@app/dispatch';
import { draftFromTemplate } from '@app/domain';
import { DeliveryChannels, pushTopicFor } from '@app/push';
import { JobProducer, QueueConsumerModule } from '@app/queue';
import { RealtimePublisher } from '@app/realtime';
import { createTestDatabase, deleteRedisKeys, FaultyPushService, TEST_REDIS_URL, waitFor, type TestDatabase } from '@app/testing';
import { AlertFanOutService } from './alert-fan-out.service.js';
import { AlertStopWatcher } from './alert-stop.watcher.js';
import { DispatchAlarms } from './dispatch-alarms.js';
import { DispatchProgressPublisher, progressIntervalFor } from './dispatch-progress.publisher.js';
import { DispatchReconcilerService } from './dispatch-reconciler.service.js';
import { DispatchWorkerModule } from './dispatch-worker.module.js';
import { PushChunkService } from './push-chunk.service.js';

interface SeededSubscription {
  id: string;
  language: Language;
  areaIds: string[];
  drills: boolean;
  testDevice: boolean;
}

// Small chunks so a few hundred subscriptions make several chunk jobs, fan-out pages that chunks straddle; retries
// fast enough for a test.
const SETTINGS: DispatchSettings = { ...DEFAULT_DISPATCH_SETTINGS, chunkSize: 40, fanOutPageSize: 25, maxAttempts: 3, retryBaseMs: 1_000 };
const AREAS = [
  { id: 'test-area-north', lat: 22.2, lon: 113.55 },
  { id: 'test-area-south', lat: 22.1, lon: 113.55 },
  { id: 'test-area-east', lat: 22.15, lon: 113.6 },
];
const SUBSCRIPTIONS = 240;

describe('alert dispatch pipeline (PostgreSQL, Redis, local push service)', () => {
  const prefix = `t_dispatch_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let app: INestApplicationContext;
  let sql: DataSource;
  let push: FaultyPushService;
  let authorId: string;
  let subscriptions: SeededSubscription[];
  const progress: DeliverySummary[] = [];

  const states = async (alertId: string): Promise<Record<string, DeliveryState>> =>
    Object.fromEntries(
      (await sql.query<{ subscription_id: string | null; id: string; state: DeliveryState }[]>(`SELECT id, subscription_id, state FROM deliveries WHERE alert_id = $1`, [alertId])).map(
        (row) => [row.subscription_id ?? `deleted-${row.id}`, row.state],
      ),
    );
  const pending = async (alertId: string): Promise<number> =>
    (await sql.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM deliveries WHERE alert_id = $1 AND state = 'pending'`, [alertId]))[0]!.n;
  const waitUntilFinal = (alertId: string, timeoutMs = 20_000) =>
    waitFor(async () => {
      const all = await states(alertId);
      expect(Object.keys(all).length).toBeGreaterThan(0);
      expect(await pending(alertId)).toBe(0);
      return all;
    }, { timeoutMs, intervalMs: 100 });
  /** Pushes the service accepted for an alert, per subscription id. */
  const acceptedFor = (alertId: string): Map<string, number> => {
    const topic = pushTopicFor(alertId);
    const counts = new Map<string, number>();
    for (const message of push.messages) if (message.topic === topic) counts.set(message.id, (counts.get(message.id) ?? 0) + 1);
    return counts;
  };

  /** Publishes an alert as approval does: the alert row and its outbox row commit together. */
  const publish = async (status: AlertStatus, target: Partial<AlertTarget>, options: { withOutbox?: boolean; expiresInMs?: number } = {}): Promise<string> => {
    const content = draftFromTemplate('smg-tc8-issued', { status, now: new Date() });
    content.target = { areaIds: [], polygons: [], circles: [], ...target };
    content.expires = new Date(Date.now() + (options.expiresInMs ?? 3600_000)).toISOString();
    return sql.transaction(async (manager) => {
      const [alert] = await manager.query<{ id: string }[]>(
        `INSERT INTO alerts (identifier, sender, state, status, msg_type, content, author_id, approved_by, approved_at, published_at, sent)
         VALUES ($1, 'alerts.qinao.example', 'published', $2, 'Alert', $3, $4, $4, now(), now(), now()) RETURNING id`,
        [`TEST-${randomUUID()}`, status, JSON.stringify(content), authorId],
      );
      if (options.withOutbox !== false) await manager.query(`INSERT INTO outbox (topic, payload) VALUES ('alert.dispatch', $1)`, [JSON.stringify({ alertId: alert!.id })]);
      return alert!.id;
    });
  };
  const reached = (filter: (s: SeededSubscription) => boolean): string[] => subscriptions.filter(filter).map((s) => s.id).sort();

  beforeAll(async () => {
    db = await createTestDatabase();
    push = await new FaultyPushService().start();
    const config = loadConfig({
      DATABASE_URL: db.url,
      QUEUE_PREFIX: prefix,
      REDIS_URL: TEST_REDIS_URL,
      DATABASE_POOL_SIZE: '8',
      LOG_LEVEL: 'error',
      PUSH_ALLOW_LOOPBACK: 'true',
      PUSH_TIMEOUT_MS: '2000',
    });
    const moduleRef = await Test.createTestingModule({ imports: [ConfigModule, DatabaseModule, QueueConsumerModule, DispatchWorkerModule] })
      .overrideProvider(AppConfig)
      .useValue(config)
      .overrideProvider(DISPATCH_SETTINGS)
      .useValue(SETTINGS)
      .compile();
    sql = moduleRef.get(DataSource);

    for (const area of AREAS) {
      await sql.query(`INSERT INTO areas (id, kind, names, geometry, centroid_lat, centroid_lon) VALUES ($1, 'community', $2, $3, $4, $5)`, [
        area.id,
        JSON.stringify({ 'zh-Hans': area.id, 'zh-Hant': area.id, pt: area.id, en: area.id }),
        JSON.stringify({ type: 'Point', coordinates: [area.lon, area.lat] }),
        area.lat,
        area.lon,
      ]);
    }
    [{ id: authorId }] = await sql.query(`INSERT INTO staff_users (username, display_name, role, password_hash) VALUES ('cmd.dispatch', 'Commander', 'commander', 'x') RETURNING id`);

    subscriptions = Array.from({ length: SUBSCRIPTIONS }, (_, i) => ({
      id: randomUUID(),
      language: LANGUAGES[i % LANGUAGES.length]!,
      areaIds: i % 7 === 0 ? [AREAS[0]!.id, AREAS[2]!.id] : [AREAS[i % AREAS.length]!.id],
      drills: i % 10 === 0,
      testDevice: i % 25 === 0,
    }));
    const tests = subscriptions.map((s) => push.createSubscription(s.id));
    await sql.query(
      `INSERT INTO push_subscriptions (id, endpoint, p256dh, auth, language, area_ids, enrolled_for_drills, test_device, manage_token_hash)
       SELECT u.id, u.endpoint, u.p256dh, u.auth, u.language, string_to_array(u.areas, ','), u.drills, u.test_device, $9::bytea
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bool[], $8::bool[])
           AS u(id, endpoint, p256dh, auth, language, areas, drills, test_device)`,
      [
        subscriptions.map((s) => s.id),
        tests.map((t) => t.subscription.endpoint),
        tests.map((t) => t.subscription.keys.p256dh),
        tests.map((t) => t.subscription.keys.auth),
        subscriptions.map((s) => s.language),
        subscriptions.map((s) => s.areaIds.join(',')),
        subscriptions.map((s) => s.drills),
        subscriptions.map((s) => s.testDevice),
        randomBytes(32),
      ],
    );

    app = await moduleRef.init();
    const publisher = app.get(RealtimePublisher);
    const original = publisher.publish.bind(publisher);
    vi.spyOn(publisher, 'publish').mockImplementation(async (rooms, event, payload, options) => {
      if (event === 'alert.progress') progress.push(payload as DeliverySummary);
      return original(rooms, event, payload, options);
    });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await push?.stop();
    await db?.drop();
    await deleteRedisKeys(prefix, TEST_REDIS_URL);
  });

  it('reaches every matching subscription exactly once in its language, none other, and reports progress', { timeout: 40_000 }, async () => {
    // The circle covers the east area's centroid only.
    const target = { areaIds: [AREAS[0]!.id], circles: [{ center: { lat: AREAS[2]!.lat, lon: AREAS[2]!.lon }, radiusKm: 1 }] };
    const expected = reached((s) => s.areaIds.some((a) => a === AREAS[0]!.id || a === AREAS[2]!.id));
    expect(expected.length).toBeGreaterThan(SETTINGS.chunkSize * 2);

    const alertId = await publish('Actual', target);
    const audience = await app.get(DeliverySummaryService).audience(alertId);
    expect(audience.subscriptions).toBe(expected.length);
    expect(Object.values(audience.byLanguage).reduce((a, b) => a + b, 0)).toBe(expected.length);

    const final = await waitUntilFinal(alertId);
    expect(Object.keys(final).sort()).toEqual(expected);
    expect(new Set(Object.values(final))).toEqual(new Set(['sent']));
    const accepted = acceptedFor(alertId);
    expect([...accepted.keys()].sort()).toEqual(expected);
    expect([...accepted.values()].every((n) => n === 1)).toBe(true);

    const byId = new Map(subscriptions.map((s) => [s.id, s]));
    const messages = push.messages.filter((m) => m.topic === pushTopicFor(alertId));
    expect(push.decryptFailures).toBe(0);
    for (const message of messages) {
      expect(message.urgency).toBe('high');
      expect(message.ttl).toBeGreaterThan(3500);
      const body = JSON.parse(message.plaintext!) as { id: string; lang: Language };
      expect(body).toMatchObject({ id: alertId, lang: byId.get(message.id)!.language });
    }

    const summary = await app.get(DeliverySummaryService).summary(alertId);
    expect(summary).toMatchObject({ targeted: expected.length, sent: expected.length, pending: 0, failed: 0 });
    expect(summary.finishedAt).not.toBeNull();
    // Coalesced progress ends with the final counts.
    await waitFor(() => expect(progress.filter((p) => p.alertId === alertId).at(-1)).toMatchObject({ sent: expected.length, pending: 0 }), { timeoutMs: 5_000 });
    const events = progress.filter((p) => p.alertId === alertId);
    expect(events.length).toBeLessThan(Math.ceil(expected.length / SETTINGS.chunkSize) + 3);
  });

  it('fans out in pages and resumes a fan-out cut off after its first page without duplicating rows or pushes', { timeout: 30_000 }, async () => {
    const areaIds = AREAS.map((a) => a.id);
    const alertId = await publish('Actual', { areaIds }, { withOutbox: false });
    const expected = (await sql.query<{ id: string }[]>(`SELECT id FROM push_subscriptions WHERE area_ids && $1::text[]`, [areaIds])).map((r) => r.id).sort();
    expect(expected.length).toBeGreaterThan(SETTINGS.fanOutPageSize * 3);
    // A fan-out whose worker died after committing its first page and before queuing anything.
    const firstPage = await app.get(DeliveryRepository).createPageForAlert(alertId, { areaIds, audience: 'everyone' }, null, SETTINGS.fanOutPageSize);
    expect(firstPage.created).toBe(SETTINGS.fanOutPageSize);

    const fanOut = app.get(AlertFanOutService);
    const resumed = await fanOut.fanOut(alertId);
    expect(resumed).toEqual({ created: expected.length - SETTINGS.fanOutPageSize, chunks: Math.ceil(expected.length / SETTINGS.chunkSize) });
    expect((await fanOut.fanOut(alertId)).created).toBe(0);

    const final = await waitUntilFinal(alertId);
    expect(Object.keys(final).sort()).toEqual(expected);
    const rows = await sql.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM deliveries WHERE alert_id = $1`, [alertId]);
    expect(rows[0]!.n).toBe(expected.length);
    const accepted = acceptedFor(alertId);
    expect([...accepted.keys()].sort()).toEqual(expected);
    expect([...accepted.values()].every((n) => n === 1)).toBe(true);
  });

  it('recounts large alerts less often, never more often than the configured interval', () => {
    expect(progressIntervalFor(500, 250)).toBe(250);
    expect(progressIntervalFor(20_000, 250)).toBe(500);
    expect(progressIntervalFor(200_000, 250)).toBe(2_000);
    expect(progressIntervalFor(200_000, 5_000)).toBe(5_000);
  });

  it('sends nothing twice when a chunk job runs again', { timeout: 30_000 }, async () => {
    const alertId = await publish('Actual', { areaIds: [AREAS[1]!.id] });
    await waitUntilFinal(alertId);
    const before = acceptedFor(alertId);
    const ids = (await sql.query<{ id: string }[]>(`SELECT id FROM deliveries WHERE alert_id = $1`, [alertId])).map((r) => String(r.id));
    const again = await app.get(PushChunkService).send({ alertId, deliveryIds: ids });
    expect(again).toEqual({ sent: 0, retrying: 0 });
    expect(acceptedFor(alertId)).toEqual(before);
    expect([...before.values()].every((n) => n === 1)).toBe(true);
  });

  it('reaches only drill-enrolled subscriptions with an Exercise and only test devices with a Test', { timeout: 30_000 }, async () => {
    const all = { areaIds: AREAS.map((a) => a.id) };
    const exercise = await publish('Exercise', all);
    const test = await publish('Test', all);
    expect(Object.keys(await waitUntilFinal(exercise)).sort()).toEqual(reached((s) => s.drills));
    expect(Object.keys(await waitUntilFinal(test)).sort()).toEqual(reached((s) => s.testDevice));
    expect([...acceptedFor(exercise).keys()].sort()).toEqual(reached((s) => s.drills));
    expect([...acceptedFor(test).keys()].sort()).toEqual(reached((s) => s.testDevice));
  });

  it('removes gone subscriptions, retries a throttled one after Retry-After, and gives up on a 5xx storm', { timeout: 40_000 }, async () => {
    const inArea = reached((s) => s.areaIds.includes(AREAS[1]!.id) && !s.areaIds.includes(AREAS[0]!.id));
    const [gone, throttled, storm] = inArea;
    const stormRequestsBefore = push.attemptsById.get(storm!) ?? 0;
    push.fail(gone!, { kind: 'status', status: 410 });
    push.fail(throttled!, { kind: 'status', status: 429, retryAfter: '1' });
    push.fail(storm!, ...Array.from({ length: 10 }, () => ({ kind: 'status' as const, status: 503 })));
    const alertId = await publish('Actual', { areaIds: [AREAS[1]!.id] });

    const final = await waitUntilFinal(alertId);
    const rows = await sql.query<{ subscription_id: string | null; state: string; attempts: number; last_status: number | null }[]>(
      `SELECT subscription_id, state, attempts, last_status FROM deliveries WHERE alert_id = $1`,
      [alertId],
    );
    const gonRow = rows.filter((r) => r.subscription_id === null);
    expect(gonRow).toEqual([expect.objectContaining({ state: 'removed', last_status: 410 })]);
    expect(await sql.query(`SELECT id FROM push_subscriptions WHERE id = $1`, [gone])).toEqual([]);
    expect(rows.find((r) => r.subscription_id === throttled)).toMatchObject({ state: 'sent', attempts: 2 });
    expect(rows.find((r) => r.subscription_id === storm)).toMatchObject({ state: 'failed', attempts: SETTINGS.maxAttempts, last_status: 503 });
    expect(push.attemptsById.get(storm!)! - stormRequestsBefore).toBe(SETTINGS.maxAttempts);
    push.clearFaults();
    const accepted = acceptedFor(alertId);
    expect(accepted.get(throttled!)).toBe(1);
    expect(accepted.has(storm!)).toBe(false);
    expect(Object.values(final).filter((s) => s === 'sent')).toHaveLength(rows.length - 2);
    subscriptions = subscriptions.filter((s) => s.id !== gone);
  });

  it('fails a message the push service refuses as too large (413) for good, without retrying, and raises the alarm', { timeout: 30_000 }, async () => {
    push.clearFaults();
    const inArea = reached((s) => s.areaIds.includes(AREAS[1]!.id));
    const tooLarge = inArea[0]!;
    const requestsBefore = push.attemptsById.get(tooLarge) ?? 0;
    push.fail(tooLarge, { kind: 'status', status: 413, body: 'payload exceeds the limit' });
    const errors = vi.spyOn(Logger.prototype, 'error');
    try {
      const alertId = await publish('Actual', { areaIds: [AREAS[1]!.id] });
      const final = await waitUntilFinal(alertId);
      expect(final[tooLarge]).toBe('failed');
      expect(Object.values(final).filter((s) => s === 'sent')).toHaveLength(inArea.length - 1);
      const [row] = await sql.query<{ attempts: number; last_status: number; last_error: string }[]>(
        `SELECT attempts, last_status, last_error FROM deliveries WHERE alert_id = $1 AND subscription_id = $2`,
        [alertId, tooLarge],
      );
      expect(row).toMatchObject({ attempts: 1, last_status: 413 });
      expect(row!.last_error).toContain('413 Payload Too Large');
      expect(push.attemptsById.get(tooLarge)! - requestsBefore).toBe(1);
      const alarm = errors.mock.calls.find(([fields]) => (fields as { alarm?: string; alertId?: string }).alarm === 'push_rejected' && (fields as { alertId?: string }).alertId === alertId);
      expect(alarm?.[0]).toMatchObject({ status: 413, count: 1 });
      expect(await app.get(DispatchAlarms).registry.metrics()).toMatch(/dispatch_push_rejected_total\{status="413"\} [1-9]/);
    } finally {
      errors.mockRestore();
      push.clearFaults();
    }
  });

  it('stops the remaining sends when the alert is cancelled during dispatch; a failing push service does not hold up the other', { timeout: 40_000 }, async () => {
    push.clearFaults();
    const everyone = reached(() => true);
    // 100 subscriptions are on a second push service that answers 500: it is paused after a few, its rows wait for a
    // retry without holding up the first service; the alert is cancelled before they go.
    const failing = await new FaultyPushService().start();
    const moved = everyone.slice(0, 100);
    const moveTo = (base: string) => sql.query(`UPDATE push_subscriptions SET endpoint = $2 || '/' || id::text WHERE id = ANY($1::uuid[])`, [moved, base]);
    await moveTo(failing.endpointBase);
    failing.outage({ kind: 'status', status: 500 });
    try {
      const alertId = await publish('Actual', { areaIds: AREAS.map((a) => a.id) });
      await waitFor(async () => {
        const counts = await app.get(DeliveryRepository).counts(alertId, 5);
        expect(counts.filter((c) => c.state === 'sent').reduce((n, c) => n + c.count, 0)).toBe(everyone.length - 100);
      }, { timeoutMs: 15_000, intervalMs: 20 });
      await sql.query(`UPDATE alerts SET state = 'cancelled', cancelled_at = now() WHERE id = $1`, [alertId]);
      // Running chunks learn of the Cancel within one state read (250 ms); the service recovers only after that, so
      // a message it accepts would be one sent after the Cancel was known.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      failing.recover();

      const final = await waitUntilFinal(alertId);
      const values = Object.values(final);
      expect(values.filter((s) => s === 'cancelled')).toHaveLength(100);
      expect(values.filter((s) => s === 'sent')).toHaveLength(everyone.length - 100);
      expect([...acceptedFor(alertId).values()].reduce((a, b) => a + b, 0)).toBe(everyone.length - 100);
      expect(failing.accepted).toBe(0);
      // Paused after a few failures: far fewer requests than rows.
      expect(failing.requests).toBeLessThan(100);
    } finally {
      await moveTo(push.endpointBase);
      await failing.stop();
    }
  });

  it('ends the rows of a push service that never recovers when the alert expires, instead of retrying them forever', { timeout: 40_000 }, async () => {
    push.clearFaults();
    const everyone = reached(() => true);
    const dead = await new FaultyPushService().start();
    const moved = everyone.slice(0, 60);
    const moveTo = (base: string) => sql.query(`UPDATE push_subscriptions SET endpoint = $2 || '/' || id::text WHERE id = ANY($1::uuid[])`, [moved, base]);
    await moveTo(dead.endpointBase);
    dead.outage({ kind: 'status', status: 503 });
    try {
      const alertId = await publish('Actual', { areaIds: AREAS.map((a) => a.id) }, { expiresInMs: 5_000 });
      const final = await waitUntilFinal(alertId, 20_000);
      const movedSet = new Set(moved);
      const onDead = Object.entries(final).filter(([id]) => movedSet.has(id)).map(([, state]) => state);
      const onLive = Object.entries(final).filter(([id]) => !movedSet.has(id)).map(([, state]) => state);
      expect(new Set(onLive)).toEqual(new Set(['sent']));
      // Paused, not retried to exhaustion: most end expired; the few trial requests can use a row's attempts up.
      expect(onDead).toHaveLength(60);
      expect(onDead.every((state) => state === 'expired' || state === 'failed')).toBe(true);
      expect(onDead.filter((state) => state === 'expired').length).toBeGreaterThan(30);
      expect(dead.requests).toBeLessThan(60);
    } finally {
      await moveTo(push.endpointBase);
      await dead.stop();
    }
  });

  it('stops rows a running chunk has leased once the alert is cancelled; only requests already out still arrive', { timeout: 40_000 }, async () => {
    push.clearFaults();
    const everyone = reached(() => true);
    push.delayMs = 400;
    try {
      const alertId = await publish('Actual', { areaIds: AREAS.map((a) => a.id) });
      // The first requests are out: chunks hold leased rows they have not sent yet.
      await waitFor(() => expect(push.inFlight).toBeGreaterThanOrEqual(20), { timeoutMs: 15_000, intervalMs: 10 });
      await sql.query(`UPDATE alerts SET state = 'cancelled', cancelled_at = now() WHERE id = $1`, [alertId]);
      const leased = (
        await sql.query<{ id: string }[]>(`SELECT id FROM deliveries WHERE alert_id = $1 AND state = 'pending' AND lease_until > now()`, [alertId])
      ).map((r) => String(r.id));
      const acceptedAtCancel = [...acceptedFor(alertId).values()].reduce((a, b) => a + b, 0);
      const final = await waitUntilFinal(alertId);
      const accepted = [...acceptedFor(alertId).values()].reduce((a, b) => a + b, 0);
      const values = Object.values(final);
      // A request that timed out on a starved machine may still have been taken: it then ends cancelled on its retry.
      expect(values.filter((s) => s === 'sent').length).toBeLessThanOrEqual(accepted);
      expect(values.filter((s) => s === 'sent' || s === 'cancelled')).toHaveLength(everyone.length);
      // Requests in flight at the Cancel (48 places) and those started before the next re-read of the state (250 ms).
      expect(accepted - acceptedAtCancel).toBeLessThanOrEqual(48 * 2);
      // Rows leased by running chunks at the Cancel ended cancelled, not sent; stopped before sending, so without an
      // attempt (a row cancelled by a later chunk keeps the attempt its claim counted).
      const leasedStates = await sql.query<{ state: DeliveryState; attempts: number }[]>(`SELECT state, attempts FROM deliveries WHERE id = ANY($1::bigint[])`, [leased]);
      expect(leasedStates.filter((r) => r.state === 'cancelled' && r.attempts === 0).length).toBeGreaterThan(0);
      expect(app.get(AlertStopWatcher).watching()).not.toContain(alertId);
    } finally {
      push.delayMs = 0;
    }
  });

  it('hands back, without using an attempt, the rows a chunk could not start before its lease runs short', { timeout: 40_000 }, async () => {
    push.clearFaults();
    const areaIds = AREAS.map((a) => a.id);
    const alertId = await publish('Actual', { areaIds }, { withOutbox: false });
    await app.get(DeliveryRepository).createPageForAlert(alertId, { areaIds, audience: 'everyone' }, null, 1_000);
    const ids = (await sql.query<{ id: string }[]>(`SELECT id FROM deliveries WHERE alert_id = $1 ORDER BY id`, [alertId])).map((r) => String(r.id));
    expect(ids.length).toBeGreaterThan(150);
    // A 2 s lease with a 2 s push timeout: requests may start during the first second only (half the lease).
    const shortLease = new PushChunkService(
      app.get(AlertRepository),
      app.get(DeliveryRepository),
      app.get(DeliveryChannels),
      app.get(JobProducer),
      app.get(DispatchProgressPublisher),
      app.get(DispatchAlarms),
      app.get(AlertStopWatcher),
      app.get(AppConfig),
      { ...SETTINGS, leaseMs: 2_000 },
    );
    push.delayMs = 600;
    let result: { sent: number; retrying: number };
    const started = Date.now();
    try {
      // Two waves of 48 start within the first second; the rest waits past it and is handed back.
      result = await shortLease.send({ alertId, deliveryIds: ids });
    } finally {
      push.delayMs = 0;
    }
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result.sent).toBe(96);
    expect(result.retrying).toBe(ids.length - 96);
    // The workers take the handed-back rows from the queue and send them, once each.
    const final = await waitUntilFinal(alertId);
    expect(new Set(Object.values(final))).toEqual(new Set(['sent']));
    const accepted = acceptedFor(alertId);
    expect(accepted.size).toBe(ids.length);
    expect([...accepted.values()].every((n) => n === 1)).toBe(true);
    const attempts = await sql.query<{ attempts: number }[]>(`SELECT attempts FROM deliveries WHERE alert_id = $1`, [alertId]);
    expect(attempts.every((r) => r.attempts === 1)).toBe(true);
  });

  it('finishes from PostgreSQL alone when the queued fan-out and chunk jobs are lost', { timeout: 40_000 }, async () => {
    const reconciler = app.get(DispatchReconcilerService);
    // A fan-out relayed into a queue that then lost it: the outbox row says enqueued a while ago, not done.
    const lostFanOut = await publish('Actual', { areaIds: [AREAS[2]!.id] }, { withOutbox: false });
    await sql.query(`INSERT INTO outbox (topic, payload, enqueued_at, attempts) VALUES ('alert.dispatch', $1, now() - interval '2 minutes', 1)`, [JSON.stringify({ alertId: lostFanOut })]);
    // A fan-out that created its rows, whose chunk jobs were lost; part of it was sent, one row was held by a worker that died.
    const lostChunks = await publish('Actual', { areaIds: [AREAS[0]!.id] }, { withOutbox: false });
    await sql.query(`INSERT INTO outbox (topic, payload, enqueued_at, attempts, done_at) VALUES ('alert.dispatch', $1, now() - interval '2 minutes', 1, now())`, [JSON.stringify({ alertId: lostChunks })]);
    await sql.query(
      `INSERT INTO deliveries (alert_id, subscription_id, language, updated_at)
       SELECT $1, s.id, s.language, now() - interval '2 minutes' FROM push_subscriptions s WHERE s.area_ids && $2::text[]`,
      [lostChunks, [AREAS[0]!.id]],
    );
    const ids = (await sql.query<{ id: string; subscription_id: string }[]>(`SELECT id, subscription_id FROM deliveries WHERE alert_id = $1 ORDER BY id`, [lostChunks]));
    const alreadySent = ids.slice(0, 10).map((r) => r.id);
    await sql.query(`UPDATE deliveries SET state = 'sent', sent_at = now() WHERE id = ANY($1::bigint[])`, [alreadySent]);
    await sql.query(`UPDATE deliveries SET lease_until = now() - interval '1 minute', attempts = 1 WHERE id = $1`, [ids[10]!.id]);

    const result = await reconciler.reconcile();
    expect(result.fanOuts).toBeGreaterThanOrEqual(1);
    expect(result.deliveries).toBe(ids.length - 10);

    const expectedFanOut = reached((s) => s.areaIds.includes(AREAS[2]!.id));
    expect(Object.keys(await waitUntilFinal(lostFanOut)).sort()).toEqual(expectedFanOut);
    const chunksFinal = await waitUntilFinal(lostChunks);
    expect(new Set(Object.values(chunksFinal))).toEqual(new Set(['sent']));
    const accepted = acceptedFor(lostChunks);
    const sentBefore = new Set(ids.slice(0, 10).map((r) => r.subscription_id));
    expect([...accepted.keys()].sort()).toEqual(ids.map((r) => r.subscription_id).filter((id) => !sentBefore.has(id)).sort());
    expect([...accepted.values()].every((n) => n === 1)).toBe(true);
    expect([...acceptedFor(lostFanOut).values()].every((n) => n === 1)).toBe(true);
    // Nothing left for a second run.
    expect(await reconciler.reconcile()).toEqual({ fanOuts: 0, deliveries: 0 });
  });
});
