import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Resident push subscriptions and the application server's VAPID key pair.
 *
 * `vapid_keys` holds one row (the boolean key can only be true): processes insert with ON CONFLICT DO NOTHING and read
 * back, so two processes starting at once agree on one pair. Replacing it would orphan every subscription, so nothing
 * in the application ever updates or deletes it.
 */
export class PushSubscriptions1764400000000 implements MigrationInterface {
  name = 'PushSubscriptions1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE vapid_keys (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        public_key text NOT NULL,
        private_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE push_subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        endpoint text NOT NULL UNIQUE CHECK (char_length(endpoint) <= 2048),
        p256dh text NOT NULL,
        auth text NOT NULL,
        language text NOT NULL CHECK (language IN ('zh-Hans','zh-Hant','pt','en')),
        area_ids text[] NOT NULL CHECK (cardinality(area_ids) BETWEEN 1 AND 100),
        enrolled_for_drills boolean NOT NULL DEFAULT false,
        test_device boolean NOT NULL DEFAULT false,
        manage_token_hash bytea NOT NULL CHECK (octet_length(manage_token_hash) = 32),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        last_success_at timestamptz,
        failure_count integer NOT NULL DEFAULT 0 CHECK (failure_count >= 0)
      )`);
    // Targeting: "subscriptions in any of these areas" is area_ids && $1, which the GIN index serves.
    await q.query(`CREATE INDEX push_subscriptions_area_ids_idx ON push_subscriptions USING GIN (area_ids)`);
    await q.query(`CREATE INDEX push_subscriptions_language_idx ON push_subscriptions (language)`);
    // Drills and tests reach only the few subscriptions enrolled for them.
    await q.query(`CREATE INDEX push_subscriptions_drills_idx ON push_subscriptions (id) WHERE enrolled_for_drills`);
    await q.query(`CREATE INDEX push_subscriptions_test_device_idx ON push_subscriptions (id) WHERE test_device`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE push_subscriptions`);
    await q.query(`DROP TABLE vapid_keys`);
  }
}
