import { verify, createPublicKey } from 'node:crypto';
import { VapidHeaderCache } from './vapid-header.cache.js';
import { InMemoryVapidKeyStore, loadOrCreateVapidKeys, type VapidKeyStore } from './vapid-key.store.js';
import { generateVapidKeys, vapidSigningKey, type VapidKeys } from './vapid-keys.js';

function decodeHeader(header: string) {
  const match = /^vapid t=([^.]+)\.([^.]+)\.([^,]+), k=(.+)$/.exec(header)!;
  expect(match).not.toBeNull();
  const [, head, payload, signature, k] = match as unknown as [string, string, string, string, string];
  return { head, payload, signature, k, claims: JSON.parse(Buffer.from(payload, 'base64url').toString()) as { aud: string; exp: number; sub: string } };
}

describe('VAPID keys', () => {
  it('generates a usable P-256 pair in base64url', () => {
    const keys = generateVapidKeys();
    expect(Buffer.from(keys.publicKey, 'base64url')).toHaveLength(65);
    expect(Buffer.from(keys.privateKey, 'base64url')).toHaveLength(32);
    expect(() => vapidSigningKey(keys)).not.toThrow();
    expect(() => vapidSigningKey({ publicKey: generateVapidKeys().publicKey, privateKey: keys.privateKey })).toThrow();
  });

  it('generates once and persists, then always loads the stored pair', async () => {
    const store = new InMemoryVapidKeyStore();
    let generated = 0;
    const generate = () => {
      generated += 1;
      return generateVapidKeys();
    };
    const first = await loadOrCreateVapidKeys(store, generate);
    const second = await loadOrCreateVapidKeys(store, generate);
    expect(second).toEqual(first);
    expect(generated).toBe(1);
  });

  it('keeps the pair another process stored first', async () => {
    const winner = generateVapidKeys();
    const racing: VapidKeyStore = { load: async () => null, saveIfAbsent: async () => winner };
    expect(await loadOrCreateVapidKeys(racing)).toEqual(winner);
  });

  it('refuses unusable stored keys instead of regenerating them', async () => {
    const broken: VapidKeys = { publicKey: generateVapidKeys().publicKey, privateKey: 'AAAA' };
    let saved = false;
    const store: VapidKeyStore = {
      load: async () => broken,
      saveIfAbsent: async (keys) => {
        saved = true;
        return keys;
      },
    };
    await expect(loadOrCreateVapidKeys(store)).rejects.toThrow(/stored VAPID key pair is unusable.*do not regenerate/);
    expect(saved).toBe(false);
  });
});

describe('VapidHeaderCache', () => {
  const keys = generateVapidKeys();

  it('signs one token per origin and reuses it; the token verifies with the public key', () => {
    let now = Date.parse('2026-09-01T00:00:00Z');
    const cache = new VapidHeaderCache({ keys, subject: 'mailto:ops@example.org', now: () => now });
    const a = cache.headerFor('https://fcm.googleapis.com');
    for (let i = 0; i < 100; i++) expect(cache.headerFor('https://fcm.googleapis.com')).toBe(a);
    const b = cache.headerFor('https://updates.push.services.mozilla.com');
    expect(cache.signatures).toBe(2);

    const { head, payload, signature, k, claims } = decodeHeader(a);
    expect(k).toBe(keys.publicKey);
    expect(claims).toEqual({ aud: 'https://fcm.googleapis.com', exp: now / 1000 + 12 * 3600, sub: 'mailto:ops@example.org' });
    expect(decodeHeader(b).claims.aud).toBe('https://updates.push.services.mozilla.com');
    const point = Buffer.from(k, 'base64url');
    const publicKey = createPublicKey({
      key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') },
      format: 'jwk',
    });
    expect(verify('sha256', Buffer.from(`${head}.${payload}`), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'))).toBe(true);

    now += 59 * 60_000;
    expect(cache.headerFor('https://fcm.googleapis.com')).toBe(a);
    now += 2 * 60_000;
    expect(cache.headerFor('https://fcm.googleapis.com')).not.toBe(a);
    expect(cache.signatures).toBe(3);
  });

  it('never issues a token valid for more than 24 hours', () => {
    const now = Date.now();
    const cache = new VapidHeaderCache({ keys, subject: 'mailto:ops@example.org', lifetimeMs: 48 * 3600_000, now: () => now });
    expect(decodeHeader(cache.headerFor('https://web.push.apple.com')).claims.exp).toBeLessThanOrEqual(Math.floor(now / 1000) + 24 * 3600);
  });
});
