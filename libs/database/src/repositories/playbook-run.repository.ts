import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { LocalizedText, PlaybookRun, PlaybookRunStatusFilter, PlaybookTask, PlaybookTaskState, SignalKey, SignalLevelCode } from '@app/contracts';

/** The change that fired a rule, as runs record it. */
export interface PlaybookRunTrigger extends SignalKey {
  changeId: string;
  level: SignalLevelCode | null;
}

/** A run to store with its tasks: texts copied from the rule. */
export interface NewPlaybookRun {
  ruleId: string;
  title: LocalizedText;
  summary: LocalizedText;
  alertTemplateIds: string[];
  tasks: { position: number; title: LocalizedText; detail: LocalizedText | null }[];
}

interface RunRow {
  id: string;
  rule_id: string;
  trigger_change_id: string;
  trigger_authority: string;
  trigger_area: string;
  trigger_hazard: string;
  trigger_level: string | null;
  title: LocalizedText;
  summary: LocalizedText;
  alert_template_ids: string[];
  status: 'open' | 'closed';
  fired_at: Date;
}

interface TaskRow {
  id: string;
  run_id: string;
  position: number;
  title: LocalizedText;
  detail: LocalizedText | null;
  state: PlaybookTaskState;
  acknowledged_by_name: string | null;
  acknowledged_at: Date | null;
  done_by_name: string | null;
  done_at: Date | null;
  note: string | null;
}

// UPDATE … RETURNING statements are wrapped in a CTE and a SELECT: the driver then answers with the rows alone.
const RUN_COLUMNS = `id, rule_id, trigger_change_id, trigger_authority, trigger_area, trigger_hazard, trigger_level, title, summary,
  alert_template_ids, status, fired_at`;

export function toPlaybookTask(row: TaskRow): PlaybookTask {
  return {
    id: row.id,
    runId: row.run_id,
    position: row.position,
    title: row.title,
    detail: row.detail,
    state: row.state,
    acknowledgedBy: row.acknowledged_by_name,
    acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
    doneBy: row.done_by_name,
    doneAt: row.done_at?.toISOString() ?? null,
    note: row.note,
  };
}

function toPlaybookRun(row: RunRow, tasks: PlaybookTask[]): PlaybookRun {
  return {
    id: row.id,
    ruleId: row.rule_id,
    title: row.title,
    summary: row.summary,
    trigger: {
      authority: row.trigger_authority,
      area: row.trigger_area,
      hazard: row.trigger_hazard,
      level: row.trigger_level,
      changeId: row.trigger_change_id,
    },
    firedAt: row.fired_at.toISOString(),
    status: row.status,
    tasks,
    alertTemplateIds: row.alert_template_ids,
  };
}

