import { isLoopbackAddress, isPublicAddress } from './address-ranges.js';
import { systemResolver, type HostResolver } from './host-resolver.js';
import { isIpLiteral } from './ip-literal.js';
import { PushEndpointError } from './push-endpoint.error.js';

/** Which endpoints a push subscription may use. */
export interface PushEndpointPolicy {
  /** Host names allowed exactly or as a parent domain (`push.services.mozilla.com` allows `updates.push.services.mozilla.com`). */
  allowedHosts: readonly string[];
  /**
   * Test and benchmark setups only: also accept loopback hosts (`127.0.0.1`, `[::1]`, `localhost`), over http or
   * https, without the allow-list. Nothing else private becomes reachable.
   */
  allowLoopback?: boolean;
}

/** The parts of an accepted endpoint the sender needs. */
export interface PushEndpointTarget {
  url: URL;
  /** Lower-case host name without brackets or trailing dot; the key for per-host throttling. */
  host: string;
  /** Loopback target accepted only because the policy allows loopback. */
  loopback: boolean;
}

function normalHost(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.$/, '');
}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || (isIpLiteral(host) && isLoopbackAddress(host));
}

/** True when the host is an allow-listed host or a sub-domain of one. */
export function isAllowedPushHost(host: string, allowedHosts: readonly string[]): boolean {
  return allowedHosts.some((allowed) => host === allowed || host.endsWith('.' + allowed));
}

/**
 * The checks that need no network: a parsable https URL without credentials, a host name (not an address in any
 * spelling) on the allow-list. Cheap enough to run again before every send.
 */
export function parsePushEndpoint(endpoint: string, policy: PushEndpointPolicy): PushEndpointTarget {
  let url: URL;
  try {
    if (typeof endpoint !== 'string' || endpoint.length > 2048) throw new Error('not a string');
    url = new URL(endpoint);
  } catch {
    throw new PushEndpointError('push_endpoint_invalid_url', 'The subscription endpoint is not a valid URL.');
  }
  const host = normalHost(url);
  const loopback = policy.allowLoopback === true && isLoopbackHost(host);
  if (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:')) {
    throw new PushEndpointError('push_endpoint_not_https', `The subscription endpoint must use https:// (got ${url.protocol}//).`);
  }
  if (url.username || url.password) {
    throw new PushEndpointError('push_endpoint_credentials', 'The subscription endpoint must not contain a user name or password.');
  }
  if (loopback) return { url, host, loopback };
  if (isIpLiteral(host)) {
    throw new PushEndpointError('push_endpoint_ip_literal', `The subscription endpoint must name a push service host, not an IP address (got ${host}).`);
  }
  if (!isAllowedPushHost(host, policy.allowedHosts)) {
    throw new PushEndpointError('push_endpoint_host_not_allowed', `The subscription endpoint host ${host} is not a known push service.`);
  }
  return { url, host, loopback };
}

/** Whether a resolved address may be connected to for this target. */
export function isAcceptableAddress(address: string, loopback: boolean): boolean {
  return loopback ? isLoopbackAddress(address) : isPublicAddress(address);
}

/**
 * Full subscribe-time check: `parsePushEndpoint` plus DNS — every address the host resolves to must be public
 * (a single private answer refuses the endpoint, since a connection could pick it).
 */
export async function checkPushEndpoint(
  endpoint: string,
  policy: PushEndpointPolicy,
  resolve: HostResolver = systemResolver,
): Promise<PushEndpointTarget> {
  const target = parsePushEndpoint(endpoint, policy);
  if (target.loopback && isIpLiteral(target.host)) return target;
  let addresses: string[];
  try {
    addresses = await resolve(target.host);
  } catch {
    throw new PushEndpointError('push_endpoint_unresolvable', `The subscription endpoint host ${target.host} does not resolve.`);
  }
  if (addresses.length === 0) {
    throw new PushEndpointError('push_endpoint_unresolvable', `The subscription endpoint host ${target.host} does not resolve.`);
  }
  const refused = addresses.find((address) => !isAcceptableAddress(address, target.loopback));
  if (refused !== undefined) {
    throw new PushEndpointError(
      'push_endpoint_private_address',
      `The subscription endpoint host ${target.host} resolves to a private or reserved address (${refused}).`,
    );
  }
  return target;
}
