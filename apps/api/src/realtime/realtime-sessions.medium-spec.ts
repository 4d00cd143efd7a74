import type { INestApplication } from '@nestjs/common';
import { SignJWT } from 'jose';
import { io as connect, type Socket } from 'socket.io-client';
import request from 'supertest';
import { AppConfig, ConfigModule } from '@app/config';
import type { LoginResponse, RealtimeReady, RealtimeSessionEnded } from '@app/contracts';
import { DatabaseModule } from '@app/database';
import { createTestDatabase, waitFor, type TestDatabase } from '@app/testing';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { ACCOUNT_SESSION_CACHE_MS } from '../auth/account-session.cache.js';
import { AuthModule } from '../auth/auth.module.js';
import { createApiTestApp } from '../auth/testing/api-test-app.js';
import { insertStaff, type TestStaff } from '../auth/testing/staff-fixtures.js';
import { RateLimitModule } from '../http/rate-limit.module.js';
import { RealtimeApiModule } from './realtime-api.module.js';

const PASSWORD = 'a long enough password';

interface Live {
  socket: Socket;
  ready: RealtimeReady;
  ended: RealtimeSessionEnded[];
  disconnect: Promise<string>;
}

/** Two api processes on one database (PostgreSQL realtime backend), each with its socket.io gateway listening. */
describe('live connections end with their session', () => {
  let db: TestDatabase;
  let apps: INestApplication[];
  let urls: string[];
  let admin: TestStaff;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const start = async () => {
      const app = await createApiTestApp({
        databaseUrl: db.url,
        env: { REDIS_URL: '', QUEUE_PREFIX: 't_rt_sessions', RATE_LIMIT_PUBLIC_PER_MINUTE: '1000', RATE_LIMIT_LOGIN_PER_MINUTE: '1000' },
        imports: [ConfigModule, DatabaseModule, RateLimitModule, AuthModule, AccountsModule, AuditModule, RealtimeApiModule],
      });
      await app.listen(0, '127.0.0.1');
      return app;
    };
    apps = [await start(), await start()];
    urls = await Promise.all(apps.map(async (app) => `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`));
    admin = await insertStaff(apps[0], { username: 'root.admin', role: 'admin' });
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    for (const app of apps ?? []) await app.close();
    await db?.drop();
  });

  async function live(url: string, token: string): Promise<Live> {
    const socket = connect(url, { transports: ['websocket'], auth: { token }, reconnection: false, forceNew: true });
    sockets.push(socket);
    const ended: RealtimeSessionEnded[] = [];
    socket.on('realtime.session_ended', (e: RealtimeSessionEnded) => ended.push(e));
    const disconnect = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    const ready = await new Promise<RealtimeReady>((resolve, reject) => {
      socket.once('realtime.ready', resolve);
      socket.once('connect_error', reject);
    });
    return { socket, ready, ended, disconnect };
  }

  function refusal(url: string, token: string): Promise<string | undefined> {
    const socket = connect(url, { transports: ['websocket'], auth: { token }, reconnection: false, forceNew: true });
    sockets.push(socket);
    return new Promise((resolve, reject) => {
      socket.once('connect', () => reject(new Error('connected although it should have been refused')));
      socket.once('connect_error', (err: Error & { data?: { code?: string } }) => resolve(err.data?.code));
    });
  }

  const http = (i: number) => request(apps[i].getHttpServer());
  const login = async (username: string): Promise<LoginResponse> => (await http(0).post('/api/auth/login').send({ username, password: PASSWORD }).expect(200)).body as LoginResponse;
  const patchAccount = (id: string, body: object) => http(0).patch(`/api/accounts/${id}`).set('Authorization', `Bearer ${admin.token}`).send(body).expect(200);
  const me = (i: number, token: string) => http(i).get('/api/auth/me').set('Authorization', `Bearer ${token}`);

  it('closes a socket when its token expires, saying so', async () => {
    const inspector = await insertStaff(apps[0], { username: 'insp.expiring', role: 'inspector' });
    const now = Math.floor(Date.now() / 1000);
    const shortLived = await new SignJWT({ role: 'inspector', username: inspector.username, name: inspector.displayName, ver: 0 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(inspector.id)
      .setIssuer('qinao-alert')
      .setAudience('qinao-alert-api')
      .setIssuedAt(now)
      .setExpirationTime(now + 2)
      .sign(new TextEncoder().encode(apps[0].get(AppConfig).jwtSecret));
    const client = await live(urls[1], shortLived);
    expect(client.ready.role).toBe('inspector');
    const started = Date.now();
    expect(await client.disconnect).toBe('io server disconnect');
    expect(Date.now() - started).toBeLessThan(3_500);
    expect(client.ended).toEqual([{ code: 'token_expired', message: expect.stringMatching(/expired/) }]);
  });

  it('closes the sockets of a deactivated account on every api process and refuses its token everywhere', async () => {
    const crew = await insertStaff(apps[0], { username: 'crew.leaving', role: 'crew_lead', password: PASSWORD });
    const session = await login('crew.leaving');
    // Both processes have read the account (and cached it) before the change.
    await me(0, session.accessToken).expect(200);
    await me(1, session.accessToken).expect(200);
    const here = await live(urls[0], session.accessToken);
    const there = await live(urls[1], session.accessToken);

    const changedAt = Date.now();
    await patchAccount(crew.id, { active: false });
    // The process that made the change refuses at once.
    expect((await me(0, session.accessToken).expect(401)).body.code).toBe('account_inactive');
    expect(await here.disconnect).toBe('io server disconnect');
    expect(here.ended.map((e) => e.code)).toEqual(['account_inactive']);

    // The other within the cache bound.
    await waitFor(async () => expect((await me(1, session.accessToken)).status).toBe(401), { timeoutMs: ACCOUNT_SESSION_CACHE_MS + 2_000, intervalMs: 100 });
    expect(Date.now() - changedAt).toBeLessThan(ACCOUNT_SESSION_CACHE_MS + 1_500);
    expect(await there.disconnect).toBe('io server disconnect');
    expect(Date.now() - changedAt).toBeLessThan(2 * ACCOUNT_SESSION_CACHE_MS + 1_500);
    expect(there.ended.map((e) => e.code)).toEqual(['account_inactive']);

    expect(await refusal(urls[1], session.accessToken)).toBe('account_inactive');
    expect((await http(1).post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401)).body.code).toBe('refresh_token_revoked');
    const catchUp = await http(1).get('/api/realtime/events?after=0').set('Authorization', `Bearer ${session.accessToken}`).expect(401);
    expect(catchUp.body.code).toBe('account_inactive');
  });

  it('moves a socket to its new rooms after a role change: closed, token refreshed, reconnected', async () => {
    const operator = await insertStaff(apps[0], { username: 'op.promoted', role: 'operator', password: PASSWORD });
    const session = await login('op.promoted');
    const there = await live(urls[1], session.accessToken);
    expect(there.ready.rooms).toContain('role:operator');

    await patchAccount(operator.id, { role: 'commander' });
    expect(await there.disconnect).toBe('io server disconnect');
    expect(there.ended.map((e) => e.code)).toEqual(['token_revoked']);
    expect((await me(0, session.accessToken).expect(401)).body.code).toBe('token_revoked');
    expect(await refusal(urls[0], session.accessToken)).toBe('token_revoked');

    const renewed = (await http(1).post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200)).body as LoginResponse;
    expect(renewed.user.role).toBe('commander');
    const again = await live(urls[1], renewed.accessToken);
    expect(again.ready).toMatchObject({ role: 'commander', rooms: ['public', 'hq', 'role:commander', `user:${operator.id}`] });
    await me(1, renewed.accessToken).expect(200);
  });

  it('keeps sockets whose account only had its name or phone changed', async () => {
    const liaison = await insertStaff(apps[0], { username: 'liaison.kept', role: 'liaison', password: PASSWORD });
    const session = await login('liaison.kept');
    const client = await live(urls[1], session.accessToken);
    await patchAccount(liaison.id, { displayName: 'Liaison Sá', phone: '+853 2888 1234' });
    await new Promise((r) => setTimeout(r, 2 * ACCOUNT_SESSION_CACHE_MS + 500));
    expect(client.socket.connected).toBe(true);
    expect(client.ended).toEqual([]);
    await me(1, session.accessToken).expect(200);
  });
});
