import { createECDH, randomBytes } from 'node:crypto';
import { Agent } from 'node:https';
import webpush from 'web-push';

/**
 * The reference point: a plain loop over web-push's `sendNotification` with the library's defaults, `inFlight`
 * requests at a time, to the same push service. The only option given is an https agent that trusts the local
 * service's certificate, configured like Node's global agent (keep-alive, no socket limit). Returns pushes/s.
 */
export async function runWebPushBaseline(options: { endpointBase: string; ca: string; messages: number; payload: string; inFlight?: number }): Promise<{ pushesPerSecond: number; failures: number }> {
  const vapid = webpush.generateVAPIDKeys();
  const agent = new Agent({ keepAlive: true, ca: options.ca });
  const subscriptions = Array.from({ length: options.messages }, (_, i) => {
    const ecdh = createECDH('prime256v1');
    return {
      endpoint: `${options.endpointBase}/baseline-${i}`,
      keys: { p256dh: ecdh.generateKeys().toString('base64url'), auth: randomBytes(16).toString('base64url') },
    };
  });
  let next = 0;
  let failures = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < subscriptions.length) {
      const subscription = subscriptions[next++]!;
      try {
        await webpush.sendNotification(subscription, options.payload, {
          vapidDetails: { subject: 'mailto:bench@example.org', publicKey: vapid.publicKey, privateKey: vapid.privateKey },
          agent,
        });
      } catch {
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.inFlight ?? 64 }, lane));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { pushesPerSecond: options.messages / seconds, failures };
}
