import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { TestSubscription } from '../libs/testing/src/fake-push-service.js';

const LANGUAGES = ['zh-Hans', 'zh-Hant', 'pt', 'en'] as const;
const BATCH = 10_000;

/**
 * Inserts `count` push subscriptions, each with its own real P-256 key pair and auth secret, endpoints at
 * `<endpointBase>/<id>`, spread round-robin over `areaIds` and the four languages. Rows go in set-based
 * (INSERT … SELECT FROM unnest, one statement per 10,000). Only the private keys of about `sampleSize` evenly
 * spaced subscriptions are kept, so the push service can decrypt those messages.
 */
export async function seedSubscribers(
  client: pg.Client,
  options: { count: number; endpointBase: string; areaIds: readonly string[]; sampleSize: number },
): Promise<TestSubscription[]> {
  const { count, endpointBase, areaIds } = options;
  if (areaIds.length === 0) throw new Error('no areas to spread subscriptions over: was the database seeded?');
  const sampleEvery = Math.max(1, Math.floor(count / options.sampleSize));
  const sample: TestSubscription[] = [];
  for (let start = 0; start < count; start += BATCH) {
    const size = Math.min(BATCH, count - start);
    const ids: string[] = [];
    const endpoints: string[] = [];
    const p256dh: string[] = [];
    const auth: string[] = [];
    const languages: string[] = [];
    const areas: string[] = [];
    for (let i = 0; i < size; i += 1) {
      const n = start + i;
      const id = randomUUID();
      const ecdh = createECDH('prime256v1');
      const publicKey = ecdh.generateKeys();
      const authSecret = randomBytes(16);
      const endpoint = `${endpointBase}/${id}`;
      ids.push(id);
      endpoints.push(endpoint);
      p256dh.push(publicKey.toString('base64url'));
      auth.push(authSecret.toString('base64url'));
      languages.push(LANGUAGES[n % LANGUAGES.length]!);
      areas.push(areaIds[n % areaIds.length]!);
      if (n % sampleEvery === 0 && sample.length < options.sampleSize) {
        sample.push({
          id,
          subscription: { endpoint, expirationTime: null, keys: { p256dh: p256dh[i]!, auth: auth[i]! } },
          privateKey: ecdh.getPrivateKey(),
          authSecret,
        });
      }
    }
    await client.query(
      `INSERT INTO push_subscriptions (id, endpoint, p256dh, auth, language, area_ids, manage_token_hash)
       SELECT s.id, s.endpoint, s.p256dh, s.auth, s.language, ARRAY[s.area], sha256(convert_to(s.id::text || random()::text, 'UTF8'))
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
           AS s(id, endpoint, p256dh, auth, language, area)`,
      [ids, endpoints, p256dh, auth, languages, areas],
    );
  }
  return sample;
}
