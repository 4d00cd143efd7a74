import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Field operations: inspection teams and rescue crews with their members and vehicles, the tasks the HQ sends them
 * on (with every state change kept), and the check-ins they send back. Trips are counted from tasks that went en
 * route (`en_route_at` set), `people` inspector-trips and `vehicles` vehicle-trips each, so the HQ's figures come
 * from data. Welfare checks and hazard reports point at tasks through uuid columns whose foreign keys are added by
 * the migrations that create those tables.
 */
export class FieldTeams1764500000000 implements MigrationInterface {
  name = 'FieldTeams1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE field_teams (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('inspection','rescue')),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 60),
        base_place_id text REFERENCES places(id),
        base_note text CHECK (char_length(base_note) BETWEEN 1 AND 200),
        phone text CHECK (char_length(phone) BETWEEN 1 AND 40),
        readiness text NOT NULL DEFAULT 'standby' CHECK (readiness IN ('standby','deployed','resting','unavailable')),
        readiness_note text CHECK (char_length(readiness_note) <= 300),
        readiness_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The roster import finds a team by its call sign.
    await q.query(`CREATE UNIQUE INDEX field_teams_name_key ON field_teams (lower(name))`);
    await q.query(`CREATE INDEX field_teams_kind_readiness_idx ON field_teams (kind, readiness)`);

    await q.query(`
      CREATE TABLE team_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES field_teams(id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 1),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
        phone text CHECK (char_length(phone) BETWEEN 1 AND 40),
        staff_user_id uuid REFERENCES staff_users(id) ON DELETE SET NULL,
        leader boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT team_members_team_staff_key UNIQUE (team_id, staff_user_id)
      )`);
    // Access checks ask "which teams is this account in".
    await q.query(`CREATE INDEX team_members_staff_idx ON team_members (staff_user_id) WHERE staff_user_id IS NOT NULL`);
    await q.query(`CREATE INDEX team_members_team_idx ON team_members (team_id, position)`);

