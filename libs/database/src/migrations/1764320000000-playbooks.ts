import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Playbook runs (a rule fired by a signal change) and their tasks. A run copies the rule's texts, so it reads the
 * same after the rule data is corrected. One run per (rule, change): evaluating the same change twice adds nothing.
 */
export class Playbooks1764320000000 implements MigrationInterface {
  name = 'Playbooks1764320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE playbook_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rule_id text NOT NULL,
        -- The signal history entry that fired the rule (kept as its wire id).
        trigger_change_id text NOT NULL,
        trigger_authority text NOT NULL,
        trigger_area text NOT NULL,
        trigger_hazard text NOT NULL,
        trigger_level text,
        title jsonb NOT NULL,
        summary jsonb NOT NULL,
        alert_template_ids text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
        closed_reason text CHECK (closed_reason IN ('tasks_done','signal_ended')),
        -- The change after which the signal that fired the run had gone (closed_reason signal_ended).
        closed_by_change_id text,
        fired_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        CONSTRAINT playbook_runs_rule_change_key UNIQUE (rule_id, trigger_change_id),
        CHECK ((status = 'open') = (closed_at IS NULL)),
        CHECK ((status = 'open') = (closed_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX playbook_runs_status_fired_idx ON playbook_runs (status, fired_at DESC)`);
    await q.query(`CREATE INDEX playbook_runs_open_track_idx ON playbook_runs (trigger_authority, trigger_area, trigger_hazard) WHERE status = 'open'`);
    await q.query(`CREATE INDEX playbook_runs_closed_by_idx ON playbook_runs (closed_by_change_id) WHERE closed_by_change_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE playbook_tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id uuid NOT NULL REFERENCES playbook_runs(id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 1),
        title jsonb NOT NULL,
        detail jsonb,
        state text NOT NULL DEFAULT 'open' CHECK (state IN ('open','acknowledged','done')),
        acknowledged_by_id uuid REFERENCES staff_users(id) ON DELETE SET NULL,
        acknowledged_by_name text,
        acknowledged_at timestamptz,
        done_by_id uuid REFERENCES staff_users(id) ON DELETE SET NULL,
        done_by_name text,
        done_at timestamptz,
        note text CHECK (note IS NULL OR char_length(note) BETWEEN 1 AND 500),
        CONSTRAINT playbook_tasks_run_position_key UNIQUE (run_id, position),
        -- Names are kept with the task so it still reads right after an account is renamed or removed.
        CHECK ((acknowledged_at IS NULL) = (acknowledged_by_name IS NULL)),
        CHECK ((done_at IS NULL) = (done_by_name IS NULL)),
        CHECK ((state = 'done') = (done_at IS NOT NULL)),
        CHECK (state <> 'acknowledged' OR acknowledged_at IS NOT NULL)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE playbook_tasks`);
    await q.query(`DROP TABLE playbook_runs`);
  }
}
