import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SignalHistoryEntry } from '@app/contracts';
import { AuditRepository, PlaybookRunRepository, WelfareCheckRepository, type AuditEntryInput } from '@app/database';
import { endedPlaybooks, planPlaybookRuns } from '@app/domain';
import { RealtimePublisher } from '@app/realtime';

const SYSTEM: Pick<AuditEntryInput, 'actorId' | 'actorName'> = { actorId: null, actorName: 'system' };

export interface PlaybookEvaluation {
  created: string[];
  closed: string[];
  /** Vulnerable residents a created run asked to have checked (one pending request each). */
  welfareChecksRequested: string[];
}

/**
 * Turns a committed signal change into playbook runs: the rules it fires get a run with their checklist, and runs
 * whose signal has gone below their threshold on this track close. A run whose rule asks for welfare checks files one
 * request per selected vulnerable resident who has no open welfare-check task and no pending request (tasks need a
 * team, which the HQ chooses when it turns a request into a task). Runs, tasks, requests and audit rows commit
 * together; the HQ then receives `playbook.updated` for each run created or closed.
 */
@Injectable()
export class PlaybookEvaluationService {
  private readonly logger = new Logger(PlaybookEvaluationService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly runs: PlaybookRunRepository,
    private readonly audit: AuditRepository,
    private readonly welfareChecks: WelfareCheckRepository,
    private readonly publisher: RealtimePublisher,
  ) {}

  /**
   * Safe to repeat: a second evaluation of the same change creates and closes nothing. `announceAgain` (a retried
   * job, whose earlier attempt may have committed and then failed to announce) re-sends every run this change
   * created or closed.
   */
  async evaluate(change: SignalHistoryEntry, options: { announceAgain?: boolean } = {}): Promise<PlaybookEvaluation> {
    const planned = planPlaybookRuns(change);
    const ended = endedPlaybooks(change);
    const track = { authority: change.authority, area: change.area, hazard: change.hazard };
    const trigger = { ...track, changeId: change.id, level: change.action === 'cancel' ? null : change.level };

    const result = await this.dataSource.transaction(async (manager) => {
      const created = await this.runs.insertFired(manager, trigger, planned);
      const welfareChecksRequested: string[] = [];
      for (const run of created) {
        const plan = planned.find((p) => p.ruleId === run.ruleId)!;
        const requested = plan.welfareChecks ? await this.welfareChecks.requestForRun(manager, run.id, plan.welfareChecks) : [];
        welfareChecksRequested.push(...requested);
        await this.audit.append(manager, {
          ...SYSTEM,
          action: 'playbook.run_created',
          entityType: 'playbook_run',
          entityId: run.id,
          summary: { after: { ruleId: run.ruleId, status: 'open', tasks: plan.tasks.length }, trigger: { ...trigger, previousLevel: change.previousLevel } },
        });
        if (requested.length > 0) {
          await this.audit.append(manager, {
            ...SYSTEM,
            action: 'welfare_check.requested',
            entityType: 'playbook_run',
            entityId: run.id,
            summary: { after: { vulnerableResidents: requested.length }, selection: plan.welfareChecks, vulnerableResidentIds: requested },
          });
        }
      }
      const closed = await this.runs.closeEnded(manager, track, ended, change.id);
      for (const run of closed) {
        await this.audit.append(manager, {
          ...SYSTEM,
          action: 'playbook.run_closed',
          entityType: 'playbook_run',
          entityId: run.id,
          summary: { before: { status: 'open' }, after: { status: 'closed', reason: 'signal_ended' }, ruleId: run.ruleId, changeId: change.id, level: trigger.level },
        });
      }
      return { created: created.map((run) => run.id), closed: closed.map((run) => run.id), welfareChecksRequested };
    });

    if (result.created.length > 0 || result.closed.length > 0) {
      this.logger.log({ changeId: change.id, created: result.created, closed: result.closed, welfareChecksRequested: result.welfareChecksRequested.length }, 'playbook runs updated');
    }
    const announce = options.announceAgain ? await this.runs.idsTouchedByChange(change.id) : [...result.created, ...result.closed];
    for (const run of await this.runs.findByIds(announce)) {
      await this.publisher.publish('hq', 'playbook.updated', { run });
    }
    return result;
  }
}
