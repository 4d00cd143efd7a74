import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Session revocation and the staff-notice outbox.
 * - `staff_users.token_version`: every access token carries the version it was signed with; raising it (deactivation,
 *   role change, password reset) makes every earlier token of the account refused at once.
 * - `staff_notices.broadcast_at`: set by the worker once the notice went out live; a reconciler re-enqueues notices
 *   still without it after a grace period (`requeued_at`, `requeue_count` number its attempts).
 */
export class PlatformHardening1764530000000 implements MigrationInterface {
  name = 'PlatformHardening1764530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE staff_users ADD COLUMN token_version integer NOT NULL DEFAULT 0`);

    await q.query(`
      ALTER TABLE staff_notices
        ADD COLUMN broadcast_at timestamptz,
        ADD COLUMN requeued_at timestamptz,
        ADD COLUMN requeue_count integer NOT NULL DEFAULT 0`);
    // Notices from before this migration went out through the queue as they were sent.
    await q.query(`UPDATE staff_notices SET broadcast_at = created_at`);
    await q.query(`CREATE INDEX staff_notices_unbroadcast_idx ON staff_notices (created_at) WHERE broadcast_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX staff_notices_unbroadcast_idx`);
    await q.query(`ALTER TABLE staff_notices DROP COLUMN requeue_count, DROP COLUMN requeued_at, DROP COLUMN broadcast_at`);
    await q.query(`ALTER TABLE staff_users DROP COLUMN token_version`);
  }
}
