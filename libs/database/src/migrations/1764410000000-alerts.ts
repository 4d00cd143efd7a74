import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public alerts and the transactional outbox. Approval writes the alert, its audit row and an outbox row in one
 * transaction; a relay later moves outbox rows into the queue, so a lost Redis loses no dispatch.
 */
export class Alerts1764410000000 implements MigrationInterface {
  name = 'Alerts1764410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        identifier text UNIQUE,
        sender text,
        state text NOT NULL CHECK (state IN ('draft','submitted','approved','rejected','published','cancelled','expired')),
        status text NOT NULL CHECK (status IN ('Actual','Exercise','Test','Draft')),
        msg_type text NOT NULL CHECK (msg_type IN ('Alert','Update','Cancel')),
        "references" jsonb NOT NULL DEFAULT '[]',
        content jsonb NOT NULL,
        replaces_alert_id uuid REFERENCES alerts(id),
        signal jsonb,
        author_id uuid NOT NULL REFERENCES staff_users(id),
        submitted_by uuid REFERENCES staff_users(id),
        submitted_at timestamptz,
        approved_by uuid REFERENCES staff_users(id),
        approved_at timestamptz,
        rejected_by uuid REFERENCES staff_users(id),
        rejected_at timestamptz,
        rejection_reason text,
        published_at timestamptz,
        sent timestamptz,
        cancelled_by uuid REFERENCES staff_users(id),
        cancelled_at timestamptz,
        expired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (state <> 'published' OR (identifier IS NOT NULL AND sender IS NOT NULL AND sent IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX alerts_state_updated_idx ON alerts (state, updated_at DESC)`);

    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        topic text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        enqueued_at timestamptz,
        attempts integer NOT NULL DEFAULT 0
      )`);
    // The relay reads only what is still waiting.
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE enqueued_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox`);
    await q.query(`DROP TABLE alerts`);
  }
}
