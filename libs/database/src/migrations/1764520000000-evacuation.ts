import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evacuation: shelters with their live occupancy, the register of vulnerable residents (contact data, HQ and the
 * units sent to them only), their welfare checks, transfers into shelters and departures out of them.
 *
 * Occupancy is a counter kept in the same transaction as each transfer and departure, so it always equals people
 * moved in minus people who left; the CHECKs make an over-full or negative shelter impossible even for a bug.
 * Tasks need a team, so a playbook run does not create welfare-check tasks itself: it files one request per
 * resident to check (`welfare_check_requests`), which the HQ turns into tasks for the teams it chooses.
 */
export class Evacuation1764520000000 implements MigrationInterface {
  name = 'Evacuation1764520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE shelters (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        place_id text UNIQUE REFERENCES places(id),
        names jsonb NOT NULL CHECK (jsonb_typeof(names) = 'object'),
        area_id text REFERENCES areas(id),
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 100000),
        occupancy integer NOT NULL DEFAULT 0 CHECK (occupancy >= 0),
        open boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT shelters_occupancy_within_capacity CHECK (occupancy <= capacity)
      )`);

    await q.query(`
      CREATE TABLE vulnerable_residents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 80),
        phone text CHECK (char_length(phone) BETWEEN 1 AND 40),
        address text NOT NULL CHECK (char_length(address) BETWEEN 1 AND 500),
        area_id text NOT NULL REFERENCES areas(id),
        lat double precision CHECK (lat BETWEEN -90 AND 90),
        lon double precision CHECK (lon BETWEEN -180 AND 180),
        kinds text[] NOT NULL CHECK (cardinality(kinds) >= 1
          AND kinds <@ ARRAY['elderly-alone','disabled','bedridden','chronic-illness','pregnant','child','low-lying-home','other']),
        needs text CHECK (char_length(needs) BETWEEN 1 AND 500),
        caseworker text CHECK (char_length(caseworker) BETWEEN 1 AND 80),
        last_outcome text CHECK (last_outcome IN ('safe','needs-help','moved','not-reached')),
        last_checked_at timestamptz,
        shelter_id uuid REFERENCES shelters(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((lat IS NULL) = (lon IS NULL)),
        CHECK ((last_outcome IS NULL) = (last_checked_at IS NULL))
      )`);
    await q.query(`CREATE INDEX vulnerable_residents_area_idx ON vulnerable_residents (area_id)`);
    // Playbook runs select residents by kind.
    await q.query(`CREATE INDEX vulnerable_residents_kinds_idx ON vulnerable_residents USING gin (kinds)`);
    await q.query(`CREATE INDEX vulnerable_residents_shelter_idx ON vulnerable_residents (shelter_id) WHERE shelter_id IS NOT NULL`);
    await q.query(`
      ALTER TABLE field_tasks ADD CONSTRAINT field_tasks_vulnerable_resident_fkey
        FOREIGN KEY (vulnerable_resident_id) REFERENCES vulnerable_residents(id)`);

    await q.query(`
      CREATE TABLE welfare_checks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id text NOT NULL UNIQUE CHECK (char_length(client_id) BETWEEN 8 AND 64),
        body_hash bytea NOT NULL CHECK (octet_length(body_hash) = 32),
        vulnerable_resident_id uuid NOT NULL REFERENCES vulnerable_residents(id),
        outcome text NOT NULL CHECK (outcome IN ('safe','needs-help','moved','not-reached')),
        note text CHECK (char_length(note) BETWEEN 1 AND 500),
        task_id uuid REFERENCES field_tasks(id),
        by_id uuid NOT NULL REFERENCES staff_users(id),
        by_name text NOT NULL,
        recorded_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX welfare_checks_resident_idx ON welfare_checks (vulnerable_resident_id, recorded_at DESC)`);
    await q.query(`CREATE INDEX welfare_checks_recorded_idx ON welfare_checks (recorded_at)`);

    // A playbook run asked for a check of this resident; resolved by the next check recorded or task created.
    await q.query(`
      CREATE TABLE welfare_check_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vulnerable_resident_id uuid NOT NULL REFERENCES vulnerable_residents(id) ON DELETE CASCADE,
        playbook_run_id uuid NOT NULL REFERENCES playbook_runs(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by text CHECK (resolved_by IN ('check','task')),
        CHECK ((resolved_at IS NULL) = (resolved_by IS NULL))
      )`);
    // At most one pending request per resident: two rules firing together request one check.
    await q.query(`CREATE UNIQUE INDEX welfare_check_requests_pending_key ON welfare_check_requests (vulnerable_resident_id) WHERE resolved_at IS NULL`);
    await q.query(`CREATE INDEX welfare_check_requests_run_idx ON welfare_check_requests (playbook_run_id)`);

    await q.query(`
      CREATE TABLE transfers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id text NOT NULL UNIQUE CHECK (char_length(client_id) BETWEEN 8 AND 64),
        body_hash bytea NOT NULL CHECK (octet_length(body_hash) = 32),
        shelter_id uuid NOT NULL REFERENCES shelters(id),
        people integer NOT NULL CHECK (people BETWEEN 1 AND 1000),
        from_area_id text REFERENCES areas(id),
        from_note text CHECK (char_length(from_note) BETWEEN 1 AND 500),
        vulnerable_resident_id uuid REFERENCES vulnerable_residents(id),
        team_id uuid REFERENCES field_teams(id),
        task_id uuid REFERENCES field_tasks(id),
        by_id uuid NOT NULL REFERENCES staff_users(id),
        by_name text NOT NULL,
        recorded_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX transfers_shelter_idx ON transfers (shelter_id, recorded_at)`);
    await q.query(`CREATE INDEX transfers_recorded_idx ON transfers (recorded_at)`);

    await q.query(`
      CREATE TABLE shelter_departures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        shelter_id uuid NOT NULL REFERENCES shelters(id),
        people integer NOT NULL CHECK (people BETWEEN 1 AND 1000),
        vulnerable_resident_id uuid REFERENCES vulnerable_residents(id),
        note text CHECK (char_length(note) BETWEEN 1 AND 500),
        by_id uuid NOT NULL REFERENCES staff_users(id),
        by_name text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX shelter_departures_shelter_idx ON shelter_departures (shelter_id, recorded_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE shelter_departures`);
    await q.query(`DROP TABLE transfers`);
    await q.query(`DROP TABLE welfare_check_requests`);
    await q.query(`DROP TABLE welfare_checks`);
    await q.query(`ALTER TABLE field_tasks DROP CONSTRAINT field_tasks_vulnerable_resident_fkey`);
    await q.query(`DROP TABLE vulnerable_residents`);
    await q.query(`DROP TABLE shelters`);
  }
}