    await q.query(`
      CREATE TABLE vehicles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid REFERENCES field_teams(id) ON DELETE SET NULL,
        plate text NOT NULL CHECK (char_length(plate) BETWEEN 1 AND 20),
        type text NOT NULL CHECK (type IN ('car','van','truck','boat','motorcycle','other')),
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 100),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One vehicle per plate, whatever the case and spacing it is typed with ("MK-12 34" is "mk1234").
    await q.query(`CREATE UNIQUE INDEX vehicles_plate_key ON vehicles (upper(regexp_replace(plate, '[[:space:]-]+', '', 'g')))`);
    await q.query(`CREATE INDEX vehicles_team_idx ON vehicles (team_id)`);

    // Every readiness change with the headcount at that moment, so peaks over a period come from data.
    await q.query(`
      CREATE TABLE team_readiness_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES field_teams(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('inspection','rescue')),
        from_readiness text CHECK (from_readiness IN ('standby','deployed','resting','unavailable')),
        to_readiness text NOT NULL CHECK (to_readiness IN ('standby','deployed','resting','unavailable')),
        headcount integer NOT NULL CHECK (headcount >= 0),
        by_id uuid REFERENCES staff_users(id) ON DELETE SET NULL,
        by_name text NOT NULL,
        note text CHECK (char_length(note) <= 300),
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX team_readiness_changes_at_idx ON team_readiness_changes (at)`);
    await q.query(`CREATE INDEX team_readiness_changes_team_idx ON team_readiness_changes (team_id, at)`);

    await q.query(`
      CREATE TABLE field_tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('inspection','rescue','welfare-check','transfer','other')),
        team_id uuid NOT NULL REFERENCES field_teams(id),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
        area_id text REFERENCES areas(id),
        place_id text REFERENCES places(id),
        lat double precision CHECK (lat BETWEEN -90 AND 90),
        lon double precision CHECK (lon BETWEEN -180 AND 180),
        -- [{id, text, done, doneBy, doneAt}], at most 30 lines.
        checklist jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(checklist) = 'array' AND jsonb_array_length(checklist) <= 30),
        state text NOT NULL DEFAULT 'assigned' CHECK (state IN ('assigned','en-route','on-site','done','cannot-complete')),
        reason text CHECK (char_length(reason) BETWEEN 1 AND 500),
        people integer NOT NULL CHECK (people BETWEEN 1 AND 1000),
        vehicles integer NOT NULL DEFAULT 0 CHECK (vehicles BETWEEN 0 AND 100),
        playbook_run_id uuid REFERENCES playbook_runs(id),
        vulnerable_resident_id uuid,
        hazard_report_id uuid,
        assigned_by_id uuid REFERENCES staff_users(id) ON DELETE SET NULL,
        assigned_by_name text NOT NULL,
        en_route_at timestamptz,
        on_site_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((lat IS NULL) = (lon IS NULL)),
        CHECK (area_id IS NOT NULL OR place_id IS NOT NULL OR lat IS NOT NULL),
        CHECK ((state IN ('done','cannot-complete')) = (closed_at IS NOT NULL)),
        CHECK (state <> 'cannot-complete' OR reason IS NOT NULL),
        -- A task counts as a trip once it went en route; it cannot be on site or done without having gone.
        CHECK (state NOT IN ('en-route','on-site','done') OR en_route_at IS NOT NULL),
        CHECK (state NOT IN ('on-site','done') OR on_site_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX field_tasks_team_state_idx ON field_tasks (team_id, state)`);
    await q.query(`CREATE INDEX field_tasks_open_idx ON field_tasks (created_at) WHERE closed_at IS NULL`);
    await q.query(`CREATE INDEX field_tasks_en_route_idx ON field_tasks (en_route_at) WHERE en_route_at IS NOT NULL`);
    await q.query(`CREATE INDEX field_tasks_playbook_run_idx ON field_tasks (playbook_run_id) WHERE playbook_run_id IS NOT NULL`);
    await q.query(`CREATE INDEX field_tasks_vulnerable_idx ON field_tasks (vulnerable_resident_id) WHERE vulnerable_resident_id IS NOT NULL`);
    await q.query(`CREATE INDEX field_tasks_hazard_idx ON field_tasks (hazard_report_id) WHERE hazard_report_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE task_transitions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id uuid NOT NULL REFERENCES field_tasks(id) ON DELETE CASCADE,
        from_state text CHECK (from_state IN ('assigned','en-route','on-site','done','cannot-complete')),
        to_state text NOT NULL CHECK (to_state IN ('assigned','en-route','on-site','done','cannot-complete')),
        by_id uuid REFERENCES staff_users(id) ON DELETE SET NULL,
        by_name text NOT NULL,
        reason text CHECK (char_length(reason) BETWEEN 1 AND 500),
        -- A transition queued offline and sent twice applies once.
        client_id text CHECK (char_length(client_id) BETWEEN 8 AND 64),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT task_transitions_task_client_key UNIQUE (task_id, client_id)
      )`);
    await q.query(`CREATE INDEX task_transitions_task_idx ON task_transitions (task_id, at)`);

    await q.query(`
      CREATE TABLE check_ins (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id text NOT NULL CHECK (char_length(client_id) BETWEEN 8 AND 64),
        team_id uuid NOT NULL REFERENCES field_teams(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES staff_users(id),
        user_name text NOT NULL,
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
        accuracy_m double precision CHECK (accuracy_m >= 0 AND accuracy_m <= 100000),
        status text NOT NULL CHECK (status IN ('ok','on-task','returning','need-assistance')),
        note text CHECK (char_length(note) BETWEEN 1 AND 300),
        body_hash bytea NOT NULL CHECK (octet_length(body_hash) = 32),
        recorded_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        -- A resend of the same check-in is one row.
        CONSTRAINT check_ins_user_client_key UNIQUE (user_id, client_id)
      )`);
    // Last position per team, and the silence check.
    await q.query(`CREATE INDEX check_ins_team_recorded_idx ON check_ins (team_id, recorded_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE check_ins`);
    await q.query(`DROP TABLE task_transitions`);
    await q.query(`DROP TABLE field_tasks`);
    await q.query(`DROP TABLE team_readiness_changes`);
    await q.query(`DROP TABLE vehicles`);
    await q.query(`DROP TABLE team_members`);
    await q.query(`DROP TABLE field_teams`);
  }
}
