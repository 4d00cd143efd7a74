import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { io as connect, type Socket } from 'socket.io-client';
import { loadConfig } from '@app/config';
import type { AuthUser, RealtimeEnvelope, RealtimeReady, SignalBoard, SignalBoardEntry, SignalChangedEvent } from '@app/contracts';
import { createTestDatabase, startApp, startFakeFeedServer, waitFor, type AppProcess, type FakeFeedServer, type TestDatabase, deleteRedisKeys, TEST_REDIS_URL } from '@app/testing';
import { AccessTokenService } from '../../apps/api/src/auth/access-token.service.js';

const JWT_SECRET = randomBytes(24).toString('hex');
const ORIGIN = 'http://qinao.test';
const POLL_MS = 500;
/** Time a poll takes once it starts (six fetches, parse, one transaction each) on this machine, with headroom. */
const PROCESSING_SLACK_MS = 1_000;

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const SHARED_SMG = path.resolve(REPO_ROOT, '../shared/fixtures/smg');
const OWN_SMG = path.resolve(REPO_ROOT, 'libs/domain/test-fixtures/smg');
const shared = (name: string) => readFileSync(path.join(SHARED_SMG, name), 'utf8');
const own = (name: string) => readFileSync(path.join(OWN_SMG, name), 'utf8');

/** The fixtures carry 2024 publication times; re-dated to now they read as a live feed (kept as-is, they are stale). */
function publishedNow(xml: string): string {
  const macau = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  return xml.replace(/<SysPubdate>[^<]*<\/SysPubdate>/, `<SysPubdate>${macau}</SysPubdate>`);
}

function nilFile(element: string): string {
  return publishedNow(
    `<?xml version="1.0" encoding="UTF-8"?><Warning><System><SysPubdate>x</SysPubdate><SysLanguage>c</SysLanguage></System><Custom><${element}><Warncode>NIL</Warncode><Action>NIL</Action><Inforce>0</Inforce></${element}></Custom></Warning>`,
  );
}

