import { randomBytes } from 'node:crypto';
import { Injectable, Module, type INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import type { PlaybookEvaluateJob, SignalBoardEntry, SignalKey } from '@app/contracts';
import { DatabaseModule, SYSTEM_ACTOR } from '@app/database';
import { ProcessesJob, QueueConsumerModule, type JobProcessor } from '@app/queue';
import { createTestDatabase, waitFor, type TestDatabase, deleteRedisKeys, TEST_REDIS_URL } from '@app/testing';
import { createApiTestApp } from '../auth/testing/api-test-app.js';
import { SignalAnnouncer, SignalBoardService, SignalHoldService, type ReadingBatch, type SignalReading, SignalStateModule, SignalStateService } from '@app/signals';


/** Stands in for the playbook engine: records the evaluations the state service queues. */
@Injectable()
@ProcessesJob('signals', 'playbooks.evaluate')
class RecordingPlaybookProcessor implements JobProcessor<'signals', 'playbooks.evaluate'> {
  readonly jobs: { id: string; data: PlaybookEvaluateJob }[] = [];
  async process(data: PlaybookEvaluateJob, context: { id: string }): Promise<void> {
    this.jobs.push({ id: context.id, data });
  }
}

@Module({ imports: [QueueConsumerModule], providers: [RecordingPlaybookProcessor] })
class RecordingWorkerModule {}

const TYPHOON: SignalKey = { authority: 'smg', area: 'macau', hazard: 'tropical-cyclone' };
const RAINSTORM: SignalKey = { authority: 'smg', area: 'macau', hazard: 'rainstorm' };
const SURGE: SignalKey = { authority: 'smg', area: 'macau', hazard: 'storm-surge' };
const TSUNAMI: SignalKey = { authority: 'smg', area: 'macau', hazard: 'tsunami' };

describe('SignalStateService', () => {
  const prefix = `t_signals_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let app: INestApplication;
  let other: INestApplication | undefined;
  let sql: DataSource;
  let state: SignalStateService;
  let holds: SignalHoldService;
  let board: SignalBoardService;
  let operator: { id: string; name: string };

  const feed = (reading: Partial<SignalReading> & SignalKey, extra: Partial<ReadingBatch> = {}): ReadingBatch => ({
    source: 'feed',
    readings: [{ level: null, action: null, issuedAt: null, publishedAt: new Date().toISOString(), ...reading }],
    documentId: null,
    actor: SYSTEM_ACTOR,
    reason: null,
    ...extra,
  });
  const entry = async (key: SignalKey): Promise<SignalBoardEntry> =>
    (await board.current()).entries.find((e) => e.authority === key.authority && e.area === key.area && e.hazard === key.hazard)!;
  const count = async (table: string, where = 'true', params: unknown[] = []) =>
    Number((await sql.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n);
  const events = (event: string) => count('realtime_events', 'event = $1', [event]);

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApiTestApp({
      databaseUrl: db.url,
      env: { REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix },
      imports: [ConfigModule, DatabaseModule, SignalStateModule, RecordingWorkerModule],
    });
    sql = app.get(DataSource);
    state = app.get(SignalStateService);
    holds = app.get(SignalHoldService);
    board = app.get(SignalBoardService);
    const [row] = await sql.query(`INSERT INTO staff_users (username, display_name, role, password_hash) VALUES ('op.iao', 'Op Iao', 'operator', 'x') RETURNING id`);
    operator = { id: row.id, name: 'op.iao' };
  });

  afterAll(async () => {
    await other?.close();
    await app?.close();
    await db?.drop();
    await deleteRedisKeys(prefix, TEST_REDIS_URL);
  });

  it('shows every covered track as unknown before its first reading, never as "no signal"', async () => {
    const current = await board.current();
    expect(current.entries.filter((e) => e.authority === 'smg').map((e) => e.hazard)).toEqual([
      'tropical-cyclone',
      'rainstorm',
      'storm-surge',
      'thunderstorm',
      'strong-monsoon',
      'tsunami',
    ]);
    expect(current.entries.some((e) => e.authority === 'gd-zhuhai' && e.area === 'zhuhai' && e.hazard === 'typhoon')).toBe(true);
    expect(current.entries.every((e) => e.freshness === 'unknown' && e.level === null && e.source === null)).toBe(true);
  });

  it('records a first "none" reading without calling it a change', async () => {
    const result = await state.apply(feed({ ...TYPHOON, level: null }));
    expect(result).toMatchObject({ changes: [], held: [], unchanged: [TYPHOON] });
    expect(await entry(TYPHOON)).toMatchObject({ level: null, freshness: 'fresh', source: 'feed' });
    expect(await count('signal_history')).toBe(0);
  });

  it('applies a change once: history, state, audit row, one event and one playbook job; the same state again is no event', async () => {
    const issuedAt = '2024-09-05T14:00:00.000Z';
    const result = await state.apply(feed({ ...TYPHOON, level: '8SE', action: 'issue', issuedAt }));
    expect(result.changes).toEqual([
      expect.objectContaining({ ...TYPHOON, previousLevel: null, level: '8SE', action: 'issue', issuedAt, source: 'feed', freshness: 'fresh' }),
    ]);
    const change = result.changes[0]!;
    expect(await entry(TYPHOON)).toMatchObject({ level: { code: '8SE', rank: 3 }, since: issuedAt, freshness: 'fresh', held: null });
    const [audit] = await sql.query(`SELECT * FROM audit_log WHERE action = 'signal.changed'`);
    expect(audit).toMatchObject({ actor_name: 'system', actor_id: null, entity_type: 'signal_track', entity_id: 'smg/macau/tropical-cyclone' });
    expect(audit.summary).toMatchObject({ before: { level: null }, after: { level: '8SE' }, historyId: change.id });
    const [event] = await sql.query(`SELECT room, payload FROM realtime_events WHERE event = 'signal.changed'`);
    expect(event.room).toBe('public');
    expect(event.payload.change).toEqual(change);
    expect(event.payload.board.entries.find((e: SignalBoardEntry) => e.hazard === 'tropical-cyclone').level.code).toBe('8SE');
    const processor = app.get(RecordingPlaybookProcessor);
    await waitFor(() => expect(processor.jobs).toEqual([{ id: `signal-change-${change.id}`, data: { change } }]));
    await waitFor(async () => expect(await count('signal_history', 'event_published_at IS NOT NULL AND job_enqueued_at IS NOT NULL')).toBe(1));

    const again = await state.apply(feed({ ...TYPHOON, level: '8SE', action: 'issue', issuedAt }));
    expect(again).toMatchObject({ changes: [], held: [], unchanged: [TYPHOON] });
    expect(await count('signal_history')).toBe(1);
    expect(await events('signal.changed')).toBe(1);
    expect(await count('audit_log', `action = 'signal.changed'`)).toBe(1);
  });

  it('shows a rainstorm as included in signal 8 rather than as none', async () => {
    await state.apply(feed({ ...RAINSTORM, level: null }));
    expect((await entry(RAINSTORM)).includedIn).toEqual({ hazard: 'tropical-cyclone', level: '8SE' });
  });

  it('holds an implausible jump, shows it as held, and does not hold it again when it repeats', async () => {
    const boardEvents = await events('signal.board');
    const result = await state.apply(feed({ ...SURGE, level: 'black', action: 'issue' }));
    expect(result.changes).toEqual([]);
    expect(result.held).toEqual([expect.objectContaining({ ...SURGE, level: 'black', previousLevel: null, source: 'feed', reasons: [expect.objectContaining({ code: 'jump_from_none' })] })]);
    const shown = await entry(SURGE);
    expect(shown.level).toBeNull();
    expect(shown.held).toMatchObject({ level: 'black', source: 'feed', reasons: [{ code: 'jump_from_none' }] });
    expect(await count('audit_log', `action = 'signal.held'`)).toBe(1);
    expect(await events('signal.board')).toBeGreaterThan(boardEvents);

    const afterHold = await events('signal.board');
    const repeated = await state.apply(feed({ ...SURGE, level: 'black', action: 'issue' }));
    expect(repeated.held).toEqual([expect.objectContaining({ id: result.held[0]!.id })]);
    expect(await count('signal_holds')).toBe(1);
    expect(await events('signal.board')).toBe(afterHold);
    expect(await holds.listOpen()).toEqual([expect.objectContaining({ ...SURGE, level: 'black' })]);
  });

  it('applies a held reading when an operator confirms it, with the hold and the operator in history and audit', async () => {
    const actor = { actorId: operator.id, actorName: operator.name, requestId: 'r-1', ip: '127.0.0.1' };
    const result = await holds.confirm(SURGE, 'Inner Harbour flooding confirmed by phone', actor);
    expect(result).toMatchObject({ outcome: 'changed', changes: [{ ...SURGE, previousLevel: null, level: 'black', action: 'issue', source: 'feed' }] });
    expect((await entry(SURGE))).toMatchObject({ level: { code: 'black' }, held: null });
    const [row] = await sql.query(`SELECT * FROM signal_history WHERE hazard = 'storm-surge'`);
    expect(row).toMatchObject({ actor_id: operator.id, actor_name: 'op.iao', reason: 'Inner Harbour flooding confirmed by phone' });
    expect(row.hold_id).not.toBeNull();
    expect(await count('audit_log', `action = 'signal.hold_confirmed' AND actor_id = $1`, [operator.id])).toBe(1);
    expect(await sql.query(`SELECT decision, resolved_by_name FROM signal_holds`)).toEqual([{ decision: 'confirmed', resolved_by_name: 'op.iao' }]);
    await expect(holds.confirm(SURGE, 'again', actor)).rejects.toMatchObject({ code: 'signal_hold_not_found' });
  });

  it('rejects a held reading, and does not hold the same reading from the same source again', async () => {
    const actor = { actorId: operator.id, actorName: operator.name, requestId: null, ip: null };
    // Signal 8 disappearing without a cancel is held.
    const held = await state.apply(feed({ ...TYPHOON, level: null, action: null }));
    expect(held.held[0]?.reasons.map((r) => r.code)).toEqual(['drop_without_cancel']);
    const result = await holds.reject(TYPHOON, 'feed glitch, SMG still shows 8SE', actor);
    expect(result.outcome).toBe('rejected');
    expect((await entry(TYPHOON))).toMatchObject({ level: { code: '8SE' }, held: null });
    expect(await count('audit_log', `action = 'signal.hold_rejected'`)).toBe(1);

    const repeated = await state.apply(feed({ ...TYPHOON, level: null, action: null }));
    expect(repeated).toMatchObject({ changes: [], held: [] });
    expect(await count('signal_holds', `hazard = 'tropical-cyclone'`)).toBe(1);

    // A real change still goes through, and forgets the rejection.
    const lowered = await state.apply(feed({ ...TYPHOON, level: '3', action: 'issue' }));
    expect(lowered.changes).toEqual([expect.objectContaining({ previousLevel: '8SE', level: '3', action: 'update' })]);
    expect((await sql.query(`SELECT dismissed_reading FROM signal_tracks WHERE hazard = 'tropical-cyclone'`))[0].dismissed_reading).toBeNull();
  });

  it('keeps the last good state but shows unknown when the source fails, and fresh again when it recovers', async () => {
    const boardEvents = await events('signal.board');
    await state.recordFailure([TYPHOON], { code: 'xml_html', reason: 'HTML maintenance page' });
    expect(await entry(TYPHOON)).toMatchObject({ level: { code: '3' }, freshness: 'unknown' });
    expect(await events('signal.board')).toBe(boardEvents + 1);
    await state.recordFailure([TYPHOON], { code: 'feed_timeout', reason: 'no answer' });
    expect(await events('signal.board')).toBe(boardEvents + 1);

    await state.apply(feed({ ...TYPHOON, level: '3', action: 'issue' }));
    expect(await entry(TYPHOON)).toMatchObject({ level: { code: '3' }, freshness: 'fresh' });
    expect(await events('signal.board')).toBe(boardEvents + 2);
  });

  it('shows a document published longer ago than the staleness limit as stale, and a silent source as stale', async () => {
    await state.apply(feed({ ...TSUNAMI, level: null, publishedAt: '2024-09-04T01:00:00.000Z' }));
    expect((await entry(TSUNAMI)).freshness).toBe('stale');
    await sql.query(`UPDATE signal_tracks SET checked_at = now() - interval '4 hours' WHERE hazard = 'rainstorm'`);
    expect((await entry(RAINSTORM)).freshness).toBe('stale');
    const moved = await state.refreshFreshness();
    expect(moved).toEqual(expect.arrayContaining([expect.objectContaining({ hazard: 'rainstorm' })]));
  });

  it('lets an operator’s manual entry stand while the feed is failing', async () => {
    await state.recordFailure([RAINSTORM], { code: 'feed_unreachable', reason: 'down' });
    const actor = { actorId: operator.id, actorName: operator.name, requestId: null, ip: null };
    const result = await state.apply({
      source: 'manual',
      readings: [{ ...RAINSTORM, level: 'yellow', action: 'issue', issuedAt: new Date().toISOString(), publishedAt: null }],
      documentId: null,
      actor,
      reason: 'SMG feed down; read from TDM',
    });
    expect(result.changes).toEqual([expect.objectContaining({ level: 'yellow', source: 'manual' })]);
    await state.recordFailure([RAINSTORM], { code: 'feed_unreachable', reason: 'still down' });
    expect(await entry(RAINSTORM)).toMatchObject({ level: { code: 'yellow' }, source: 'manual', freshness: 'fresh' });
  });

  it('applies one reading once when two processes apply it at the same moment', async () => {
    other = await createApiTestApp({
      databaseUrl: db.url,
      env: { REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix },
      imports: [ConfigModule, DatabaseModule, SignalStateModule],
    });
    const services = [state, other.get(SignalStateService)];
    const before = { history: await count('signal_history'), events: await events('signal.changed') };
    const reading = feed({ ...TYPHOON, level: '8NE', action: 'issue', issuedAt: '2024-09-06T01:00:00.000Z' });
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => services[i % 2]!.apply(reading)));
    expect(results.flatMap((r) => r.changes)).toHaveLength(1);
    expect(await count('signal_history')).toBe(before.history + 1);
    expect(await events('signal.changed')).toBe(before.events + 1);
    expect(await count('audit_log', `action = 'signal.changed' AND summary->'after'->>'level' = '8NE'`)).toBe(1);
  });

  it('refuses to store a second copy of one change even without the lock (unique follows key)', async () => {
    const [last] = await sql.query(`SELECT id, level FROM signal_history WHERE hazard = 'tropical-cyclone' ORDER BY id DESC LIMIT 1`);
    const insert = () =>
      sql.query(
        `INSERT INTO signal_history (authority, area, hazard, follows_id, previous_level, level, action, received_at, source, freshness, actor_name)
         VALUES ('smg', 'macau', 'tropical-cyclone', $1, $2, '9', 'update', now(), 'feed', 'fresh', 'system')`,
        [last.id, last.level],
      );
    await insert();
    await expect(insert()).rejects.toThrow(/signal_history_follows_key/);
  });

  it('announces again a committed change whose event and playbook job never went out', async () => {
    const [missed] = await sql.query(`SELECT id FROM signal_history WHERE level = '9'`);
    const announcer = app.get(SignalAnnouncer);
    expect(await announcer.announceMissed()).toBe(0);
    await sql.query(`UPDATE signal_history SET recorded_at = now() - interval '1 minute' WHERE id = $1`, [missed.id]);
    const before = await events('signal.changed');
    expect(await announcer.announceMissed()).toBe(1);
    expect(await events('signal.changed')).toBe(before + 1);
    const processor = app.get(RecordingPlaybookProcessor);
    await waitFor(() => expect(processor.jobs.map((job) => job.id)).toContain(`signal-change-${missed.id}`));
    expect(await announcer.announceMissed()).toBe(0);
  });
});
