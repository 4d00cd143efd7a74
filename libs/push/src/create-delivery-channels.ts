import type { AppConfig } from '@app/config';
import { WebPushChannel } from './channels/web-push/web-push.channel.js';
import type { VapidKeys } from './channels/web-push/vapid-keys.js';
import { DeliveryChannels } from './delivery-channels.js';
import type { HostResolver } from './endpoint-guard/host-resolver.js';

/** The channels configured for this process (Web Push now; SMS and webhooks join here). */
export function createDeliveryChannels(config: Pick<AppConfig, 'push'>, deps: { vapidKeys: VapidKeys; resolve?: HostResolver }): DeliveryChannels {
  const { push } = config;
  return new DeliveryChannels([
    new WebPushChannel({
      vapidKeys: deps.vapidKeys,
      vapidSubject: push.vapidSubject,
      policy: { allowedHosts: push.endpointAllowlist, allowLoopback: push.allowLoopback },
      concurrency: push.concurrency,
      timeoutMs: push.timeoutMs,
      resolve: deps.resolve,
    }),
  ]);
}
