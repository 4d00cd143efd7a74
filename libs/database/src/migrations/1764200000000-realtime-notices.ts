import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff notices; the counters behind rate limits when no Redis is configured; and the table the socket.io
 * PostgreSQL adapter uses for broadcasts too large for a NOTIFY payload.
 */
export class RealtimeNotices1764200000000 implements MigrationInterface {
  name = 'RealtimeNotices1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff_notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        audience text NOT NULL CHECK (audience IN ('all-staff','hq','field','liaison')),
        message text NOT NULL CHECK (char_length(message) BETWEEN 1 AND 500),
        author_id uuid REFERENCES staff_users(id) ON DELETE SET NULL,
        author_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX staff_notices_audience_created_idx ON staff_notices (audience, created_at DESC)`);

    // Counters are worth nothing after a crash (a window lasts a minute), so they skip the write-ahead log.
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit_counters (
        bucket text NOT NULL,
        key text NOT NULL,
        hits integer NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (bucket, key)
      )`);
    await q.query(`CREATE INDEX rate_limit_counters_expires_idx ON rate_limit_counters (expires_at)`);

    // Shape required by @socket.io/postgres-adapter (its default table name); rows live for seconds.
    await q.query(`
      CREATE TABLE socket_io_attachments (
        id bigserial UNIQUE,
        created_at timestamptz DEFAULT now(),
        payload bytea
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE socket_io_attachments`);
    await q.query(`DROP TABLE rate_limit_counters`);
    await q.query(`DROP TABLE staff_notices`);
  }
}
