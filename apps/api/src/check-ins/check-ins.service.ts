import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser, CheckIn, CheckInList } from '@app/contracts';
import { AuditRepository, CheckInRepository, TeamRepository } from '@app/database';
import { checkCheckInRecordedAt, DomainError } from '@app/domain';
import { RealtimePublisher } from '@app/realtime';
import { auditActor } from '../audit/audit-actor.js';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import { FieldAccess } from '../teams/field-access.js';
import { TeamViews } from '../teams/team-views.js';
import { CHECK_IN_LIST_DEFAULT, type CheckInDto, type CheckInListQueryDto } from './check-in.dto.js';

const teamNotFound = (id: string) => new DomainError('not_found', 'team_not_found', `There is no team with id ${id}.`);

/** The check-in as sent, in a fixed order: a resend hashes the same, any change hashes differently. */
function bodyHash(teamId: string, input: CheckInDto, recordedAt: Date): Buffer {
  const canonical = [teamId, input.location.lat, input.location.lon, input.location.accuracyMeters ?? null, input.status, input.note?.trim() || null, recordedAt.toISOString()];
  return createHash('sha256').update(JSON.stringify(canonical)).digest();
}

/**
 * Field members' check-ins: where they are and how they are. Made offline they arrive late, so `recordedAt` is
 * checked (not in the future, not older than the offline limit) and the client id makes a resend one row.
 */
@Injectable()
export class CheckInsService {
  private readonly logger = new Logger(CheckInsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly checkIns: CheckInRepository,
    private readonly teams: TeamRepository,
    private readonly access: FieldAccess,
    private readonly views: TeamViews,
    private readonly audit: AuditRepository,
    private readonly publisher: RealtimePublisher,
  ) {}

  /** `created` is false for a resend of a check-in already stored (same client id, same body). */
  async checkIn(input: CheckInDto, user: AuthUser, meta: RequestMeta): Promise<{ checkIn: CheckIn; created: boolean }> {
    const recordedAt = checkCheckInRecordedAt(input.recordedAt, new Date());
    const teamId = await this.resolveTeam(input.teamId, user);
    const hash = bodyHash(teamId, input, recordedAt);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const stored = await this.checkIns.insertOnce(manager, {
        clientId: input.clientId,
        teamId,
        userId: user.id,
        userName: user.displayName,
        lat: input.location.lat,
        lon: input.location.lon,
        accuracyM: input.location.accuracyMeters ?? null,
        status: input.status,
        note: input.note?.trim() || null,
        bodyHash: hash,
        recordedAt,
      });
      if (!stored.created && !stored.bodyHash.equals(hash)) {
        throw new DomainError('conflict', 'check_in_client_id_reused', 'This clientId was already used for a different check-in; send a new check-in with a new clientId.');
      }
      if (stored.created) {
        await this.audit.append(manager, {
          ...auditActor(meta),
          action: 'check_in.created',
          entityType: 'check_in',
          entityId: stored.checkIn.id,
          summary: { after: { teamId, status: input.status, lat: input.location.lat, lon: input.location.lon, recordedAt: recordedAt.toISOString() } },
        });
      }
      return stored;
    });
    if (outcome.created) await this.publish(outcome.checkIn);
    return { checkIn: outcome.checkIn, created: outcome.created };
  }

  async list(query: CheckInListQueryDto): Promise<CheckInList> {
    return { items: await this.checkIns.list(query.teamId ?? null, query.limit ?? CHECK_IN_LIST_DEFAULT) };
  }

  /**
   * HQ roles check in for any unit (teamId required). A field member for a unit whose roster lists them; teamId may
   * be left out when they are on exactly one. Another unit's id answers 404, as an unknown one does.
   */
  private async resolveTeam(teamId: string | undefined, user: AuthUser): Promise<string> {
    const scope = await this.access.teamScope(user);
    if (scope === null) {
      if (!teamId) throw new DomainError('invalid', 'check_in_team_required', 'teamId is required: say which team this check-in is for.');
      if (!(await this.teams.exists(teamId))) throw teamNotFound(teamId);
      return teamId;
    }
    if (teamId) {
      if (!scope.includes(teamId)) throw teamNotFound(teamId);
      return teamId;
    }
    if (scope.length === 1) return scope[0];
    if (scope.length === 0) throw new DomainError('forbidden', 'check_in_no_team', 'Your account is not on any team\'s roster; ask the HQ to add you before checking in.');
    throw new DomainError('invalid', 'check_in_team_required', 'You are on several teams\' rosters: say which team this check-in is for (teamId).');
  }

  /** After commit: the check-in and the unit's new last position, to the HQ. */
  private async publish(checkIn: CheckIn): Promise<void> {
    try {
      await this.publisher.publish('hq', 'ops.check-in', { checkIn });
      await this.views.publish([checkIn.teamId]);
    } catch (err) {
      this.logger.warn({ err, checkInId: checkIn.id }, 'check-in stored but not published');
    }
  }
}
