import { createHash, randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule } from '@app/config';
import type { PushSubscriptionJson } from '@app/contracts';
import { DatabaseModule, ReferenceRepository, VapidKeyRepository } from '@app/database';
import { pointInPolygon, referenceData, type ReferenceArea } from '@app/domain';
import { generateVapidKeys, loadOrCreateVapidKeys, type HostResolver } from '@app/push';
import { createTestDatabase, createTestSubscription, deleteRedisKeys, TEST_REDIS_URL, type TestDatabase } from '@app/testing';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { insertStaff, type TestStaff } from '../auth/testing/staff-fixtures.js';
import { ApiObservabilityModule } from '../health/api-observability.module.js';
import { configureApp } from '../http/configure-app.js';
import { RateLimitModule } from '../http/rate-limit.module.js';
import { PUSH_HOST_RESOLVER } from './push-host-resolver.js';
import { PushModule } from './push.module.js';

const PUBLIC_LIMIT = 5;

// DNS stand-in: allow-listed push hosts resolve to a public address, except one that points inside the network.
const resolver: HostResolver = async (host) => {
  if (host === 'internal.fcm.googleapis.com') return ['10.0.0.5'];
  if (host.endsWith('googleapis.com') || host.endsWith('mozilla.com')) return ['142.250.72.10'];
  throw new Error('ENOTFOUND');
};