/** The built api and two workers polling a local server that serves SMG-format files, on Redis and on PostgreSQL only. */
describe.each(['redis', 'postgres'] as const)('SMG feed to the signal board on %s', (backend) => {
  const prefix = `t_e2e_signals_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let feed: FakeFeedServer;
  let apps: AppProcess[] = [];
  let api: AppProcess;
  let socket: Socket;
  const received: RealtimeEnvelope[] = [];
  const tokens = new AccessTokenService(loadConfig({ JWT_SECRET }));

  const board = async (): Promise<SignalBoard> => {
    const res = await fetch(`${api.url}/api/signals/board`);
    expect(res.status).toBe(200);
    return (await res.json()) as SignalBoard;
  };
  const smg = async (hazard: string): Promise<SignalBoardEntry> => (await board()).entries.find((e) => e.authority === 'smg' && e.hazard === hazard)!;
  const changes = () => received.filter((e) => e.event === 'signal.changed').map((e) => e.payload as SignalChangedEvent);
  const settle = (ms = POLL_MS * 3) => new Promise((r) => setTimeout(r, ms));

  beforeAll(async () => {
    db = await createTestDatabase();
    feed = await startFakeFeedServer();
    feed.set('/smg/c_typhoon.xml', publishedNow(shared('c_typhoon_none.xml')));
    feed.set('/smg/c_rainstorm.xml', nilFile('Rainstorm'));
    feed.set('/smg/c_stormsurge.xml', nilFile('StormSurge'));
    feed.set('/smg/c_monsoon.xml', nilFile('Monsoon'));
    feed.set('/smg/c_thunderstorm.xml', publishedNow(shared('c_thunderstorm_cancel.xml')));
    feed.set('/smg/c_tsunami.xml', nilFile('Tsunami'));
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : undefined,
      QUEUE_PREFIX: prefix,
      JWT_SECRET,
      CORS_ORIGINS: ORIGIN,
      SMG_BASE_URL: `${feed.url}/smg`,
      SIGNAL_POLL_INTERVAL_MS: String(POLL_MS),
      SIGNAL_FETCH_TIMEOUT_MS: '1000',
    };
    api = await startApp('api', env);
    // Two workers: polls may run on either, or overlap, and must still apply each change once.
    apps = [api, ...(await Promise.all([startApp('worker', env), startApp('worker', env)]))];

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO staff_users (username, display_name, role, password_hash) VALUES ('cmd.chan', 'Cmd Chan', 'commander', 'unusable') RETURNING id`,
    );
    await client.end();
    const user: AuthUser = { id: rows[0]!.id, username: 'cmd.chan', role: 'commander', displayName: 'Cmd Chan' };
    socket = connect(api.url, { transports: ['websocket'], auth: { token: await tokens.sign(user) }, extraHeaders: { origin: ORIGIN }, reconnection: false, forceNew: true });
    socket.onAny((event: string, envelope: RealtimeEnvelope) => {
      if (event !== 'realtime.ready') received.push(envelope);
    });
    const ready = await new Promise<RealtimeReady>((resolve, reject) => {
      socket.once('realtime.ready', resolve);
      socket.once('connect_error', reject);
    });
    expect(ready.rooms).toContain('hq');
  });

  afterAll(async () => {
    socket?.close();
    await Promise.all(apps.map((app) => app.stop()));
    await feed?.stop();
    await db?.drop();
    if (backend === 'redis') {
      await deleteRedisKeys(prefix, TEST_REDIS_URL);
    }
  });

  it('reads the six files and shows each hazard as fresh with nothing in force, without a change event', async () => {
    await waitFor(
      async () => {
        const entries = (await board()).entries.filter((e) => e.authority === 'smg');
        expect(entries.map((e) => [e.hazard, e.level, e.freshness])).toEqual([
          ['tropical-cyclone', null, 'fresh'],
          ['rainstorm', null, 'fresh'],
          ['storm-surge', null, 'fresh'],
          ['thunderstorm', null, 'fresh'],
          ['strong-monsoon', null, 'fresh'],
          ['tsunami', null, 'fresh'],
        ]);
      },
      { timeoutMs: 20_000, intervalMs: 100 },
    );
    for (const path of ['/smg/c_typhoon.xml', '/smg/c_tsunami.xml']) expect(feed.requestsFor(path).length).toBeGreaterThanOrEqual(1);
    expect(changes()).toEqual([]);
  });

  it('follows a change to 8SE within one poll interval, with exactly one signal.changed', async () => {
    const changedAt = Date.now();
    feed.set('/smg/c_typhoon.xml', publishedNow(shared('c_typhoon_8SE.xml')));
    await waitFor(async () => expect((await smg('tropical-cyclone')).level?.code).toBe('8SE'), { timeoutMs: 10_000, intervalMs: 50 });
    const followedIn = Date.now() - changedAt;
    expect(followedIn).toBeLessThanOrEqual(POLL_MS + PROCESSING_SLACK_MS);
    expect(await smg('tropical-cyclone')).toMatchObject({ freshness: 'fresh', source: 'feed', since: '2024-09-05T14:00:00.000Z', level: { code: '8SE', name: { en: expect.any(String) } } });

    await waitFor(() => expect(changes()).toHaveLength(1), { timeoutMs: 5_000 });
    const [event] = changes();
    expect(event!.change).toMatchObject({ authority: 'smg', area: 'macau', hazard: 'tropical-cyclone', previousLevel: null, level: '8SE', action: 'issue', source: 'feed' });
    expect(event!.board.entries.find((e) => e.hazard === 'tropical-cyclone')!.level!.code).toBe('8SE');
    expect(received.find((e) => e.event === 'signal.changed')!.room).toBe('public');
  });

  it('sends no event when the same file is served again, even under a new ETag', async () => {
    await settle();
    const conditional = feed.requestsFor('/smg/c_typhoon.xml').filter((r) => r.status === 304);
    expect(conditional.length).toBeGreaterThanOrEqual(1);
    const [last] = feed.requestsFor('/smg/c_typhoon.xml').slice(-1);
    expect(last!.ifNoneMatch).not.toBeNull();

    const content = publishedNow(shared('c_typhoon_8SE.xml'));
    feed.set('/smg/c_typhoon.xml', content, { etag: '"touched"' });
    await settle();
    expect(changes()).toHaveLength(1);
    expect((await smg('tropical-cyclone')).level?.code).toBe('8SE');
  });

  it.each([
    ['an HTML maintenance page', () => feed.fault('/smg/c_typhoon.xml', { kind: 'html' })],
    ['HTML served as XML', () => feed.set('/smg/c_typhoon.xml', own('maintenance.html'))],
    ['a truncated file', () => feed.set('/smg/c_typhoon.xml', own('c_typhoon_truncated.xml'))],
    ['an XXE file', () => feed.set('/smg/c_typhoon.xml', own('c_typhoon_xxe.xml'))],
    ['an HTTP 500', () => feed.fault('/smg/c_typhoon.xml', { kind: 'status', status: 500 })],
    ['a server that hangs', () => feed.fault('/smg/c_typhoon.xml', { kind: 'hang' })],
  ])('never changes the board for %s: the level stays, shown as unknown', async (_what, breakIt) => {
    const before = received.length;
    breakIt();
    await waitFor(async () => expect(await smg('tropical-cyclone')).toMatchObject({ level: { code: '8SE' }, freshness: 'unknown' }), { timeoutMs: 10_000, intervalMs: 100 });
    // Clients hear that the board can no longer be trusted.
    await waitFor(
      () => {
        const boards = received.slice(before).filter((e) => e.event === 'signal.board').map((e) => (e.payload as { board: SignalBoard }).board);
        expect(boards.map((b) => b.entries.find((e) => e.hazard === 'tropical-cyclone'))).toContainEqual(
          expect.objectContaining({ level: expect.objectContaining({ code: '8SE' }), freshness: 'unknown' }),
        );
      },
      { timeoutMs: 5_000 },
    );
    feed.heal();
    feed.set('/smg/c_typhoon.xml', publishedNow(shared('c_typhoon_8SE.xml')));
    await waitFor(async () => expect(await smg('tropical-cyclone')).toMatchObject({ level: { code: '8SE' }, freshness: 'fresh' }), { timeoutMs: 10_000, intervalMs: 100 });
    expect(changes()).toHaveLength(1);
  });

  it('holds an implausible reading and shows it as held, not as a change', async () => {
    // Rainstorm Black from nothing, while signal 8 is up: held for an operator.
    feed.set('/smg/c_rainstorm.xml', publishedNow(shared('c_rainstorm_black.xml')));
    await waitFor(async () => expect((await smg('rainstorm')).held).toMatchObject({ level: 'black', source: 'feed' }), { timeoutMs: 10_000, intervalMs: 100 });
    expect(await smg('rainstorm')).toMatchObject({ level: null, includedIn: { hazard: 'tropical-cyclone', level: '8SE' } });
    await settle();
    expect(changes()).toHaveLength(1);
  });

  it('follows a real change again, once', async () => {
    feed.set('/smg/c_stormsurge.xml', publishedNow(shared('c_stormsurge_orange.xml')));
    await waitFor(() => expect(changes()).toHaveLength(2), { timeoutMs: 10_000 });
    expect(changes()[1]!.change).toMatchObject({ hazard: 'storm-surge', level: 'orange', previousLevel: null });
    await settle();
    expect(changes()).toHaveLength(2);
    const history = await fetch(`${api.url}/api/signals/history?authority=smg`);
    expect(((await history.json()) as { items: { level: string }[] }).items.map((i) => i.level)).toEqual(['orange', '8SE']);
  });

  it('shows unknown, never "no signal", when the server stops answering', async () => {
    await feed.stop();
    await waitFor(
      async () => {
        const entries = (await board()).entries.filter((e) => e.authority === 'smg');
        expect(entries.every((e) => e.freshness === 'unknown')).toBe(true);
      },
      { timeoutMs: 10_000, intervalMs: 100 },
    );
    const entries = (await board()).entries.filter((e) => e.authority === 'smg');
    expect(entries.find((e) => e.hazard === 'tropical-cyclone')!.level!.code).toBe('8SE');
    expect(entries.find((e) => e.hazard === 'storm-surge')!.level!.code).toBe('orange');
    expect(changes()).toHaveLength(2);
  });
});
