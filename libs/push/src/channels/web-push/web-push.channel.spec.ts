import { FakePushService, createTestSubscription, type TestSubscription } from '@app/testing';
import type { DeliveryBatch, DeliveryMessage } from '../../delivery-channel.js';
import { DeliveryChannels } from '../../delivery-channels.js';
import { encryptPayload } from './payload-encryption.js';
import { generateVapidKeys } from './vapid-keys.js';
import { WebPushChannel, type WebPushChannelOptions } from './web-push.channel.js';

const vapidKeys = generateVapidKeys();
const TOPIC = '3f2504e04f8911d39a0c0305e82c3301';

function channel(overrides: Partial<WebPushChannelOptions> = {}): WebPushChannel {
  return new WebPushChannel({
    vapidKeys,
    vapidSubject: 'mailto:ops@example.org',
    policy: { allowedHosts: ['fcm.googleapis.com'], allowLoopback: true },
    concurrency: 16,
    timeoutMs: 5_000,
    ...overrides,
  });
}

function batch(messages: DeliveryMessage[], overrides: Partial<DeliveryBatch> = {}): DeliveryBatch {
  return { topic: TOPIC, expiresAt: new Date(Date.now() + 3600_000), urgency: 'high', messages, ...overrides };
}

function message(sub: TestSubscription, payload: Uint8Array): DeliveryMessage {
  return { id: sub.id, target: { channel: 'web-push', subscription: sub.subscription }, payload };
}

