import { Agent } from 'node:https';
import webpush from 'web-push';
import { FakePushService } from '@app/testing';
import { generateVapidKeys } from './vapid-keys.js';
import { WebPushChannel } from './web-push.channel.js';

describe('local TLS push service', () => {
  let push: FakePushService;
  beforeAll(async () => {
    push = await new FakePushService({ tls: true }).start();
  });
  afterAll(async () => {
    await push.stop();
  });

  it('accepts messages from the channel over keep-alive https, and from the web-push library alike', async () => {
    const vapidKeys = generateVapidKeys();
    const web = new WebPushChannel({
      vapidKeys,
      vapidSubject: 'mailto:ops@example.org',
      policy: { allowedHosts: [], allowLoopback: true },
      concurrency: 4,
      timeoutMs: 5_000,
      ca: push.certificate,
    });
    const ours = push.createSubscription();
    const theirs = push.createSubscription();
    expect(ours.subscription.endpoint).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/push\//);
    try {
      const [result] = await web.send({
        topic: 'tls',
        expiresAt: new Date(Date.now() + 60_000),
        urgency: 'high',
        messages: [{ id: ours.id, target: { channel: 'web-push', subscription: ours.subscription }, payload: Buffer.from('über TLS') }],
      });
      expect(result!.outcome.kind).toBe('sent');
    } finally {
      await web.close();
    }

    const agent = new Agent({ ca: push.certificate });
    const response = await webpush.sendNotification(theirs.subscription as webpush.PushSubscription, 'from web-push', {
      vapidDetails: { subject: 'mailto:ops@example.org', publicKey: vapidKeys.publicKey, privateKey: vapidKeys.privateKey },
      TTL: 60,
      agent,
    });
    agent.destroy();
    expect(response.statusCode).toBe(201);
    expect(push.refusals).toEqual([]);
    expect(push.messages.map((m) => m.plaintext)).toEqual(['über TLS', 'from web-push']);
  });
});
