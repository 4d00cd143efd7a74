import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The delivery ledger: one row per (alert, subscription), created set-based by the fan-out and driven to a final
 * state by the push workers. The unique key makes a repeated fan-out a no-op; the lease keeps two workers from
 * sending one row; the reconciler finds unfinished work here alone, so a lost Redis loses nothing.
 *
 * `outbox.done_at` marks an alert.dispatch row whose fan-out finished (rows created, chunks enqueued), so the
 * reconciler can tell an alert that reached nobody from one whose fan-out was lost.
 */
export class Deliveries1764420000000 implements MigrationInterface {
  name = 'Deliveries1764420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE deliveries (
        id bigserial PRIMARY KEY,
        alert_id uuid NOT NULL REFERENCES alerts(id),
        -- Set to NULL when the push service reports the subscription gone and it is deleted; the row stays as proof.
        subscription_id uuid REFERENCES push_subscriptions(id) ON DELETE SET NULL,
        language text NOT NULL CHECK (language IN ('zh-Hans','zh-Hant','pt','en')),
        state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','sent','failed','removed','expired','cancelled')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        lease_until timestamptz,
        last_status integer,
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (alert_id, subscription_id)
      )`);
    // Summaries group by state; keyset pages of pending ids per alert.
    await q.query(`CREATE INDEX deliveries_alert_state_idx ON deliveries (alert_id, state, id)`);
    // The reconciler scans only unfinished rows.
    await q.query(`CREATE INDEX deliveries_pending_lease_idx ON deliveries (lease_until, updated_at) WHERE state = 'pending'`);
    await q.query(`ALTER TABLE outbox ADD COLUMN done_at timestamptz`);
    await q.query(`CREATE INDEX outbox_undone_idx ON outbox (enqueued_at) WHERE done_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_undone_idx`);
    await q.query(`ALTER TABLE outbox DROP COLUMN done_at`);
    await q.query(`DROP TABLE deliveries`);
  }
}
