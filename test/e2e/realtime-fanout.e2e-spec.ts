import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { io as connect, type Socket } from 'socket.io-client';
import { loadConfig } from '@app/config';
import type { AuthUser, Notice, NoticeAudience, RealtimeCatchUp, RealtimeEnvelope, RealtimeReady, RealtimeSessionEnded, Role } from '@app/contracts';
import { createTestDatabase, startApp, waitFor, type AppProcess, type TestDatabase, deleteRedisKeys, TEST_REDIS_URL } from '@app/testing';
import { AccessTokenService } from '../../apps/api/src/auth/access-token.service.js';

const JWT_SECRET = randomBytes(24).toString('hex');
const ORIGIN = 'http://qinao.test';

interface Client {
  name: string;
  socket: Socket;
  ready: RealtimeReady;
  events: RealtimeEnvelope[];
}

/** Two api processes and one worker, built as production runs them, on Redis and again on PostgreSQL only. */
describe.each(['redis', 'postgres'] as const)('realtime fan-out on %s', (backend) => {
  const prefix = `t_e2e_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let apps: AppProcess[] = [];
  let api1: AppProcess;
  let api2: AppProcess;
  const sockets: Socket[] = [];
  const tokens = new AccessTokenService(loadConfig({ JWT_SECRET }));
  const staff: Record<string, AuthUser & { token: string }> = {};

  async function insertStaff(username: string, role: Role): Promise<void> {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO staff_users (username, display_name, role, password_hash) VALUES ($1, $2, $3, 'unusable') RETURNING id`,
        [username, `Test ${username}`, role],
      );
      const user: AuthUser = { id: rows[0].id, username, role, displayName: `Test ${username}` };
      staff[username] = { ...user, token: await tokens.sign(user) };
    } finally {
      await client.end();
    }
  }

  function open(app: AppProcess, token?: string, origin = ORIGIN): Socket {
    const socket = connect(app.url, { transports: ['websocket'], auth: token ? { token } : {}, extraHeaders: { origin }, reconnection: false, forceNew: true });
    sockets.push(socket);
    return socket;
  }

  async function join(name: string, app: AppProcess, token?: string): Promise<Client> {
    const socket = open(app, token);
    const events: RealtimeEnvelope[] = [];
    socket.onAny((event: string, envelope: RealtimeEnvelope) => {
      if (event !== 'realtime.ready') events.push(envelope);
    });
    const ready = await new Promise<RealtimeReady>((resolve, reject) => {
      socket.once('realtime.ready', resolve);
      socket.once('connect_error', reject);
    });
    return { name, socket, ready, events };
  }

  async function refusal(socket: Socket): Promise<{ message: string; code?: string }> {
    return new Promise((resolve, reject) => {
      socket.once('connect', () => reject(new Error('connected although it should have been refused')));
      socket.once('connect_error', (err: Error & { data?: { code?: string } }) => resolve({ message: err.message, code: err.data?.code }));
    });
  }

  async function postNotice(app: AppProcess, token: string, audience: NoticeAudience, message: string): Promise<Notice> {
    const res = await fetch(`${app.url}/api/notices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ audience, message }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as Notice;
  }

  const notices = (client: Client) => client.events.filter((e) => e.event === 'notice.created');
  const noticeIds = (client: Client) => notices(client).map((e) => (e.payload as Notice).id);

  beforeAll(async () => {
    db = await createTestDatabase();
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : undefined,
      QUEUE_PREFIX: prefix,
      JWT_SECRET,
      CORS_ORIGINS: ORIGIN,
    };
    apps = await Promise.all([startApp('api', env), startApp('api', env), startApp('worker', env)]);
    [api1, api2] = apps;
    await insertStaff('cmd.chan', 'commander');
    await insertStaff('op.lei', 'operator');
    await insertStaff('insp.ho', 'inspector');
    await insertStaff('liaison.sa', 'liaison');
    await insertStaff('adm.kong', 'admin');
    await insertStaff('crew.leaving', 'crew_lead');
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await Promise.all(apps.map((app) => app.stop()));
    await db?.drop();
    if (backend === 'redis') {
      await deleteRedisKeys(prefix, TEST_REDIS_URL);
    }
  });

  it('delivers a notice posted to one api to the right clients on both api processes, once each, in seq order', async () => {
    const commander = await join('commander@1', api1, staff['cmd.chan'].token);
    const operator = await join('operator@2', api2, staff['op.lei'].token);
    const inspector = await join('inspector@2', api2, staff['insp.ho'].token);
    const liaison = await join('liaison@1', api1, staff['liaison.sa'].token);
    const resident = await join('anonymous@2', api2);
    expect(commander.ready).toMatchObject({ role: 'commander', rooms: ['public', 'hq', 'role:commander', `user:${staff['cmd.chan'].id}`] });
    expect(inspector.ready.rooms).toContain('field');
    expect(resident.ready).toMatchObject({ role: null, rooms: ['public'] });

    const toHq = await postNotice(api1, staff['cmd.chan'].token, 'hq', 'HQ briefing at 18:00');
    const toAll = await postNotice(api1, staff['cmd.chan'].token, 'all-staff', '颱風八號風球：所有人員留意');

    await waitFor(() => {
      expect(noticeIds(commander)).toEqual([toHq.id, toAll.id]);
      expect(noticeIds(operator)).toEqual([toHq.id, toAll.id]);
      expect(noticeIds(inspector)).toEqual([toAll.id]);
      expect(noticeIds(liaison)).toEqual([toAll.id]);
    }, { timeoutMs: 15_000 });
    // Nothing arrives twice, and residents get no staff notices.
    await new Promise((r) => setTimeout(r, 700));
    for (const client of [commander, operator]) expect(noticeIds(client)).toEqual([toHq.id, toAll.id]);
    for (const client of [inspector, liaison]) expect(noticeIds(client)).toEqual([toAll.id]);
    expect(notices(resident)).toEqual([]);

    const [first, second] = notices(commander);
    expect(first.seq).toBeGreaterThan(commander.ready.head!);
    expect(second.seq).toBeGreaterThan(first.seq!);
    expect(notices(operator).map((e) => e.seq)).toEqual([first.seq, second.seq]);
    expect(second).toMatchObject({ room: 'hq', event: 'notice.created', payload: { message: '颱風八號風球：所有人員留意', audience: 'all-staff', authorName: 'Test cmd.chan' } });

    const listed = await fetch(`${api2.url}/api/notices`, { headers: { authorization: `Bearer ${staff['insp.ho'].token}` } });
    expect(((await listed.json()) as { items: Notice[] }).items.map((n) => n.id)).toEqual([toAll.id]);
  });

  it('lets a client that was disconnected fetch what it missed', async () => {
    const inspector = await join('inspector@1', api1, staff['insp.ho'].token);
    const lastSeen = inspector.ready.head!;
    inspector.socket.close();

    const missed1 = await postNotice(api2, staff['cmd.chan'].token, 'field', 'Check drains on Lotus Bridge approach');
    const missed2 = await postNotice(api1, staff['cmd.chan'].token, 'all-staff', 'Shelters open at 20:00');
    await postNotice(api1, staff['cmd.chan'].token, 'liaison', 'Not for the field');

    const catchUp = async (after: number, token?: string): Promise<RealtimeCatchUp> => {
      const res = await fetch(`${api2.url}/api/realtime/events?after=${after}&limit=10`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      expect(res.status).toBe(200);
      return (await res.json()) as RealtimeCatchUp;
    };
    const missed = await waitFor(async () => {
      const answer = await catchUp(lastSeen, staff['insp.ho'].token);
      expect(answer.events.map((e) => (e.payload as Notice).id)).toEqual([missed1.id, missed2.id]);
      return answer;
    });
    expect(missed.events.every((e) => e.room === 'field')).toBe(true);
    expect(missed.hasMore).toBe(false);
    expect(missed.head).toBeGreaterThanOrEqual(missed.events[1].seq!);
    expect(missed.events[1].seq).toBeGreaterThan(missed.events[0].seq!);

    // Up to date: nothing after the head. Paging: limit=1 says there is more.
    expect((await catchUp(missed.head, staff['insp.ho'].token)).events).toEqual([]);
    const page = await fetch(`${api1.url}/api/realtime/events?after=${lastSeen}&limit=1`, { headers: { authorization: `Bearer ${staff['insp.ho'].token}` } });
    expect(await page.json()).toMatchObject({ hasMore: true, events: [{ payload: { id: missed1.id } }] });

    // Anonymous callers see only public events; a bad token is refused, not downgraded.
    expect((await catchUp(0)).events).toEqual([]);
    const forged = await fetch(`${api1.url}/api/realtime/events?after=0`, { headers: { authorization: 'Bearer not.a.token' } });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ code: 'invalid_token' });
  });

  it('refuses a foreign origin and a bad token', async () => {
    expect(await refusal(open(api1, staff['cmd.chan'].token, 'http://evil.test'))).toMatchObject({ code: 'origin_not_allowed' });
    expect(await refusal(open(api2, 'forged-token'))).toMatchObject({ code: 'invalid_token' });
    const otherSecret = await new AccessTokenService(loadConfig({ JWT_SECRET: 'another-secret-another-secret-another-1' })).sign(staff['cmd.chan']);
    expect(await refusal(open(api1, otherSecret))).toMatchObject({ code: 'invalid_token' });
  });

  it('does not let a client join a room it was not granted', async () => {
    const liaison = await join('liaison@2', api2, staff['liaison.sa'].token);
    const answer = await liaison.socket.timeout(5_000).emitWithAck('rooms.join', { room: 'hq' });
    expect(answer).toMatchObject({ ok: false, code: 'room_not_granted' });
    expect(await liaison.socket.timeout(5_000).emitWithAck('rooms.join', { room: 'liaison' })).toEqual({ ok: true });

    const operator = await join('operator@1', api1, staff['op.lei'].token);
    const toHq = await postNotice(api2, staff['cmd.chan'].token, 'hq', 'HQ only');
    await waitFor(() => expect(noticeIds(operator)).toEqual([toHq.id]), { timeoutMs: 15_000 });
    await new Promise((r) => setTimeout(r, 500));
    expect(notices(liaison)).toEqual([]);
  });

  it('closes the sockets of an account deactivated on the other api process, saying why, and refuses its token', async () => {
    const crew = await join('crew@2', api2, staff['crew.leaving'].token);
    const ended = new Promise<RealtimeSessionEnded>((resolve) => crew.socket.once('realtime.session_ended', resolve));
    const closed = new Promise<string>((resolve) => crew.socket.once('disconnect', resolve));
    const res = await fetch(`${api1.url}/api/accounts/${staff['crew.leaving'].id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${staff['adm.kong'].token}` },
      body: JSON.stringify({ active: false }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const changedAt = Date.now();
    expect(await ended).toMatchObject({ code: 'account_inactive' });
    expect(await closed).toBe('io server disconnect');
    expect(Date.now() - changedAt).toBeLessThan(6_000);
    expect(await refusal(open(api2, staff['crew.leaving'].token))).toMatchObject({ code: 'account_inactive' });
    const me = await fetch(`${api2.url}/api/auth/me`, { headers: { authorization: `Bearer ${staff['crew.leaving'].token}` } });
    expect(me.status).toBe(401);
  });

  it('broadcasts a stored notice whose queue job was lost, from PostgreSQL alone', async () => {
    const inspector = await join('inspector@1c', api1, staff['insp.ho'].token);
    // As the api stores a notice, with its job never reaching the worker, past the reconciler's grace period.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    let id: string;
    try {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO staff_notices (audience, message, author_name, created_at) VALUES ('field', 'Lost with Redis', 'Test cmd.chan', now() - interval '1 minute') RETURNING id`,
      );
      id = rows[0].id;
    } finally {
      await client.end();
    }
    await waitFor(() => expect(noticeIds(inspector)).toEqual([id]), { timeoutMs: 40_000, intervalMs: 200 });
  }, 60_000);

  it('sends worker heartbeats to staff without storing them', async () => {
    const inspector = await join('inspector@2b', api2, staff['insp.ho'].token);
    const resident = await join('anonymous@1', api1);
    const beat = await waitFor(() => {
      const found = inspector.events.find((e) => e.event === 'system.heartbeat');
      expect(found).toBeDefined();
      return found!;
    }, { timeoutMs: 15_000 });
    expect(beat).toMatchObject({ seq: null, room: 'field', payload: { workerId: expect.any(String) } });
    expect(resident.events.filter((e) => e.event === 'system.heartbeat')).toEqual([]);
    const stored = await fetch(`${api1.url}/api/realtime/events?after=0&limit=500`, { headers: { authorization: `Bearer ${staff['insp.ho'].token}` } });
    expect(((await stored.json()) as RealtimeCatchUp).events.filter((e) => e.event === 'system.heartbeat')).toEqual([]);
  });
});
