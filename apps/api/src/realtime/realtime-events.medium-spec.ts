import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ConfigModule } from '@app/config';
import type { Notice, RealtimeCatchUp } from '@app/contracts';
import { DatabaseModule } from '@app/database';
import { RealtimePublisher } from '@app/realtime';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { createApiTestApp } from '../auth/testing/api-test-app.js';
import { insertStaff, type TestStaff } from '../auth/testing/staff-fixtures.js';
import { RateLimitModule } from '../http/rate-limit.module.js';
import { RealtimeApiModule } from './realtime-api.module.js';

function notice(message: string): Notice {
  return { id: message, audience: 'hq', message, authorId: null, authorName: 'tester', createdAt: new Date().toISOString() };
}

describe('GET /api/realtime/events', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let inspector: TestStaff;
  let commander: TestStaff;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApiTestApp({
      databaseUrl: db.url,
      env: { REDIS_URL: '', QUEUE_PREFIX: 't_catchup', RATE_LIMIT_PUBLIC_PER_MINUTE: '1000' },
      imports: [ConfigModule, DatabaseModule, RateLimitModule, RealtimeApiModule],
    });
    inspector = await insertStaff(app, { username: 'insp.ho', role: 'inspector' });
    commander = await insertStaff(app, { username: 'cmd.wong', role: 'commander' });
    const publisher = app.get(RealtimePublisher);
    await publisher.publish('hq', 'notice.created', notice('hq-1'));
    await publisher.publish('field', 'notice.created', notice('field-1'));
    await publisher.publish('public', 'notice.created', notice('public-1'));
    await publisher.publish(`user:${inspector.id}`, 'notice.created', notice('inspector-only'));
    await publisher.publish('role:crew_lead', 'notice.created', notice('crew-leads'));
    await publisher.publish('field', 'notice.created', notice('field-2'));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const get = (query: string, token?: string) => {
    const req = request(app.getHttpServer()).get(`/api/realtime/events${query}`);
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };
  const ids = (body: RealtimeCatchUp) => body.events.map((e) => (e.payload as Notice).id);

  it('answers each caller with the events of its own rooms, in seq order, and the head', async () => {
    const asInspector = (await get('', inspector.token).expect(200)).body as RealtimeCatchUp;
    expect(ids(asInspector)).toEqual(['field-1', 'public-1', 'inspector-only', 'field-2']);
    expect(asInspector.head).toBe(asInspector.events[3].seq!);
    expect(asInspector.hasMore).toBe(false);
    expect(ids((await get('', commander.token).expect(200)).body)).toEqual(['hq-1', 'public-1']);
    expect(ids((await get('').expect(200)).body)).toEqual(['public-1']);
  });

  it('pages with after and limit', async () => {
    const first = (await get('?limit=2', inspector.token).expect(200)).body as RealtimeCatchUp;
    expect(ids(first)).toEqual(['field-1', 'public-1']);
    expect(first.hasMore).toBe(true);
    const rest = (await get(`?after=${first.events[1].seq}&limit=2`, inspector.token).expect(200)).body as RealtimeCatchUp;
    expect(ids(rest)).toEqual(['inspector-only', 'field-2']);
    expect(rest.hasMore).toBe(false);
  });

  it.each([
    ['?after=-1', /after must not be less than 0/],
    ['?after=abc', /after must be a whole number/],
    ['?limit=0', /limit must not be less than 1/],
    ['?limit=501', /limit must not be greater than 500/],
    ['?room=hq', /property room should not exist/],
  ])('refuses %s with 400', async (query, message) => {
    const res = await get(query, inspector.token).expect(400);
    expect(res.body.message).toMatch(message);
  });

  it('refuses a bad token instead of answering as anonymous', async () => {
    const res = await get('', 'not-a-token').expect(401);
    expect(res.body.code).toBe('invalid_token');
  });
});