describe('resident push subscriptions', () => {
  const prefix = `t_push_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let admin: TestStaff;
  let operator: TestStaff;
  let areas: ReferenceArea[];
  let ipCounter = 0;

  // Every request comes from its own address (trusted X-Forwarded-For) unless a test floods from one on purpose.
  const nextIp = () => `198.51.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;
  const http = () => request(app.getHttpServer());
  const fcm = () => createTestSubscription('https://fcm.googleapis.com/fcm/send').subscription;
  const subscribe = (body: object, ip = nextIp()) => http().post('/api/push/subscriptions').set('X-Forwarded-For', ip).send(body);
  const patch = (id: string, token: string | undefined, body: object) => {
    const req = http().patch(`/api/push/subscriptions/${id}`).set('X-Forwarded-For', nextIp());
    return (token === undefined ? req : req.set('X-Subscription-Token', token)).send(body);
  };
  const remove = (id: string, token: string | undefined) => {
    const req = http().delete(`/api/push/subscriptions/${id}`).set('X-Forwarded-For', nextIp());
    return token === undefined ? req : req.set('X-Subscription-Token', token);
  };
  const counts = async () =>
    (await sql.query(`SELECT (SELECT count(*)::int FROM push_subscriptions) AS subscriptions, (SELECT count(*)::int FROM audit_log) AS audits`))[0];
  const row = async (id: string) => (await sql.query(`SELECT * FROM push_subscriptions WHERE id = $1`, [id]))[0];
  const validBody = (subscription: PushSubscriptionJson = fcm()) => ({ subscription, language: 'zh-Hant', areas: [areas[0].id] });

  beforeAll(async () => {
    db = await createTestDatabase();
    Object.assign(process.env, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      RATE_LIMIT_PUBLIC_PER_MINUTE: String(PUBLIC_LIMIT),
      TRUST_PROXY: 'true',
      BODY_LIMIT: '8kb',
      PUSH_ALLOW_LOOPBACK: 'false',
    });
    delete process.env.PUSH_ENDPOINT_ALLOWLIST; // the production default: the real push services only
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule, DatabaseModule, ApiObservabilityModule, AuthModule, AuditModule, RateLimitModule, PushModule],
    })
      .overrideProvider(PUSH_HOST_RESOLVER)
      .useValue(resolver)
      .compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
    configureApp(app as NestExpressApplication, app.get(AppConfig));
    await app.init();
    sql = app.get(DataSource);
    expect(app.get(AppConfig).push.allowLoopback).toBe(false);

    areas = referenceData().areas;
    await sql.transaction((m) =>
      app.get(ReferenceRepository).upsertAreas(
        m,
        areas.map((a) => ({ id: a.id, kind: a.kind, names: a.names, geometry: a.outline, centroidLat: a.centroid.lat, centroidLon: a.centroid.lon })),
      ),
    );
    admin = await insertStaff(app, { username: 'adm.push', role: 'admin' });
    operator = await insertStaff(app, { username: 'op.push', role: 'operator' });
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await deleteRedisKeys(prefix, TEST_REDIS_URL);
  });

  it('subscribes, updates and unsubscribes with the manage token, storing only its hash and writing no audit rows', async () => {
    const before = await counts();
    const subscription = fcm();
    const res = await subscribe({ subscription, language: 'zh-Hant', areas: [areas[0].id, areas[1].id], enrolledForDrills: true }).expect(201);
    const { id, manageToken } = res.body as { id: string; manageToken: string };
    expect(manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const stored = await row(id);
    expect(stored).toMatchObject({
      endpoint: subscription.endpoint,
      p256dh: subscription.keys.p256dh,
      auth: subscription.keys.auth,
      language: 'zh-Hant',
      area_ids: [areas[0].id, areas[1].id],
      enrolled_for_drills: true,
      test_device: false,
      failure_count: 0,
      last_success_at: null,
    });
    expect(Buffer.from(stored.manage_token_hash).equals(createHash('sha256').update(manageToken).digest())).toBe(true);
    expect(JSON.stringify(stored)).not.toContain(manageToken);

    const updated = await patch(id, manageToken, { language: 'pt', areas: [areas[2].id], enrolledForDrills: false }).expect(200);
    expect(updated.body).toEqual({ id, language: 'pt', areas: [areas[2].id], enrolledForDrills: false });
    expect(await row(id)).toMatchObject({ language: 'pt', area_ids: [areas[2].id], enrolled_for_drills: false });

    await remove(id, manageToken).expect(204);
    expect(await row(id)).toBeUndefined();
    await remove(id, manageToken).expect(404);
    expect(await counts()).toEqual(before);
  });

  it('maps a location to the area containing it', async () => {
    const area = areas.find((a) => pointInPolygon([a.centroid.lon, a.centroid.lat], a.outline.coordinates))!;
    expect(area).toBeDefined();
    const res = await subscribe({ subscription: fcm(), language: 'en', location: { lat: area.centroid.lat, lon: area.centroid.lon } }).expect(201);
    expect((await row(res.body.id)).area_ids).toEqual([area.id]);
    const other = areas.find((a) => a.id !== area.id && pointInPolygon([a.centroid.lon, a.centroid.lat], a.outline.coordinates));
    if (other) {
      await patch(res.body.id, res.body.manageToken, { location: { lat: other.centroid.lat, lon: other.centroid.lon } }).expect(200);
      expect((await row(res.body.id)).area_ids).toEqual([other.id]);
    }
  });

  it('keeps one row and the same id when the same endpoint subscribes again, and replaces the manage token', async () => {
    const subscription = fcm();
    const first = (await subscribe(validBody(subscription)).expect(201)).body;
    const renewed = createTestSubscription('https://fcm.googleapis.com/fcm/send').subscription;
    const second = (await subscribe({ subscription: { ...renewed, endpoint: subscription.endpoint }, language: 'en', areas: [areas[1].id] }).expect(200)).body;
    expect(second.id).toBe(first.id);
    expect(second.manageToken).not.toBe(first.manageToken);
    const rows = await sql.query(`SELECT * FROM push_subscriptions WHERE endpoint = $1`, [subscription.endpoint]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ language: 'en', area_ids: [areas[1].id], p256dh: renewed.keys.p256dh });
    await patch(first.id, first.manageToken, { language: 'pt' }).expect(404);
    await patch(first.id, second.manageToken, { language: 'pt' }).expect(200);
  });

  describe('bad input: a clear 4xx and nothing stored', () => {
    const offCurve = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]).toString('base64url');
    const withEndpoint = (endpoint: string) => () => validBody({ ...fcm(), endpoint });
    const withKeys = (keys: Partial<PushSubscriptionJson['keys']>) => () => {
      const s = fcm();
      return validBody({ ...s, keys: { ...s.keys, ...keys } });
    };
    it.each<[string, () => object, number, string, RegExp]>([
      ['an http endpoint', withEndpoint('http://fcm.googleapis.com/fcm/send/abc'), 400, 'push_endpoint_not_https', /https/],
      ['a host off the allow-list', withEndpoint('https://push.attacker.example/abc'), 400, 'push_endpoint_host_not_allowed', /push\.attacker\.example is not a known push service/],
      ['a loopback address', withEndpoint('https://127.0.0.1/abc'), 400, 'push_endpoint_ip_literal', /not an IP address/],
      ['a decimal address', withEndpoint('https://2130706433/abc'), 400, 'push_endpoint_ip_literal', /not an IP address/],
      ['an octal address', withEndpoint('https://0177.0.0.1/abc'), 400, 'push_endpoint_ip_literal', /not an IP address/],
      ['an IPv6-mapped address', withEndpoint('https://[::ffff:127.0.0.1]/abc'), 400, 'push_endpoint_ip_literal', /not an IP address/],
      ['a link-local address', withEndpoint('https://169.254.169.254/latest'), 400, 'push_endpoint_ip_literal', /not an IP address/],
      ['an allow-listed host resolving to a private address', withEndpoint('https://internal.fcm.googleapis.com/x'), 400, 'push_endpoint_private_address', /10\.0\.0\.5/],
      ['credentials in the endpoint', withEndpoint('https://user:pw@fcm.googleapis.com/x'), 400, 'push_endpoint_credentials', /user name or password/],
      ['a p256dh that is not base64url', withKeys({ p256dh: 'not base64!' }), 400, 'push_key_p256dh_invalid', /base64url/],
      ['a p256dh of the wrong length', withKeys({ p256dh: Buffer.alloc(33, 4).toString('base64url') }), 400, 'push_key_p256dh_invalid', /65-byte/],
      ['a p256dh off the curve', withKeys({ p256dh: offCurve }), 400, 'push_key_p256dh_invalid', /not a point on the P-256 curve/],
      ['an auth secret of the wrong length', withKeys({ auth: Buffer.alloc(8).toString('base64url') }), 400, 'push_key_auth_invalid', /16-byte/],
      ['missing keys', () => ({ ...validBody(), subscription: { endpoint: fcm().endpoint } }), 400, 'validation_failed', /subscription\.keys must be an object/],
      ['an unknown language', () => ({ ...validBody(), language: 'fr' }), 400, 'validation_failed', /language must be one of: zh-Hans, zh-Hant, pt, en/],
      ['an unknown area', () => ({ ...validBody(), areas: ['atlantis'] }), 400, 'push_area_unknown', /Unknown area id\(s\): atlantis/],
      ['a malformed area id', () => ({ ...validBody(), areas: ['<script>'] }), 400, 'validation_failed', /each area must be an area id/],
      ['no areas and no location', () => ({ subscription: fcm(), language: 'en' }), 400, 'push_areas_required', /areas .* or a location/],
      ['both areas and a location', () => ({ ...validBody(), location: { lat: 22.13, lon: 113.53 } }), 400, 'push_areas_ambiguous', /not both/],
      ['a location in Macau, outside Hengqin', () => ({ subscription: fcm(), language: 'pt', location: { lat: 22.195, lon: 113.545 } }), 400, 'push_location_outside_areas', /not inside any alerting area/],
      ['a location that is not a position', () => ({ subscription: fcm(), language: 'pt', location: { lat: 200, lon: 'x' } }), 400, 'validation_failed', /location\.lat must be between -90 and 90/],
      ['testDevice in the body', () => ({ ...validBody(), testDevice: true }), 400, 'validation_failed', /property testDevice should not exist/],
      ['an id in the body', () => ({ ...validBody(), id: '0d9f4a52-6a53-4c6a-9a8e-000000000001' }), 400, 'validation_failed', /property id should not exist/],
      ['failureCount in the body', () => ({ ...validBody(), failureCount: 0 }), 400, 'validation_failed', /property failureCount should not exist/],
      ['an oversize body', () => ({ ...validBody(), areas: Array.from({ length: 2000 }, (_, i) => `area-${i}`) }), 413, 'payload_too_large', /larger than the server accepts/],
    ])('refuses %s', async (_what, body, status, code, message) => {
      const before = await counts();
      const res = await subscribe(body()).expect(status);
      expect(res.body.code).toBe(code);
      expect(res.body.message).toMatch(message);
      expect(await counts()).toEqual(before);
    });

    it('refuses privileged fields and unknown areas on update, changing nothing', async () => {
      const { id, manageToken } = (await subscribe(validBody()).expect(201)).body;
      const stored = await row(id);
      for (const [body, code] of [
        [{ testDevice: true }, 'validation_failed'],
        [{ failureCount: 0 }, 'validation_failed'],
        [{ areas: ['atlantis'] }, 'push_area_unknown'],
        [{ language: 'klingon' }, 'validation_failed'],
        [{}, 'push_nothing_to_update'],
      ] as const) {
        const res = await patch(id, manageToken, body).expect(400);
        expect(res.body.code).toBe(code);
      }
      expect(await row(id)).toEqual(stored);
    });
  });

  it('answers 404 alike for a missing token, a wrong token, another subscription’s token and an unknown id', async () => {
    const mine = (await subscribe(validBody()).expect(201)).body;
    const theirs = (await subscribe(validBody()).expect(201)).body;
    const stored = await row(mine.id);
    const attempts: [string, string | undefined][] = [
      [mine.id, undefined],
      [mine.id, randomBytes(32).toString('base64url')],
      [mine.id, theirs.manageToken],
      [mine.id, 'short'],
      ['0d9f4a52-6a53-4c6a-9a8e-000000000000', mine.manageToken],
      ['not-a-uuid', mine.manageToken],
    ];
    const bodies = new Set<string>();
    for (const [id, token] of attempts) {
      const updated = await patch(id, token, { language: 'en' }).expect(404);
      const removed = await remove(id, token).expect(404);
      for (const res of [updated, removed]) {
        expect(res.body.code).toBe('push_subscription_not_found');
        bodies.add(res.body.message);
      }
    }
    expect([...bodies]).toHaveLength(1); // nothing in the answer tells the cases apart
    expect(await row(mine.id)).toEqual(stored);
  });

  it('lets only an admin flag a test device, and audits it', async () => {
    const { id } = (await subscribe(validBody()).expect(201)).body;
    const flag = (who: TestStaff | undefined, body: object, target = id) => {
      const req = http().patch(`/api/push/subscriptions/${target}/test-device`);
      return (who ? req.set('Authorization', `Bearer ${who.token}`) : req).send(body);
    };
    await flag(undefined, { testDevice: true }).expect(401);
    expect((await flag(operator, { testDevice: true }).expect(403)).body.code).toBe('forbidden_role');
    expect((await flag(admin, { testDevice: 'yes' }).expect(400)).body.message).toMatch(/testDevice must be true or false/);
    await flag(admin, { testDevice: true }, '0d9f4a52-6a53-4c6a-9a8e-000000000000').expect(404);
    expect((await row(id)).test_device).toBe(false);

    expect((await flag(admin, { testDevice: true }).expect(200)).body).toEqual({ id, testDevice: true });
    expect((await row(id)).test_device).toBe(true);
    const audits = await sql.query(`SELECT * FROM audit_log WHERE entity_id = $1`, [id]);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: 'push_subscription.test_device_set', entity_type: 'push_subscription', actor_id: admin.id });
    expect(audits[0].summary).toMatchObject({ before: { testDevice: false }, after: { testDevice: true } });
  });

  it('answers 429 with Retry-After to a flood from one address, storing nothing past the limit', async () => {
    const ip = '203.0.113.77';
    const before = await counts();
    for (let i = 0; i < PUBLIC_LIMIT; i++) await subscribe(validBody(), ip).expect(201);
    const flooded = await subscribe(validBody(), ip).expect(429);
    expect(flooded.body.code).toBe('rate_limited');
    expect(Number(flooded.headers['retry-after'])).toBeGreaterThan(0);
    expect((await counts()).subscriptions).toBe(before.subscriptions + PUBLIC_LIMIT);
    await subscribe(validBody(), '203.0.113.78').expect(201); // other addresses are unaffected
  });

  it('serves one VAPID public key, generated once and kept', async () => {
    const first = (await http().get('/api/push/vapid-public-key').expect(200)).body;
    const second = (await http().get('/api/push/vapid-public-key').expect(200)).body;
    expect(first.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(second).toEqual(first);
    expect(await sql.query(`SELECT public_key FROM vapid_keys`)).toEqual([{ public_key: first.publicKey }]);
  });

  it('agrees on one VAPID pair when two processes create it at once, and never regenerates it', async () => {
    const other = await createTestDatabase();
    const sources = [0, 1].map(() => new DataSource({ type: 'postgres', url: other.url, entities: [] }));
    try {
      await Promise.all(sources.map((s) => s.initialize()));
      const stores = sources.map((s) => new VapidKeyRepository(s));
      for (let round = 0; round < 10; round++) {
        await sources[0].query(`DELETE FROM vapid_keys`);
        const candidates = [generateVapidKeys(), generateVapidKeys()];
        const results = await Promise.all(stores.map((store, i) => loadOrCreateVapidKeys(store, () => candidates[i])));
        expect(results[1]).toEqual(results[0]);
        expect(candidates).toContainEqual(results[0]);
        const rows = await sources[1].query(`SELECT public_key, private_key FROM vapid_keys`);
        expect(rows).toEqual([{ public_key: results[0].publicKey, private_key: results[0].privateKey }]);
        // Later starts load the stored pair; the generator is not even asked.
        expect(await loadOrCreateVapidKeys(stores[1], () => { throw new Error('regenerated'); })).toEqual(results[0]);
      }
      // A damaged pair is an error, not a reason to make a new one.
      await sources[0].query(`UPDATE vapid_keys SET private_key = $1`, [generateVapidKeys().privateKey]);
      const damaged = await sources[0].query(`SELECT * FROM vapid_keys`);
      await expect(loadOrCreateVapidKeys(stores[0])).rejects.toThrow(/do not regenerate it/);
      expect(await sources[0].query(`SELECT * FROM vapid_keys`)).toEqual(damaged);
    } finally {
      await Promise.all(sources.map((s) => (s.isInitialized ? s.destroy() : undefined)));
      await other.drop();
    }
  });
});
