import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FIELD_ROLES, type AuthUser, type WelfareCheck, type WelfareCheckRequest } from '@app/contracts';
import { AuditRepository, EvacuationLookupRepository, VulnerableResidentRepository, WelfareCheckRepository, type StoredWelfareCheck } from '@app/database';
import { DomainError } from '@app/domain';
import { auditActor } from '../audit/audit-actor.js';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import { assertSameBody, blankToNull, bodyHash, parseRecordedAt } from './client-record.js';

function hashOf(input: WelfareCheckRequest): Buffer {
  return bodyHash([input.vulnerableResidentId, input.outcome, input.note ?? null, input.taskId ?? null, new Date(input.recordedAt).toISOString()]);
}

/**
 * Welfare checks: one row per client id (a check queued offline and sent twice is stored once); the check made last
 * becomes the resident's latest outcome, and answers the welfare-check requests filed before it. An outcome of
 * `moved` says where the person went with a separate transfer.
 */
@Injectable()
export class WelfareChecksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly checks: WelfareCheckRepository,
    private readonly residents: VulnerableResidentRepository,
    private readonly lookup: EvacuationLookupRepository,
    private readonly audit: AuditRepository,
  ) {}

  async record(input: WelfareCheckRequest, user: AuthUser, meta: RequestMeta): Promise<{ check: WelfareCheck; created: boolean }> {
    const hash = hashOf(input);
    const earlier = await this.checks.findByClientId(this.dataSource, input.clientId);
    if (earlier) return this.replay(earlier, hash);

    const recordedAt = parseRecordedAt(input.recordedAt, 'welfare_check_recorded_at_invalid');
    await this.assertAccess(input, user);

    return this.dataSource.transaction(async (manager) => {
      const { stored, created } = await this.checks.insertOnce(manager, {
        clientId: input.clientId,
        bodyHash: hash,
        vulnerableResidentId: input.vulnerableResidentId,
        outcome: input.outcome,
        note: blankToNull(input.note),
        taskId: input.taskId ?? null,
        byId: user.id,
        byName: user.displayName,
        recordedAt,
      });
      if (!created) return this.replay(stored, hash);
      const resident = (await this.residents.findForUpdate(manager, input.vulnerableResidentId))!;
      const latest = await this.residents.applyOutcome(manager, resident.id, input.outcome, recordedAt);
      const answered = await this.checks.resolveRequests(manager, resident.id, recordedAt);
      await this.audit.append(manager, {
        ...auditActor(meta),
        action: 'welfare_check.recorded',
        entityType: 'welfare_check',
        entityId: stored.check.id,
        summary: {
          after: { vulnerableResidentId: resident.id, outcome: input.outcome, taskId: stored.check.taskId, recordedAt: stored.check.recordedAt },
          resident: { before: { lastOutcome: resident.lastOutcome, lastCheckedAt: resident.lastCheckedAt }, latest },
          requestsAnswered: answered,
        },
      });
      return { check: stored.check, created: true };
    });
  }

  private replay(stored: StoredWelfareCheck, hash: Buffer): { check: WelfareCheck; created: boolean } {
    assertSameBody(stored.bodyHash, hash, 'welfare_check_client_id_reused', 'welfare check');
    return { check: stored.check, created: false };
  }

  /**
   * HQ roles record checks for anyone on the register. A field account records them for residents on a
   * welfare-check task of its own team (closed ones too: a check queued offline may arrive after the task is done).
   * A field account learns nothing about residents that are not its own: unknown and foreign ids answer alike.
   */
  private async assertAccess(input: WelfareCheckRequest, user: AuthUser): Promise<void> {
    const field = FIELD_ROLES.includes(user.role);
    if (field && !(await this.residents.onTaskOfMember(input.vulnerableResidentId, user.id, false))) {
      throw new DomainError('forbidden', 'welfare_check_not_your_resident', 'You can record welfare checks only for residents on your team’s welfare-check tasks.');
    }
    if (!field && !(await this.residents.find(this.dataSource, input.vulnerableResidentId))) {
      throw new DomainError('invalid', 'welfare_check_resident_unknown', `Unknown vulnerable resident id: ${input.vulnerableResidentId}.`, [input.vulnerableResidentId]);
    }
    if (input.taskId) {
      const task = await this.checks.findTask(input.taskId);
      if (!task || task.kind !== 'welfare-check' || task.vulnerableResidentId !== input.vulnerableResidentId) {
        throw new DomainError('invalid', 'welfare_check_task_mismatch', `taskId ${input.taskId} is not a welfare-check task for this resident.`, [input.taskId]);
      }
      if (field && !(await this.lookup.teamsOfMember(user.id)).includes(task.teamId)) {
        throw new DomainError('forbidden', 'welfare_check_task_not_yours', 'taskId is another team’s task; record the check against your own team’s task.');
      }
    }
  }
}
