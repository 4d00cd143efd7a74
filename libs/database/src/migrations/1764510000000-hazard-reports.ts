import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hazard reports sent from the field (often queued offline), their photos and every step of their lifecycle.
 * The phone's client id makes a report sent twice one row: unique per reporter, so one account can never reach
 * another's report by guessing its id. Photo bytes live in the photo storage; rows keep the key and what was checked.
 */
export class HazardReports1764510000000 implements MigrationInterface {
  name = 'HazardReports1764510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE hazard_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id text NOT NULL CHECK (char_length(client_id) BETWEEN 8 AND 64),
        category text NOT NULL CHECK (category IN ('fallen-tree','flooding','loose-structure','landslide','power','blocked-road','other')),
        severity text NOT NULL CHECK (severity IN ('low','medium','high','critical')),
        description text NOT NULL CHECK (char_length(description) BETWEEN 1 AND 1000),
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
        accuracy_m double precision CHECK (accuracy_m >= 0 AND accuracy_m <= 100000),
        area_id text REFERENCES areas(id),
        task_id uuid REFERENCES field_tasks(id),
        team_id uuid REFERENCES field_teams(id),
        state text NOT NULL DEFAULT 'reported'
          CHECK (state IN ('reported','assigned','rectifying','rectified','verified','duplicate','rejected')),
        reason text CHECK (char_length(reason) BETWEEN 1 AND 500),
        duplicate_of uuid REFERENCES hazard_reports(id),
        reported_by_id uuid NOT NULL REFERENCES staff_users(id),
        reported_by_name text NOT NULL,
        -- SHA-256 of the report as sent (its fields and its photos' hashes): a resend must carry the same body.
        body_hash bytea NOT NULL CHECK (octet_length(body_hash) = 32),
        recorded_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT hazard_reports_reporter_client_key UNIQUE (reported_by_id, client_id),
        CHECK (state NOT IN ('duplicate','rejected') OR reason IS NOT NULL),
        CHECK ((state = 'duplicate') = (duplicate_of IS NOT NULL)),
        CHECK (duplicate_of IS NULL OR duplicate_of <> id),
        -- Work on a hazard is always some team's: it was assigned before it could be rectified or verified.
        CHECK (state NOT IN ('assigned','rectifying','rectified','verified') OR team_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX hazard_reports_state_received_idx ON hazard_reports (state, received_at DESC)`);
    await q.query(`CREATE INDEX hazard_reports_received_idx ON hazard_reports (received_at DESC)`);
    await q.query(`CREATE INDEX hazard_reports_team_idx ON hazard_reports (team_id) WHERE team_id IS NOT NULL`);
    await q.query(`CREATE INDEX hazard_reports_task_idx ON hazard_reports (task_id) WHERE task_id IS NOT NULL`);
    await q.query(`CREATE INDEX hazard_reports_duplicate_of_idx ON hazard_reports (duplicate_of) WHERE duplicate_of IS NOT NULL`);

    await q.query(`
      CREATE TABLE hazard_report_steps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES hazard_reports(id) ON DELETE CASCADE,
        from_state text CHECK (from_state IN ('reported','assigned','rectifying','rectified','verified','duplicate','rejected')),
        to_state text NOT NULL CHECK (to_state IN ('reported','assigned','rectifying','rectified','verified','duplicate','rejected')),
        by_id uuid REFERENCES staff_users(id) ON DELETE SET NULL,
        -- Kept with the step so the history reads right after an account is renamed or removed.
        by_name text NOT NULL,
        reason text CHECK (char_length(reason) BETWEEN 1 AND 500),
        team_id uuid REFERENCES field_teams(id) ON DELETE SET NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX hazard_report_steps_report_idx ON hazard_report_steps (report_id, at)`);

    await q.query(`
      CREATE TABLE hazard_photos (
        id uuid PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES hazard_reports(id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position BETWEEN 1 AND 20),
        storage_key text NOT NULL UNIQUE CHECK (char_length(storage_key) BETWEEN 1 AND 300),
        content_type text NOT NULL CHECK (content_type IN ('image/jpeg','image/png','image/webp')),
        bytes integer NOT NULL CHECK (bytes > 0),
        width integer CHECK (width > 0),
        height integer CHECK (height > 0),
        sha256 bytea NOT NULL CHECK (octet_length(sha256) = 32),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT hazard_photos_report_position_key UNIQUE (report_id, position)
      )`);

    // The tasks table was created with this column; its key waits for the table it points at.
    await q.query(`ALTER TABLE field_tasks ADD CONSTRAINT field_tasks_hazard_report_fk FOREIGN KEY (hazard_report_id) REFERENCES hazard_reports(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE field_tasks DROP CONSTRAINT field_tasks_hazard_report_fk`);
    await q.query(`DROP TABLE hazard_photos`);
    await q.query(`DROP TABLE hazard_report_steps`);
    await q.query(`DROP TABLE hazard_reports`);
  }
}