/** Playbook runs with their tasks (tables playbook_runs, playbook_tasks), read as the wire shows them. */
@Injectable()
export class PlaybookRunRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores the runs a change fired, with their tasks, in the caller's transaction. A run already stored for the same
   * (rule, change) is left as it is: returns the ids of the runs this call created.
   */
  async insertFired(manager: EntityManager, trigger: PlaybookRunTrigger, runs: readonly NewPlaybookRun[]): Promise<{ id: string; ruleId: string }[]> {
    if (runs.length === 0) return [];
    const created = await manager.query<{ id: string; rule_id: string }[]>(
      `INSERT INTO playbook_runs (rule_id, trigger_change_id, trigger_authority, trigger_area, trigger_hazard, trigger_level, title, summary, alert_template_ids)
       SELECT r.rule_id, $1, $2, $3, $4, $5, r.title, r.summary, ARRAY(SELECT jsonb_array_elements_text(r.templates))
       FROM unnest($6::text[], $7::jsonb[], $8::jsonb[], $9::jsonb[]) WITH ORDINALITY AS r(rule_id, title, summary, templates, n)
       ORDER BY r.n
       ON CONFLICT ON CONSTRAINT playbook_runs_rule_change_key DO NOTHING
       RETURNING id, rule_id`,
      [
        trigger.changeId,
        trigger.authority,
        trigger.area,
        trigger.hazard,
        trigger.level,
        runs.map((run) => run.ruleId),
        runs.map((run) => JSON.stringify(run.title)),
        runs.map((run) => JSON.stringify(run.summary)),
        runs.map((run) => JSON.stringify(run.alertTemplateIds)),
      ],
    );
    if (created.length === 0) return [];
    const runIdByRule = new Map(created.map((row) => [row.rule_id, row.id]));
    const tasks = runs.flatMap((run) => {
      const runId = runIdByRule.get(run.ruleId);
      return runId ? run.tasks.map((task) => ({ runId, ...task })) : [];
    });
    await manager.query(
      `INSERT INTO playbook_tasks (run_id, position, title, detail)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::jsonb[], $4::jsonb[])`,
      [
        tasks.map((task) => task.runId),
        tasks.map((task) => task.position),
        tasks.map((task) => JSON.stringify(task.title)),
        tasks.map((task) => (task.detail ? JSON.stringify(task.detail) : null)),
      ],
    );
    return created.map((row) => ({ id: row.id, ruleId: row.rule_id }));
  }

  /**
   * Closes the open runs of `ruleIds` fired on this track by an earlier change: the signal that fired them has gone.
   * Their open tasks stay as they are. Returns the closed runs' ids.
   */
  async closeEnded(manager: EntityManager, track: SignalKey, ruleIds: readonly string[], changeId: string): Promise<{ id: string; ruleId: string }[]> {
    if (ruleIds.length === 0) return [];
    const rows = await manager.query<{ id: string; rule_id: string }[]>(
      `WITH closed AS (
         UPDATE playbook_runs
         SET status = 'closed', closed_reason = 'signal_ended', closed_by_change_id = $5, closed_at = now()
         WHERE status = 'open' AND trigger_authority = $1 AND trigger_area = $2 AND trigger_hazard = $3
           AND rule_id = ANY($4::text[]) AND trigger_change_id <> $5
         RETURNING id, rule_id, fired_at)
       SELECT id, rule_id FROM closed ORDER BY fired_at, id`,
      [track.authority, track.area, track.hazard, ruleIds, changeId],
    );
    return rows.map((row) => ({ id: row.id, ruleId: row.rule_id }));
  }

  /** Closes the run if it is open and every one of its tasks is done; true when this call closed it. */
  async closeIfAllDone(manager: EntityManager, runId: string): Promise<boolean> {
    const rows = await manager.query<{ id: string }[]>(
      `WITH closed AS (
         UPDATE playbook_runs SET status = 'closed', closed_reason = 'tasks_done', closed_at = now()
         WHERE id = $1 AND status = 'open' AND NOT EXISTS (SELECT 1 FROM playbook_tasks WHERE run_id = $1 AND state <> 'done')
         RETURNING id)
       SELECT id FROM closed`,
      [runId],
    );
    return rows.length > 0;
  }

  /** Runs a change created or closed (to announce them again when a job is retried). */
  async idsTouchedByChange(changeId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM playbook_runs WHERE trigger_change_id = $1 OR closed_by_change_id = $1 ORDER BY fired_at, id`,
      [changeId],
    );
    return rows.map((row) => row.id);
  }

  /** The runs with their tasks, in the order of `ids`; unknown ids are skipped. */
  async findByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<PlaybookRun[]> {
    if (ids.length === 0) return [];
    const rows = await manager.query<RunRow[]>(`SELECT ${RUN_COLUMNS} FROM playbook_runs WHERE id = ANY($1::uuid[])`, [ids]);
    const runs = await this.withTasks(rows, manager);
    const byId = new Map(runs.map((run) => [run.id, run]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Newest first. */
  async list(status: PlaybookRunStatusFilter, limit: number): Promise<PlaybookRun[]> {
    const rows = await this.dataSource.query<RunRow[]>(
      `SELECT ${RUN_COLUMNS} FROM playbook_runs
       WHERE ($1 = 'all' OR status = $1)
       ORDER BY fired_at DESC, id DESC
       LIMIT $2`,
      [status, limit],
    );
    return this.withTasks(rows, this.dataSource.manager);
  }

  private async withTasks(rows: RunRow[], manager: EntityManager): Promise<PlaybookRun[]> {
    if (rows.length === 0) return [];
    const tasks = await manager.query<TaskRow[]>(
      `SELECT id, run_id, position, title, detail, state, acknowledged_by_name, acknowledged_at, done_by_name, done_at, note
       FROM playbook_tasks WHERE run_id = ANY($1::uuid[]) ORDER BY run_id, position`,
      [rows.map((row) => row.id)],
    );
    const byRun = new Map<string, PlaybookTask[]>();
    for (const task of tasks) byRun.set(task.run_id, [...(byRun.get(task.run_id) ?? []), toPlaybookTask(task)]);
    return rows.map((row) => toPlaybookRun(row, byRun.get(row.id) ?? []));
  }
}

export type { TaskRow as PlaybookTaskRow };
