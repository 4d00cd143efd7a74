import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Residents' "I'm safe" / "I need help" answers. Anonymous: the client-generated id makes a report sent twice one
 * row; contact details exist only on help requests, and only HQ roles read them.
 */
export class ResidentStatus1764430000000 implements MigrationInterface {
  name = 'ResidentStatus1764430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE resident_statuses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id text NOT NULL UNIQUE CHECK (char_length(client_id) BETWEEN 8 AND 64),
        status text NOT NULL CHECK (status IN ('safe','need-help')),
        alert_id uuid REFERENCES alerts(id),
        area_id text REFERENCES areas(id),
        lat double precision CHECK (lat BETWEEN -90 AND 90),
        lon double precision CHECK (lon BETWEEN -180 AND 180),
        contact text CHECK (char_length(contact) <= 100),
        message text CHECK (char_length(message) <= 500),
        body_hash bytea NOT NULL CHECK (octet_length(body_hash) = 32),
        received_at timestamptz NOT NULL DEFAULT now(),
        handled_by uuid REFERENCES staff_users(id),
        handled_at timestamptz,
        CHECK ((lat IS NULL) = (lon IS NULL)),
        CHECK (contact IS NULL OR status = 'need-help'),
        CHECK (handled_by IS NULL OR status = 'need-help'),
        CHECK ((handled_by IS NULL) = (handled_at IS NULL))
      )`);
    await q.query(`CREATE INDEX resident_statuses_alert_idx ON resident_statuses (alert_id, status)`);
    // The HQ's queue: open help requests, oldest first.
    await q.query(`CREATE INDEX resident_statuses_open_help_idx ON resident_statuses (received_at) WHERE status = 'need-help' AND handled_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE resident_statuses`);
  }
}
