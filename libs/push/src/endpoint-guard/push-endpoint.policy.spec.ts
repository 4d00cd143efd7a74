import { createECDH, randomBytes } from 'node:crypto';
import type { HostResolver } from './host-resolver.js';
import { checkPushEndpoint, parsePushEndpoint, type PushEndpointPolicy } from './push-endpoint.policy.js';
import { PushEndpointError } from './push-endpoint.error.js';
import { checkPushSubscription } from './push-subscription.check.js';
import { validateSubscriptionKeys } from './subscription-keys.js';
import { isLoopbackAddress, isPublicAddress } from './address-ranges.js';
import { isIpLiteral } from './ip-literal.js';

const policy: PushEndpointPolicy = {
  allowedHosts: ['fcm.googleapis.com', 'push.services.mozilla.com', 'web.push.apple.com', 'notify.windows.com', 'rebind.example.org'],
};

/** Public names resolve to a documentation-free public address; `rebind.example.org` to loopback; others fail. */
const resolver: HostResolver = async (host) => {
  const table: Record<string, string[]> = {
    'fcm.googleapis.com': ['142.250.74.106', '2a00:1450:4001:82b::200a'],
    'updates.push.services.mozilla.com': ['34.117.237.239'],
    'web.push.apple.com': ['17.253.144.10'],
    'wns2-par02p.notify.windows.com': ['20.42.65.84'],
    'rebind.example.org': ['93.184.216.34', '127.0.0.1'],
  };
  const addresses = table[host];
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return addresses;
};

async function refusal(endpoint: string, options: PushEndpointPolicy = policy): Promise<string> {
  try {
    await checkPushEndpoint(endpoint, options, resolver);
  } catch (err) {
    expect(err).toBeInstanceOf(PushEndpointError);
    expect((err as PushEndpointError).kind).toBe('invalid');
    return (err as PushEndpointError).code;
  }
  return 'accepted';
}

describe('push endpoint guard', () => {
  it.each([
    ['http://fcm.googleapis.com/fcm/send/abc', 'push_endpoint_not_https'],
    ['ftp://fcm.googleapis.com/x', 'push_endpoint_not_https'],
    ['not a url', 'push_endpoint_invalid_url'],
    ['https://user:pw@fcm.googleapis.com/fcm/send/abc', 'push_endpoint_credentials'],
    ['https://evil.example.com/push/abc', 'push_endpoint_host_not_allowed'],
    ['https://fcm.googleapis.com.evil.example/x', 'push_endpoint_host_not_allowed'],
    ['https://notfcm.googleapis.com/x', 'push_endpoint_host_not_allowed'],
    ['https://127.0.0.1/push', 'push_endpoint_ip_literal'],
    ['https://2130706433/push', 'push_endpoint_ip_literal'],
    ['https://0177.0.0.1/push', 'push_endpoint_ip_literal'],
    ['https://0x7f.1/push', 'push_endpoint_ip_literal'],
    ['https://127.1/push', 'push_endpoint_ip_literal'],
    ['https://[::1]/push', 'push_endpoint_ip_literal'],
    ['https://[::ffff:127.0.0.1]/push', 'push_endpoint_ip_literal'],
    ['https://169.254.169.254/latest/meta-data', 'push_endpoint_ip_literal'],
    ['https://10.1.2.3/push', 'push_endpoint_ip_literal'],
    ['https://192.168.1.10/push', 'push_endpoint_ip_literal'],
    ['https://[fd00::1]/push', 'push_endpoint_ip_literal'],
    ['https://8.8.8.8/push', 'push_endpoint_ip_literal'],
    ['https://rebind.example.org/push/abc', 'push_endpoint_private_address'],
    ['https://gone.push.services.mozilla.com/wpush/v2/x', 'push_endpoint_unresolvable'],
    ['https://fcm.googleapis.com/fcm/send/dGVzdA:APA91b', 'accepted'],
    ['https://FCM.googleapis.com./fcm/send/abc', 'accepted'],
    ['https://updates.push.services.mozilla.com/wpush/v2/gAAAAABk', 'accepted'],
    ['https://web.push.apple.com/QGuQyavXutnMH', 'accepted'],
    ['https://wns2-par02p.notify.windows.com/w/?token=BQYAAAD', 'accepted'],
  ])('%s → %s', async (endpoint, expected) => {
    expect(await refusal(endpoint)).toBe(expected);
  });

  it('allows loopback (http or https) only when the policy says so, and nothing else private', async () => {
    const testPolicy = { ...policy, allowLoopback: true };
    expect(await refusal('http://127.0.0.1:4000/push/a')).toBe('push_endpoint_not_https');
    expect(await refusal('http://127.0.0.1:4000/push/a', testPolicy)).toBe('accepted');
    expect(await refusal('http://[::1]:4000/push/a', testPolicy)).toBe('accepted');
    expect(await refusal('http://10.0.0.1/push/a', testPolicy)).toBe('push_endpoint_not_https');
    expect(await refusal('https://10.0.0.1/push/a', testPolicy)).toBe('push_endpoint_ip_literal');
    expect(await refusal('https://169.254.169.254/', testPolicy)).toBe('push_endpoint_ip_literal');
    expect(await refusal('http://fcm.googleapis.com/x', testPolicy)).toBe('push_endpoint_not_https');
    expect(await refusal('https://rebind.example.org/push/abc', testPolicy)).toBe('push_endpoint_private_address');
  });

  it('gives each refusal a message that says what was wrong', () => {
    expect(() => parsePushEndpoint('https://evil.example.com/x', policy)).toThrow('The subscription endpoint host evil.example.com is not a known push service.');
    expect(() => parsePushEndpoint('http://fcm.googleapis.com/x', policy)).toThrow('must use https://');
    expect(() => parsePushEndpoint('https://2130706433/', policy)).toThrow('not an IP address (got 127.0.0.1)');
  });

  it('recognises IP literals in raw host strings in every spelling', () => {
    for (const host of ['127.0.0.1', '2130706433', '0177.0.0.1', '0x7f.1', '0x7f000001', '[::1]', '::ffff:127.0.0.1', '127.1']) {
      expect(isIpLiteral(host), host).toBe(true);
    }
    for (const host of ['fcm.googleapis.com', '1.example', 'x0x7f.com']) expect(isIpLiteral(host), host).toBe(false);
  });

  it('classifies addresses: only public unicast passes, IPv6 forms that embed IPv4 are judged by the IPv4', () => {
    const refused = [
      '127.0.0.1', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
      '224.0.0.1', '255.255.255.255', '::', '::1', 'fe80::1', 'fe80::1%eth0', 'fd00::1', 'fc00::1', 'ff02::1',
      '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:a9fe:a9fe', '64:ff9b::7f00:1', '2002:7f00:1::1', '2001:db8::1',
    ];
    for (const address of refused) expect(isPublicAddress(address), address).toBe(false);
    for (const address of ['142.250.74.106', '8.8.8.8', '2a00:1450:4001:82b::200a', '::ffff:8.8.8.8', '2606:4700::1111']) {
      expect(isPublicAddress(address), address).toBe(true);
    }
    expect(isLoopbackAddress('127.8.9.1')).toBe(true);
    expect(isLoopbackAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('::1')).toBe(true);
    expect(isLoopbackAddress('10.0.0.1')).toBe(false);
  });
});

