import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FIELD_ROLES, type AuthUser, type Shelter, type Transfer, type TransferRequest } from '@app/contracts';
import { AuditRepository, EvacuationLookupRepository, ShelterRepository, TransferRepository, VulnerableResidentRepository, WelfareCheckRepository, type StoredTransfer } from '@app/database';
import { admissionRefusal, DomainError } from '@app/domain';
import { auditActor } from '../audit/audit-actor.js';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import { assertSameBody, blankToNull, bodyHash, parseRecordedAt } from './client-record.js';
import { SheltersService } from './shelters.service.js';

export const TRANSFER_LIST_LIMIT = 1000;

function hashOf(input: TransferRequest): Buffer {
  return bodyHash([
    input.shelterId,
    input.people,
    input.fromAreaId ?? null,
    input.fromNote ?? null,
    input.vulnerableResidentId ?? null,
    input.teamId ?? null,
    input.taskId ?? null,
    new Date(input.recordedAt).toISOString(),
  ]);
}

/**
 * Transfers: people moved into a shelter. The transfer row and the occupancy increase commit together; the increase
 * is one conditional UPDATE, so simultaneous transfers into a nearly full shelter admit exactly as many people as
 * fit and refuse the rest (409), whatever the order they arrive in.
 */
@Injectable()
export class TransfersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transfers: TransferRepository,
    private readonly shelters: ShelterRepository,
    private readonly residents: VulnerableResidentRepository,
    private readonly checks: WelfareCheckRepository,
    private readonly lookup: EvacuationLookupRepository,
    private readonly audit: AuditRepository,
    private readonly shelterService: SheltersService,
  ) {}

  list(shelterId: string | undefined): Promise<Transfer[]> {
    return this.transfers.list({ shelterId, limit: TRANSFER_LIST_LIMIT });
  }

  async record(input: TransferRequest, user: AuthUser, meta: RequestMeta): Promise<{ transfer: Transfer; created: boolean }> {
    const hash = hashOf(input);
    const earlier = await this.transfers.findByClientId(this.dataSource, input.clientId);
    if (earlier) return this.replay(earlier, hash);

    const recordedAt = parseRecordedAt(input.recordedAt, 'transfer_recorded_at_invalid');
    const teamId = await this.resolveReferences(input, user);

    const result = await this.dataSource.transaction(async (manager): Promise<{ transfer: Transfer; created: boolean; shelter?: Shelter }> => {
      const { stored, created } = await this.transfers.insertOnce(manager, {
        clientId: input.clientId,
        bodyHash: hash,
        shelterId: input.shelterId,
        people: input.people,
        fromAreaId: input.fromAreaId ?? null,
        fromNote: blankToNull(input.fromNote),
        vulnerableResidentId: input.vulnerableResidentId ?? null,
        teamId,
        taskId: input.taskId ?? null,
        byId: user.id,
        byName: user.displayName,
        recordedAt,
      });
      if (!created) return this.replay(stored, hash);

      const residentId = input.vulnerableResidentId ?? null;
      if (residentId) {
        const resident = (await this.residents.findForUpdate(manager, residentId))!;
        if (resident.shelterId) {
          throw new DomainError('conflict', 'vulnerable_resident_in_shelter', `This resident is already in shelter ${resident.shelterId}; record their departure from it first.`);
        }
      }
      const shelter = await this.shelters.admit(manager, input.shelterId, input.people);
      if (!shelter) {
        const current = (await this.shelters.find(manager, input.shelterId))!;
        const refusal = admissionRefusal(current, input.people) ?? { code: 'shelter_full', message: 'This shelter cannot take these people now; try again.' };
        throw new DomainError('conflict', refusal.code, refusal.message);
      }
      if (residentId) await this.residents.setShelter(manager, residentId, input.shelterId);
      await this.audit.append(manager, {
        ...auditActor(meta),
        action: 'transfer.recorded',
        entityType: 'transfer',
        entityId: stored.transfer.id,
        summary: {
          after: { shelterId: input.shelterId, people: input.people, fromAreaId: stored.transfer.fromAreaId, vulnerableResidentId: residentId, teamId, taskId: stored.transfer.taskId, recordedAt: stored.transfer.recordedAt },
          occupancy: { before: shelter.occupancy - input.people, after: shelter.occupancy, capacity: shelter.capacity },
        },
      });
      return { transfer: stored.transfer, created: true, shelter };
    });
    if (result.shelter) await this.shelterService.announce(result.shelter);
    return { transfer: result.transfer, created: result.created };
  }

  private replay(stored: StoredTransfer, hash: Buffer): { transfer: Transfer; created: boolean } {
    assertSameBody(stored.bodyHash, hash, 'transfer_client_id_reused', 'transfer');
    return { transfer: stored.transfer, created: false };
  }

  /**
   * Checks every id the transfer names and returns the team it is recorded for. A field account records transfers
   * for its own team (the only one when it is in exactly one), its own team's task and residents on its team's
   * welfare-check tasks.
   */
  private async resolveReferences(input: TransferRequest, user: AuthUser): Promise<string | null> {
    const field = FIELD_ROLES.includes(user.role);
    if (!(await this.shelters.find(this.dataSource, input.shelterId))) {
      throw new DomainError('invalid', 'transfer_shelter_unknown', `Unknown shelter id: ${input.shelterId}. Use an id from GET /api/shelters.`, [input.shelterId]);
    }
    if (input.fromAreaId && !(await this.lookup.areaExists(input.fromAreaId))) {
      throw new DomainError('invalid', 'transfer_from_area_unknown', `Unknown area id: ${input.fromAreaId}. Use an id from GET /api/areas.`, [input.fromAreaId]);
    }

    let teamId = input.teamId ?? null;
    if (field) {
      const teams = await this.lookup.teamsOfMember(user.id);
      if (teams.length === 0) throw new DomainError('forbidden', 'transfer_no_team', 'You are not a member of any team; ask the HQ to add you to your team.');
      if (teamId === null) {
        if (teams.length > 1) throw new DomainError('invalid', 'transfer_team_required', 'You are in more than one team: say which one with teamId.');
        teamId = teams[0];
      } else if (!teams.includes(teamId)) {
        throw new DomainError('forbidden', 'transfer_team_not_yours', 'You can record transfers only for your own team.');
      }
    } else if (teamId && !(await this.lookup.teamExists(teamId))) {
      throw new DomainError('invalid', 'transfer_team_unknown', `Unknown team id: ${teamId}.`, [teamId]);
    }

    if (input.taskId) {
      const task = await this.checks.findTask(input.taskId);
      if (!task || (teamId !== null && task.teamId !== teamId)) {
        throw new DomainError('invalid', 'transfer_task_mismatch', `taskId ${input.taskId} is not a task of ${teamId ? 'this team' : 'any team'}.`, [input.taskId]);
      }
      // The unit that moved the people is the task's.
      teamId ??= task.teamId;
    }

    const residentId = input.vulnerableResidentId ?? null;
    if (residentId) {
      if (field && !(await this.residents.onTaskOfMember(residentId, user.id, false))) {
        throw new DomainError('forbidden', 'transfer_not_your_resident', 'You can record transfers only for residents on your team’s welfare-check tasks.');
      }
      if (!field && !(await this.residents.find(this.dataSource, residentId))) {
        throw new DomainError('invalid', 'transfer_resident_unknown', `Unknown vulnerable resident id: ${residentId}.`, [residentId]);
      }
    }
    return teamId;
  }
}
