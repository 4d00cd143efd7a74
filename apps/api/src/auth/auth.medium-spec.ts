import type { INestApplication } from '@nestjs/common';
import { SignJWT } from 'jose';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import type { LoginResponse } from '@app/contracts';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { createApiTestApp } from './testing/api-test-app.js';
import { insertStaff, type TestStaff } from './testing/staff-fixtures.js';

const PASSWORD = 'a long enough password';

describe('auth endpoints', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let operator: TestStaff;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApiTestApp({ databaseUrl: db.url });
    sql = app.get(DataSource);
    operator = await insertStaff(app, { username: 'op.wang', role: 'operator', password: PASSWORD, displayName: 'Wang Operator' });
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const http = () => request(app.getHttpServer());
  const login = async (username = 'op.wang', password = PASSWORD): Promise<LoginResponse> => {
    const res = await http().post('/api/auth/login').send({ username, password }).expect(200);
    return res.body as LoginResponse;
  };
  const refresh = (refreshToken: string) => http().post('/api/auth/refresh').send({ refreshToken });
  const auditRows = async (action: string) =>
    sql.query<{ actor_id: string | null; actor_name: string; entity_id: string | null; summary: Record<string, unknown>; ip: string | null; request_id: string | null }[]>(
      `SELECT actor_id, actor_name, entity_id, summary, ip, request_id FROM audit_log WHERE action = $1 ORDER BY id`,
      [action],
    );
  const snapshot = async () => ({
    users: await sql.query(`SELECT * FROM staff_users ORDER BY id`),
    tokens: await sql.query(`SELECT * FROM refresh_tokens ORDER BY id`),
  });
  const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

  it('logs in, stores only the hash of the refresh token, and audits the login', async () => {
    const before = (await auditRows('auth.login')).length;
    const body = await login('OP.Wang');
    expect(body.user).toEqual({ id: operator.id, username: 'op.wang', role: 'operator', displayName: 'Wang Operator' });
    expect(body.expiresIn).toBe(app.get(AppConfig).accessTokenTtlSeconds);
    expect(body.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const stored = await sql.query(`SELECT token_hash, user_id, expires_at FROM refresh_tokens WHERE token_hash = $1`, [sha256(body.refreshToken)]);
    expect(stored).toHaveLength(1);
    expect(stored[0].user_id).toBe(operator.id);
    const ttlMs = app.get(AppConfig).refreshTokenTtlSeconds * 1000;
    expect(Math.abs(new Date(stored[0].expires_at).getTime() - (Date.now() + ttlMs))).toBeLessThan(60_000);
    expect(await sql.query(`SELECT 1 FROM refresh_tokens WHERE token_hash = $1`, [body.refreshToken])).toHaveLength(0);

    const me = await http().get('/api/auth/me').set('Authorization', `Bearer ${body.accessToken}`).expect(200);
    expect(me.body).toEqual(body.user);

    const audits = await auditRows('auth.login');
    expect(audits).toHaveLength(before + 1);
    expect(audits.at(-1)).toMatchObject({ actor_id: operator.id, actor_name: 'op.wang', entity_id: operator.id });
    expect(audits.at(-1)!.request_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a wrong password with 401, audits the attempt and changes nothing else', async () => {
    const before = await snapshot();
    const failedBefore = (await auditRows('auth.login_failed')).length;
    const res = await http().post('/api/auth/login').send({ username: 'op.wang', password: 'wrong password!!' }).expect(401);
    expect(res.body).toMatchObject({ statusCode: 401, code: 'invalid_credentials' });
    expect(res.body).not.toHaveProperty('accessToken');
    expect(await snapshot()).toEqual(before);
    const failed = await auditRows('auth.login_failed');
    expect(failed).toHaveLength(failedBefore + 1);
    expect(failed.at(-1)).toMatchObject({ actor_id: null, actor_name: 'op.wang', entity_id: operator.id, summary: { username: 'op.wang', reason: 'wrong_password' } });
    expect(failed.at(-1)!.ip).toMatch(/127\.0\.0\.1|::1/);
  });

  it('answers an unknown username and a deactivated account exactly like a wrong password', async () => {
    await insertStaff(app, { username: 'retired', role: 'inspector', password: PASSWORD, active: false });
    const wrong = await http().post('/api/auth/login').send({ username: 'op.wang', password: 'nope nope nope' }).expect(401);
    const unknown = await http().post('/api/auth/login').send({ username: 'nobody', password: PASSWORD }).expect(401);
    const inactive = await http().post('/api/auth/login').send({ username: 'retired', password: PASSWORD }).expect(401);
    for (const res of [unknown, inactive]) {
      expect(res.body.code).toBe(wrong.body.code);
      expect(res.body.message).toBe(wrong.body.message);
    }
    const reasons = (await auditRows('auth.login_failed')).slice(-2).map((row) => [row.actor_name, row.summary.reason]);
    expect(reasons).toEqual([
      ['nobody', 'unknown_username'],
      ['retired', 'account_inactive'],
    ]);
  });

  it('rejects malformed login bodies with 400 naming the problem', async () => {
    const missing = await http().post('/api/auth/login').send({ username: 'op.wang' }).expect(400);
    expect(missing.body.code).toBe('validation_failed');
    expect(missing.body.message).toMatch(/password/);
    const extra = await http().post('/api/auth/login').send({ username: 'op.wang', password: PASSWORD, role: 'admin' }).expect(400);
    expect(extra.body.message).toMatch(/property role should not exist/);
  });

  it('rotates the refresh token within its family', async () => {
    const first = await login();
    const res = await refresh(first.refreshToken).expect(200);
    const second = res.body as LoginResponse;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.user.id).toBe(operator.id);
    await http().get('/api/auth/me').set('Authorization', `Bearer ${second.accessToken}`).expect(200);

    const rows = await sql.query<{ token_hash: string; family_id: string; used_at: Date | null; revoked_at: Date | null }[]>(
      `SELECT token_hash, family_id, used_at, revoked_at FROM refresh_tokens WHERE token_hash = ANY($1)`,
      [[sha256(first.refreshToken), sha256(second.refreshToken)]],
    );
    const old = rows.find((r) => r.token_hash === sha256(first.refreshToken))!;
    const next = rows.find((r) => r.token_hash === sha256(second.refreshToken))!;
    expect(old.used_at).not.toBeNull();
    expect(next.used_at).toBeNull();
    expect(next.family_id).toBe(old.family_id);
    expect((await auditRows('auth.refresh')).at(-1)!.summary.familyId).toBe(old.family_id);

    await refresh(second.refreshToken).expect(200);
  });

  it('revokes the whole family when a spent refresh token comes back', async () => {
    const first = await login();
    const second = (await refresh(first.refreshToken).expect(200)).body as LoginResponse;
    const other = await login(); // another device: a different family, unaffected

    const replay = await refresh(first.refreshToken).expect(401);
    expect(replay.body.code).toBe('refresh_token_reused');
    const afterReplay = await refresh(second.refreshToken).expect(401);
    expect(afterReplay.body.code).toBe('refresh_token_revoked');
    await refresh(other.refreshToken).expect(200);

    const reuse = (await auditRows('auth.refresh_reuse')).at(-1)!;
    expect(reuse).toMatchObject({ actor_id: operator.id, entity_id: operator.id, summary: { revokedTokens: 2 } });
    const family = await sql.query(`SELECT revoked_reason FROM refresh_tokens WHERE family_id = $1`, [reuse.summary.familyId]);
    expect(family.map((r: { revoked_reason: string }) => r.revoked_reason)).toEqual(['reuse_detected', 'reuse_detected']);
  });

  it('lets only one of two concurrent refreshes of the same token succeed', async () => {
    const { refreshToken } = await login();
    const results = await Promise.all([refresh(refreshToken), refresh(refreshToken), refresh(refreshToken)]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 401, 401]);
    expect(results.filter((r) => r.status === 401).map((r) => r.body.code)).toEqual(['refresh_token_reused', 'refresh_token_reused']);
    const winner = results.find((r) => r.status === 200)!.body as LoginResponse;
    // The replay revoked the family, including the token the winner received.
    expect((await refresh(winner.refreshToken).expect(401)).body.code).toBe('refresh_token_revoked');
  });

  it('refuses expired and unknown refresh tokens with their own codes', async () => {
    const { refreshToken } = await login();
    await sql.query(`UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [sha256(refreshToken)]);
    expect((await refresh(refreshToken).expect(401)).body.code).toBe('refresh_token_expired');
    expect((await refresh('x'.repeat(43)).expect(401)).body.code).toBe('invalid_refresh_token');
    expect((await refresh('').expect(400)).body.code).toBe('validation_failed');
  });

  it('logs out by revoking the family, and audits it', async () => {
    const session = await login();
    const rotated = (await refresh(session.refreshToken).expect(200)).body as LoginResponse;
    const otherDevice = await login();
    await http().post('/api/auth/logout').send({ refreshToken: rotated.refreshToken }).expect(204);
    expect((await refresh(rotated.refreshToken).expect(401)).body.code).toBe('refresh_token_revoked');
    await refresh(otherDevice.refreshToken).expect(200);
    expect((await auditRows('auth.logout')).at(-1)).toMatchObject({ actor_id: operator.id, summary: { revokedTokens: 2 } });
    expect((await http().post('/api/auth/logout').send({ refreshToken: 'y'.repeat(43) }).expect(401)).body.code).toBe('invalid_refresh_token');
  });

  it('stops a deactivated account from refreshing', async () => {
    const crew = await insertStaff(app, { username: 'crew.li', role: 'crew_lead', password: PASSWORD });
    const session = await login('crew.li');
    await sql.query(`UPDATE staff_users SET active = false WHERE id = $1`, [crew.id]);
    expect((await refresh(session.refreshToken).expect(401)).body.code).toBe('account_inactive');
    expect((await http().get('/api/auth/me').set('Authorization', `Bearer ${session.accessToken}`).expect(401)).body.code).toBe('account_inactive');
  });

  describe('access tokens', () => {
    const secret = () => new TextEncoder().encode(app.get(AppConfig).jwtSecret);
    const claims = () => ({ role: 'operator', username: 'op.wang', name: 'Wang Operator' });
    const me = (authorization?: string) => {
      const req = http().get('/api/auth/me');
      return authorization ? req.set('Authorization', authorization) : req;
    };

    it('needs one', async () => {
      expect((await me().expect(401)).body.code).toBe('missing_token');
    });

    it('refuses an expired one', async () => {
      const now = Math.floor(Date.now() / 1000);
      const expired = await new SignJWT(claims())
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(operator.id)
        .setIssuer('qinao-alert')
        .setAudience('qinao-alert-api')
        .setIssuedAt(now - 1000)
        .setExpirationTime(now - 10)
        .sign(secret());
      expect((await me(`Bearer ${expired}`).expect(401)).body.code).toBe('token_expired');
    });

    it('refuses one signed with another key, or with a changed role', async () => {
      const forged = await new SignJWT({ ...claims(), role: 'admin' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(operator.id)
        .setIssuer('qinao-alert')
        .setAudience('qinao-alert-api')
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode('an-attacker-chosen-secret-of-enough-length'));
      expect((await me(`Bearer ${forged}`).expect(401)).body.code).toBe('invalid_token');

      const [header, payload, signature] = operator.token.split('.');
      const escalated = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'admin' })).toString('base64url');
      expect((await me(`Bearer ${header}.${escalated}.${signature}`).expect(401)).body.code).toBe('invalid_token');
    });

    it('refuses alg none', async () => {
      const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const unsigned = `${enc({ alg: 'none', typ: 'JWT' })}.${enc({ ...claims(), sub: operator.id, iss: 'qinao-alert', aud: 'qinao-alert-api', exp: Math.floor(Date.now() / 1000) + 600 })}.`;
      expect((await me(`Bearer ${unsigned}`).expect(401)).body.code).toBe('invalid_token');
    });
  });
});