describe('WebPushChannel against a local push service', () => {
  const services: FakePushService[] = [];
  const channels: WebPushChannel[] = [];
  const service = async (options?: ConstructorParameters<typeof FakePushService>[0]) => {
    const s = await new FakePushService(options).start();
    services.push(s);
    return s;
  };
  const open = (overrides?: Partial<WebPushChannelOptions>) => {
    const c = channel(overrides);
    channels.push(c);
    return c;
  };

  afterEach(async () => {
    await Promise.all(channels.splice(0).map((c) => c.close()));
    await Promise.all(services.splice(0).map((s) => s.stop()));
  });

  it('delivers payloads the receiving side decrypts, with TTL, Urgency and Topic, signing VAPID once per origin', async () => {
    const push = await service();
    const other = await service();
    const web = open();
    const payload = Buffer.from(JSON.stringify({ alertId: 'a1', title: '八號風球 Sinal 8', body: '請留在室內 — stay indoors' }));
    const subs = Array.from({ length: 40 }, () => push.createSubscription());
    const otherSubs = Array.from({ length: 10 }, () => other.createSubscription());
    const results = await web.send(batch([...subs, ...otherSubs].map((s) => message(s, payload)), { expiresAt: new Date(Date.now() + 600_000) }));

    expect(results.map((r) => r.outcome.kind)).toEqual(new Array(50).fill('sent'));
    expect(results[0]!.outcome).toEqual({ kind: 'sent', status: 201, reason: '201 Created' });
    expect(push.refusals).toEqual([]);
    expect(push.decryptFailures).toBe(0);
    expect(push.messages).toHaveLength(40);
    for (const received of [...push.messages, ...other.messages]) {
      expect(received.plaintext).toBe(payload.toString('utf8'));
      expect(received.urgency).toBe('high');
      expect(received.topic).toBe(TOPIC);
      expect(received.ttl).toBeGreaterThan(590);
      expect(received.ttl).toBeLessThanOrEqual(600);
    }
    expect(push.acceptedByTopic.get(TOPIC)).toBe(40);
    // Two origins, two signatures: never one per message.
    expect(web.vapid.signatures).toBe(2);
    expect(push.vapidTokensVerified).toBe(1);

    await web.send(batch(subs.slice(0, 5).map((s) => message(s, payload))));
    expect(web.vapid.signatures).toBe(2);
  });

  it('uses a fresh key and salt for every message', () => {
    const sub = createTestSubscription('https://fcm.googleapis.com/fcm/send');
    const p256dh = Buffer.from(sub.subscription.keys.p256dh, 'base64url');
    const auth = Buffer.from(sub.subscription.keys.auth, 'base64url');
    const a = encryptPayload(Buffer.from('same'), p256dh, auth);
    const b = encryptPayload(Buffer.from('same'), p256dh, auth);
    expect(a.subarray(0, 16).equals(b.subarray(0, 16))).toBe(false);
    expect(a.subarray(21, 86).equals(b.subarray(21, 86))).toBe(false);
    expect(a.readUInt32BE(16)).toBe(4096);
    expect(a[20]).toBe(65);
    expect(() => encryptPayload(Buffer.alloc(3994), p256dh, auth)).toThrow(/3994 bytes; at most 3993/);
    expect(encryptPayload(Buffer.alloc(3993), p256dh, auth)).toHaveLength(4096);
  });

  it('classifies every answer of the push service', async () => {
    const push = await service();
    const web = open({ timeoutMs: 1_000 });
    const cases: [string, Parameters<FakePushService['fail']>[1] | null, string, number | null][] = [
      ['ok', null, 'sent', 201],
      ['gone', { kind: 'status', status: 410 }, 'gone', 410],
      ['notfound', { kind: 'status', status: 404 }, 'gone', 404],
      ['toolarge', { kind: 'status', status: 413, body: 'payload too big' }, 'rejected', 413],
      ['bad', { kind: 'status', status: 400 }, 'rejected', 400],
      ['slow', { kind: 'status', status: 429, retryAfter: '7' }, 'throttled', 429],
      ['broken', { kind: 'status', status: 500 }, 'retry', 500],
      ['unavailable', { kind: 'status', status: 503 }, 'retry', 503],
      ['reset', { kind: 'reset' }, 'retry', null],
      ['hang', { kind: 'hang' }, 'retry', null],
    ];
    // One push-service host per case, so the 429 does not throttle the others.
    const results = [];
    for (const [id, fault, kind, status] of cases) {
      const s = id === 'ok' ? push : await service();
      if (fault) s.fail(id, fault);
      const [result] = await web.send(batch([message(s.register(createTestSubscription(s.endpointBase, id)), Buffer.from('x'))]));
      results.push([id, result!.outcome.kind, result!.outcome.status]);
      expect(result!.outcome.kind, id).toBe(kind);
      expect(result!.outcome.status, id).toBe(status);
      if (id === 'slow') expect(result!.outcome.retryAfterMs).toBe(7_000);
      if (id === 'toolarge') expect(result!.outcome.reason).toBe('413 Payload Too Large: payload too big');
      if (id === 'hang') expect(result!.outcome.reason).toBe('timeout after 1000 ms');
    }
    expect(results).toHaveLength(cases.length);
  });

  it('pauses only the host that answered 429 and keeps sending to the others', async () => {
    const throttling = await service({ delayMs: 20 });
    const healthy = await service({ delayMs: 20 });
    throttling.fail('*', { kind: 'status', status: 429, retryAfter: '120' });
    const web = open({ concurrency: 4 });
    const slowSubs = Array.from({ length: 30 }, () => throttling.createSubscription());
    const goodSubs = Array.from({ length: 30 }, () => healthy.createSubscription());
    const interleaved = slowSubs.flatMap((s, i) => [message(s, Buffer.from('a')), message(goodSubs[i]!, Buffer.from('b'))]);

    const started = Date.now();
    const results = await web.send(batch(interleaved));
    expect(Date.now() - started).toBeLessThan(5_000);

    const byId = new Map(results.map((r) => [r.id, r.outcome]));
    expect(goodSubs.map((s) => byId.get(s.id)!.kind)).toEqual(new Array(30).fill('sent'));
    const slowKinds = slowSubs.map((s) => byId.get(s.id)!.kind);
    expect(slowKinds.filter((k) => k === 'throttled').length).toBeGreaterThan(20);
    // After the 429 the host was not contacted again in this batch.
    expect([...throttling.attemptsById.values()].reduce((a, b) => a + b, 0)).toBeLessThan(10);
    const paused = slowSubs.map((s) => byId.get(s.id)!).find((o) => o.status === null && o.kind === 'throttled')!;
    expect(paused.retryAfterMs).toBeGreaterThan(110_000);
    expect(paused.retryAfterMs).toBeLessThanOrEqual(120_000);

    // A later batch still skips the paused host without a request, and still reaches the other.
    const before = throttling.attemptsById.size;
    const again = await web.send(batch([message(slowSubs[0]!, Buffer.from('a')), message(goodSubs[0]!, Buffer.from('b'))]));
    expect(again.map((r) => r.outcome.kind)).toEqual(['throttled', 'sent']);
    expect(throttling.attemptsById.size).toBe(before);
  });

  it('keeps at most PUSH_CONCURRENCY requests in flight', async () => {
    const push = await service({ delayMs: 15, decrypt: 'none' });
    const web = open({ concurrency: 6 });
    const subs = Array.from({ length: 60 }, () => push.createSubscription());
    const results = await web.send(batch(subs.map((s) => message(s, Buffer.from('x')))));
    expect(results.every((r) => r.outcome.kind === 'sent')).toBe(true);
    expect(push.peakInFlight).toBeLessThanOrEqual(6);
    expect(web.peakInFlight).toBe(6);
    expect(web.inFlight).toBe(0);
  });

  it('keeps PUSH_CONCURRENCY requests in flight for the whole process when several batches send at once', async () => {
    const push = await service({ delayMs: 15, decrypt: 'none' });
    const web = open({ concurrency: 6 });
    const batches = Array.from({ length: 3 }, () => Array.from({ length: 20 }, () => push.createSubscription()));
    const results = await Promise.all(batches.map((subs) => web.send(batch(subs.map((s) => message(s, Buffer.from('x')))))));
    expect(results.flat().every((r) => r.outcome.kind === 'sent')).toBe(true);
    expect(push.accepted).toBe(60);
    expect(push.peakInFlight).toBeLessThanOrEqual(6);
    expect(web.peakInFlight).toBe(6);
    expect(web.inFlight).toBe(0);
  });

  it('turns a hanging push service into retry after the timeout, without holding up other messages', async () => {
    const push = await service();
    const web = open({ timeoutMs: 300, concurrency: 4 });
    const subs = Array.from({ length: 8 }, () => push.createSubscription());
    push.fail(subs[0]!.id, { kind: 'hang' });
    const started = Date.now();
    const results = await web.send(batch(subs.map((s) => message(s, Buffer.from('x')))));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(results[0]!.outcome).toEqual({ kind: 'retry', status: null, reason: 'timeout after 300 ms' });
    expect(results.slice(1).map((r) => r.outcome.kind)).toEqual(new Array(7).fill('sent'));
  });

  it('pauses a host whose requests keep timing out, so the healthy host is not held up, and tries it again later', async () => {
    const hanging = await service();
    const healthy = await service({ delayMs: 10 });
    hanging.fail('*', ...Array.from({ length: 200 }, () => ({ kind: 'hang' as const })));
    let now = Date.now();
    const web = open({ timeoutMs: 300, concurrency: 4, now: () => now });
    const deadSubs = Array.from({ length: 30 }, () => hanging.createSubscription());
    const goodSubs = Array.from({ length: 30 }, () => healthy.createSubscription());
    const interleaved = deadSubs.flatMap((s, i) => [message(s, Buffer.from('a')), message(goodSubs[i]!, Buffer.from('b'))]);

    const tick = setInterval(() => (now = Date.now()), 5);
    try {
      const started = Date.now();
      const results = await web.send(batch(interleaved));
      // Without the breaker: 30 timeouts of 300 ms over 4 places, the healthy host waiting behind them.
      expect(Date.now() - started).toBeLessThan(1_500);
      const byId = new Map(results.map((r) => [r.id, r.outcome]));
      expect(goodSubs.map((s) => byId.get(s.id)!.kind)).toEqual(new Array(30).fill('sent'));
      const dead = deadSubs.map((s) => byId.get(s.id)!);
      expect(dead.filter((o) => o.kind === 'retry').length).toBeGreaterThanOrEqual(5);
      expect(dead.filter((o) => o.kind === 'retry').length).toBeLessThanOrEqual(8);
      const paused = dead.filter((o) => o.kind === 'throttled');
      expect(paused.length).toBeGreaterThanOrEqual(22);
      expect(paused.every((o) => o.status === null && o.retryAfterMs! > 1_000 && o.retryAfterMs! <= 2_000)).toBe(true);
      expect(web.breaker.pausedHosts()).toEqual([new URL(hanging.origin).host]);
      expect(web.inFlight).toBe(0);

      // A trial while the host still hangs keeps it paused; the message sent on trial costs no attempt.
      now += 2_000;
      const trial = await web.send(batch(deadSubs.slice(0, 1).map((s) => message(s, Buffer.from('a')))));
      expect(trial[0]!.outcome).toMatchObject({ kind: 'throttled', status: null });
      expect(trial[0]!.outcome.retryAfterMs).toBeGreaterThan(0);
      expect(web.breaker.pausedHosts()).toEqual([new URL(hanging.origin).host]);

      // Once the pause is over a few trial requests go; the host answers again and the breaker closes.
      hanging.clearFaults();
      now += 4_000;
      const again = await web.send(batch(deadSubs.slice(0, 3).map((s) => message(s, Buffer.from('a')))));
      expect(again.map((r) => r.outcome.kind)).toEqual(['sent', 'sent', 'sent']);
      expect(web.breaker.pausedHosts()).toEqual([]);
    } finally {
      clearInterval(tick);
    }
  });

  it('stops before each message once the batch says so; requests in flight finish', async () => {
    const push = await service({ delayMs: 30 });
    const web = open({ concurrency: 4 });
    const subs = Array.from({ length: 40 }, () => push.createSubscription());
    let stopped = false;
    const watch = setInterval(() => {
      if (push.accepted >= 8) stopped = true;
    }, 1);
    try {
      const results = await web.send(
        batch(subs.map((s) => message(s, Buffer.from('x'))), { stop: () => (stopped ? { kind: 'cancelled', status: null, reason: 'alert cancelled' } : null) }),
      );
      const kinds = results.map((r) => r.outcome.kind);
      const sent = kinds.filter((k) => k === 'sent').length;
      expect(sent).toBe(push.accepted);
      // What was accepted when the stop came, plus at most the places in flight then.
      expect(sent).toBeGreaterThanOrEqual(8);
      expect(sent).toBeLessThanOrEqual(8 + 4 + 1);
      expect(kinds.filter((k) => k === 'cancelled')).toHaveLength(40 - sent);
      expect(results.find((r) => r.outcome.kind === 'cancelled')!.outcome).toEqual({ kind: 'cancelled', status: null, reason: 'alert cancelled' });
      expect(web.inFlight).toBe(0);
    } finally {
      clearInterval(watch);
    }
  });

  it('refuses, without a request, endpoints the policy forbids, bad keys, oversize payloads and expired alerts', async () => {
    const push = await service();
    const strict = open({ policy: { allowedHosts: ['fcm.googleapis.com'] } });
    const sub = push.createSubscription();
    const [loopbackRefused] = await strict.send(batch([message(sub, Buffer.from('x'))]));
    expect(loopbackRefused!.outcome).toMatchObject({ kind: 'rejected', status: null, reason: expect.stringContaining('https://') });

    const web = open();
    const badKeys = { ...sub, subscription: { ...sub.subscription, keys: { ...sub.subscription.keys, p256dh: 'AAAA' } } };
    const [bad] = await web.send(batch([message(badKeys, Buffer.from('x'))]));
    expect(bad!.outcome.kind).toBe('rejected');
    const [big] = await web.send(batch([message(sub, Buffer.alloc(4000))]));
    expect(big!.outcome).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('4000 bytes') });
    const [late] = await web.send(batch([message(sub, Buffer.from('x'))], { expiresAt: new Date(Date.now() - 1000) }));
    expect(late!.outcome.kind).toBe('expired');
    expect(push.attemptsById.size).toBe(0);
  });

  it('refuses at connect time a name that resolves to a private address', async () => {
    const push = await service();
    const web = open({
      policy: { allowedHosts: ['push.example.test'] },
      resolve: async () => ['127.0.0.1'],
    });
    const sub = createTestSubscription(`https://push.example.test:${new URL(push.origin).port}/push`);
    const [result] = await web.send(batch([message(sub, Buffer.from('x'))]));
    expect(result!.outcome).toMatchObject({ kind: 'rejected', status: null, reason: expect.stringMatching(/refused at connect time: .*private or reserved address \(127\.0\.0\.1\)/) });
    expect(push.attemptsById.size).toBe(0);
  });

  it('connects through the guarded lookup when it resolves to an allowed address', async () => {
    const push = await service();
    let lookups = 0;
    const web = open({
      resolve: async (host) => {
        lookups += 1;
        expect(host).toBe('localhost');
        return ['127.0.0.1'];
      },
    });
    const sub = push.register(createTestSubscription(`http://localhost:${new URL(push.origin).port}/push`));
    const results = await web.send(batch([message(sub, Buffer.from('via name'))]));
    expect(results[0]!.outcome.kind).toBe('sent');
    expect(lookups).toBeGreaterThanOrEqual(1);
    expect(push.messages[0]!.plaintext).toBe('via name');
  });

  it('routes a mixed batch through DeliveryChannels', async () => {
    const push = await service();
    const web = open();
    const router = new DeliveryChannels([web]);
    const sub = push.createSubscription();
    expect(router.channelFor({ channel: 'web-push', subscription: sub.subscription })).toBe(web);
    const results = await router.send(batch([message(sub, Buffer.from('hello'))]));
    expect(results).toEqual([{ id: sub.id, outcome: { kind: 'sent', status: 201, reason: '201 Created' } }]);
    expect(push.messages[0]!.plaintext).toBe('hello');
  });
});
