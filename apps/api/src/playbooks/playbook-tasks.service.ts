import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser, PlaybookRun, PlaybookTaskAction, PlaybookTaskActionResult } from '@app/contracts';
import { AuditRepository, PlaybookRunRepository, PlaybookTaskRepository } from '@app/database';
import { DomainError, nextPlaybookTaskState, type PlaybookTaskActionName } from '@app/domain';
import { RealtimePublisher } from '@app/realtime';
import { auditActor } from '../audit/audit-actor.js';
import type { RequestMeta } from '../http/request-meta.decorator.js';

const AUDIT_ACTION: Record<PlaybookTaskActionName, string> = { acknowledge: 'playbook.task_acknowledged', done: 'playbook.task_done' };

/**
 * Acknowledging and completing playbook tasks. Each action records the named user, writes its audit row in the same
 * transaction and, when the last task of a run is done, closes the run; the HQ then receives `playbook.updated`.
 */
@Injectable()
export class PlaybookTasksService {
  private readonly logger = new Logger(PlaybookTasksService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly tasks: PlaybookTaskRepository,
    private readonly runs: PlaybookRunRepository,
    private readonly audit: AuditRepository,
    private readonly publisher: RealtimePublisher,
  ) {}

  async act(taskId: string, action: PlaybookTaskActionName, input: PlaybookTaskAction, user: AuthUser, meta: RequestMeta): Promise<PlaybookTaskActionResult> {
    const note = input.note?.trim() || null;
    const result = await this.dataSource.transaction(async (manager) => {
      const task = await this.tasks.findForUpdate(manager, taskId);
      if (!task) throw new DomainError('not_found', 'playbook_task_not_found', `There is no playbook task with id ${taskId}.`);
      const state = nextPlaybookTaskState(task, action);
      const updated = await this.tasks.updateState(manager, taskId, state, { id: user.id, name: user.displayName }, note);
      const actor = auditActor(meta);
      await this.audit.append(manager, {
        ...actor,
        action: AUDIT_ACTION[action],
        entityType: 'playbook_task',
        entityId: taskId,
        summary: { before: { state: task.state }, after: { state, note: updated.note }, runId: task.runId, ruleId: task.ruleId, position: task.position },
      });
      if (state === 'done' && task.runStatus === 'open' && (await this.runs.closeIfAllDone(manager, task.runId))) {
        await this.audit.append(manager, {
          ...actor,
          action: 'playbook.run_closed',
          entityType: 'playbook_run',
          entityId: task.runId,
          summary: { before: { status: 'open' }, after: { status: 'closed', reason: 'tasks_done' }, ruleId: task.ruleId },
        });
      }
      const [run] = await this.runs.findByIds([task.runId], manager);
      return { task: updated, run };
    });
    await this.announce(result.run);
    return result;
  }

  private async announce(run: PlaybookRun): Promise<void> {
    try {
      await this.publisher.publish('hq', 'playbook.updated', { run });
    } catch (err) {
      // The change is committed and the list route shows it; screens that missed the event catch up on reload.
      this.logger.error({ err, runId: run.id }, 'playbook change saved but not announced');
    }
  }
}