describe('subscription keys', () => {
  const goodKey = () => createECDH('prime256v1').generateKeys().toString('base64url');
  const goodAuth = () => randomBytes(16).toString('base64url');

  function keyError(keys: { p256dh?: unknown; auth?: unknown }): string {
    try {
      validateSubscriptionKeys(keys);
      return 'valid';
    } catch (err) {
      expect(err).toBeInstanceOf(PushEndpointError);
      return `${(err as PushEndpointError).code}: ${(err as Error).message}`;
    }
  }

  it('accepts a real browser key pair and auth secret', () => {
    expect(keyError({ p256dh: goodKey(), auth: goodAuth() })).toBe('valid');
  });

  it('refuses bad p256dh keys, saying why', () => {
    const point = Buffer.from(goodKey(), 'base64url');
    const offCurve = Buffer.from(point);
    offCurve[64] = offCurve[64]! ^ 1;
    const compressed = Buffer.concat([Buffer.from([2 + (point[64]! & 1)]), point.subarray(1, 33)]);
    expect(keyError({ p256dh: point.subarray(0, 64).toString('base64url'), auth: goodAuth() })).toMatch(/^push_key_p256dh_invalid: .*65-byte .*got 64 bytes/);
    expect(keyError({ p256dh: compressed.toString('base64url'), auth: goodAuth() })).toMatch(/^push_key_p256dh_invalid: .*got 33 bytes/);
    expect(keyError({ p256dh: offCurve.toString('base64url'), auth: goodAuth() })).toMatch(/^push_key_p256dh_invalid: .*not a point on the P-256 curve/);
    // Standard base64 characters (+ and /) are not base64url.
    expect(keyError({ p256dh: '+' + point.toString('base64url').slice(1), auth: goodAuth() })).toMatch(/^push_key_p256dh_invalid: .*base64url/);
    expect(keyError({ p256dh: point.toString('base64url') + '=', auth: goodAuth() })).toBe('valid');
    expect(keyError({ p256dh: 'not base64url!', auth: goodAuth() })).toMatch(/^push_key_p256dh_invalid/);
    expect(keyError({ p256dh: 42, auth: goodAuth() })).toMatch(/^push_key_p256dh_invalid/);
    expect(keyError({ auth: goodAuth() })).toMatch(/^push_key_p256dh_invalid/);
  });

  it('refuses bad auth secrets, saying why', () => {
    expect(keyError({ p256dh: goodKey(), auth: randomBytes(12).toString('base64url') })).toMatch(/^push_key_auth_invalid: .*16-byte .*got 12 bytes/);
    expect(keyError({ p256dh: goodKey(), auth: 'a+b/c==' })).toMatch(/^push_key_auth_invalid: .*base64url/);
    expect(keyError({ p256dh: goodKey() })).toMatch(/^push_key_auth_invalid/);
  });

  it('checks keys and endpoint together for a whole subscription', async () => {
    const keys = { p256dh: goodKey(), auth: goodAuth() };
    await expect(checkPushSubscription({ endpoint: 'https://fcm.googleapis.com/fcm/send/x', keys }, policy, resolver)).resolves.toMatchObject({
      host: 'fcm.googleapis.com',
    });
    await expect(checkPushSubscription({ endpoint: 'https://0x7f.1/x', keys }, policy, resolver)).rejects.toMatchObject({ code: 'push_endpoint_ip_literal' });
    await expect(
      checkPushSubscription({ endpoint: 'https://fcm.googleapis.com/fcm/send/x', keys: { ...keys, auth: 'x' } }, policy, resolver),
    ).rejects.toMatchObject({ code: 'push_key_auth_invalid' });
  });
});
