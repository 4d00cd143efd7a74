import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { createTestDatabase, type TestDatabase, deleteRedisKeys, TEST_REDIS_URL } from '@app/testing';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { RateLimitModule } from '../http/rate-limit.module.js';
import { AuthModule } from './auth.module.js';
import { createApiTestApp } from './testing/api-test-app.js';
import { insertStaff } from './testing/staff-fixtures.js';

const PASSWORD = 'a long enough password';

describe('login rate limit', () => {
  const prefix = `t_login_rl_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApiTestApp({
      databaseUrl: db.url,
      env: { REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix, RATE_LIMIT_LOGIN_PER_MINUTE: '3' },
      imports: [ConfigModule, DatabaseModule, AuthModule, RateLimitModule, AccountsModule, AuditModule],
    });
    await insertStaff(app, { username: 'cmd.li', role: 'commander', password: PASSWORD, displayName: 'Li Commander' });
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await deleteRedisKeys(prefix, TEST_REDIS_URL);
  });

  it('audits every failed login and answers 429 with Retry-After once the limit is reached, even for the right password', async () => {
    const http = () => request(app.getHttpServer());
    for (let i = 0; i < 3; i++) {
      await http().post('/api/auth/login').send({ username: 'cmd.li', password: `wrong password ${i}` }).expect(401);
    }
    const limited = await http().post('/api/auth/login').send({ username: 'CMD.LI', password: PASSWORD }).expect(429);
    expect(limited.body).toMatchObject({ statusCode: 429, code: 'rate_limited' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).not.toHaveProperty('accessToken');

    const failed = await app.get(DataSource).query(`SELECT summary FROM audit_log WHERE action = 'auth.login_failed'`);
    expect(failed).toHaveLength(3);
    const logins = await app.get(DataSource).query(`SELECT 1 FROM audit_log WHERE action = 'auth.login'`);
    expect(logins).toHaveLength(0);

    // Another account from the same address is not locked out by someone else's failures.
    await http().post('/api/auth/login').send({ username: 'someone.else', password: 'wrong password' }).expect(401);
  });
});
