import type { PushSubscriptionJson } from '@app/contracts';
import type { HostResolver } from './host-resolver.js';
import { checkPushEndpoint, type PushEndpointPolicy, type PushEndpointTarget } from './push-endpoint.policy.js';
import { validateSubscriptionKeys } from './subscription-keys.js';

/**
 * Everything a new or updated subscription must pass before it is stored: the keys (no network) first, then the
 * endpoint with its DNS check.
 */
export async function checkPushSubscription(
  subscription: PushSubscriptionJson,
  policy: PushEndpointPolicy,
  resolve?: HostResolver,
): Promise<PushEndpointTarget> {
  validateSubscriptionKeys(subscription.keys);
  return checkPushEndpoint(subscription.endpoint, policy, resolve);
}
