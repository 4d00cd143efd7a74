import { randomBytes } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Module, Post, type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { createTestDatabase, type TestDatabase, deleteRedisKeys, TEST_REDIS_URL } from '@app/testing';
import { Public } from '../auth/auth.decorators.js';
import { AuthModule } from '../auth/auth.module.js';
import { createApiTestApp } from '../auth/testing/api-test-app.js';
import { RateLimit } from './rate-limit.decorator.js';
import { RateLimitModule } from './rate-limit.module.js';


@Controller('test-limits')
class LimitedController {
  @Public()
  @RateLimit('login')
  @Post('login')
  @HttpCode(200)
  login(@Body() _body: unknown): { ok: true } {
    return { ok: true };
  }

  @Public()
  @RateLimit('public')
  @Get('public')
  open(): { ok: true } {
    return { ok: true };
  }

  @Public()
  @Get('unlimited')
  unlimited(): { ok: true } {
    return { ok: true };
  }
}

@Module({ controllers: [LimitedController] })
class LimitedRoutesModule {}

// The guard module is listed before and after the authentication module in turn: global guards run in
// registration order, and the rate limit must work either way.
describe.each([
  ['redis', 'before'],
  ['postgres', 'after'],
] as const)('rate limits on %s, guard registered %s authentication', (backend, order) => {
  const prefix = `t_rlg_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    const imports = order === 'before' ? [RateLimitModule, AuthModule] : [AuthModule, RateLimitModule];
    app = await createApiTestApp({
      databaseUrl: db.url,
      env: { REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : '', QUEUE_PREFIX: prefix, RATE_LIMIT_LOGIN_PER_MINUTE: '2', RATE_LIMIT_PUBLIC_PER_MINUTE: '3' },
      imports: [ConfigModule, DatabaseModule, ...imports, LimitedRoutesModule],
    });
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    if (backend === 'redis') {
      await deleteRedisKeys(prefix, TEST_REDIS_URL);
    }
  });

  const http = () => request(app.getHttpServer());
  const login = (username: unknown) => http().post('/test-limits/login').send({ username, password: 'whatever' });

  it('refuses the third login attempt for one address and username with 429 and Retry-After', async () => {
    await login('Alice').expect(200);
    await login('alice').expect(200);
    const refused = await login('  ALICE ').expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.body).toMatchObject({ statusCode: 429, code: 'rate_limited' });
    expect(refused.body.message).toMatch(/^Too many login attempts; try again in \d+ seconds\.$/);
    // Another username from the same address has its own count.
    await login('bob').expect(200);
  });

  it('limits public routes per address and leaves unmarked routes alone', async () => {
    for (let i = 0; i < 3; i++) await http().get('/test-limits/public').expect(200);
    const refused = await http().get('/test-limits/public').expect(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.body.message).toMatch(/^Too many requests; try again in \d+ seconds\.$/);
    for (let i = 0; i < 6; i++) await http().get('/test-limits/unlimited').expect(200);
  });
});
