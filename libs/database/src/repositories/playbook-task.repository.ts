import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PlaybookTask, PlaybookTaskState } from '@app/contracts';
import { toPlaybookTask, type PlaybookTaskRow } from './playbook-run.repository.js';

/** A task as read for changing it, with what the audit row needs about its run. */
export interface LockedPlaybookTask extends PlaybookTask {
  ruleId: string;
  runStatus: 'open' | 'closed';
}

/** Who changed a task: the name is kept with it so it still reads right after the account is renamed or removed. */
export interface PlaybookTaskActor {
  id: string;
  name: string;
}

const TASK_COLUMNS = `t.id, t.run_id, t.position, t.title, t.detail, t.state, t.acknowledged_by_name, t.acknowledged_at, t.done_by_name,
  t.done_at, t.note`;

/** Changes to playbook tasks (table playbook_tasks); reading runs with their tasks is PlaybookRunRepository's. */
@Injectable()
export class PlaybookTaskRepository {
  /**
   * Reads the task and locks it and its run until the caller's transaction ends, so actions on the tasks of one run
   * happen one after the other (the last one done sees every other task done and closes the run). Null if unknown.
   */
  async findForUpdate(manager: EntityManager, taskId: string): Promise<LockedPlaybookTask | null> {
    const rows = await manager.query<(PlaybookTaskRow & { rule_id: string; run_status: 'open' | 'closed' })[]>(
      `SELECT ${TASK_COLUMNS}, r.rule_id, r.status AS run_status
       FROM playbook_tasks t JOIN playbook_runs r ON r.id = t.run_id
       WHERE t.id = $1
       FOR UPDATE OF r, t`,
      [taskId],
    );
    if (rows.length === 0) return null;
    return { ...toPlaybookTask(rows[0]), ruleId: rows[0].rule_id, runStatus: rows[0].run_status };
  }

  /** Moves the task to `state`, recording who and when; a note given replaces the one stored. */
  async updateState(manager: EntityManager, taskId: string, state: Exclude<PlaybookTaskState, 'open'>, actor: PlaybookTaskActor, note: string | null): Promise<PlaybookTask> {
    const who = state === 'acknowledged' ? 'acknowledged' : 'done';
    const rows = await manager.query<PlaybookTaskRow[]>(
      `WITH t AS (
         UPDATE playbook_tasks
         SET state = $2, ${who}_by_id = $3, ${who}_by_name = $4, ${who}_at = now(), note = coalesce($5, note)
         WHERE id = $1
         RETURNING *)
       SELECT ${TASK_COLUMNS} FROM t`,
      [taskId, state, actor.id, actor.name, note],
    );
    return toPlaybookTask(rows[0]);
  }
}
