import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { HQ_ROLES, type AuthUser, type Team, type TeamList } from '@app/contracts';
import { AuditRepository, TeamRepository, type MemberValues, type VehicleValues } from '@app/database';
import { DomainError, plateKey } from '@app/domain';
import { auditActor } from '../audit/audit-actor.js';
import { constraintError } from './constraint-errors.js';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import { FieldAccess } from './field-access.js';
import type { CreateTeamDto, SetReadinessDto, TeamMemberDto, UpdateTeamDto, VehicleDto } from './team.dto.js';
import { TeamViews } from './team-views.js';

const RACES = {
  field_teams_name_key: () => new DomainError('conflict', 'team_name_taken', 'There is already a team with this call sign; call signs are unique.'),
  vehicles_plate_key: () => new DomainError('conflict', 'team_vehicle_taken', 'One of these vehicles was just given to another team; take it off that team first.'),
};
const notFound = (id: string) => new DomainError('not_found', 'team_not_found', `There is no team with id ${id}.`);
const blankToNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

/** Units, their rosters and vehicles, and readiness. HQ roles manage them; a crew lead sets their own crew's readiness. */
@Injectable()
export class TeamsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly teams: TeamRepository,
    private readonly audit: AuditRepository,
    private readonly access: FieldAccess,
    private readonly views: TeamViews,
  ) {}

  /** HQ roles see every unit; field roles only their own. */
  async list(user: AuthUser): Promise<TeamList> {
    const scope = await this.access.teamScope(user);
    const items = scope !== null && scope.length === 0 ? [] : await this.views.list(scope ?? undefined);
    return { items, silentAfterMinutes: this.views.silentAfterMinutes };
  }

  async create(input: CreateTeamDto, meta: RequestMeta): Promise<Team> {
    const members = await this.checkMembers(input.members);
    const vehicles = this.checkVehicles(input.vehicles ?? []);
    await this.checkName(input.name, null);
    await this.checkPlace(input.basePlaceId);
    const actor = { id: meta.user?.id ?? null, name: meta.user?.displayName ?? meta.user?.username ?? 'system' };
    const id = await this.dataSource.transaction(async (manager) => {
      await this.checkPlatesFree(manager, null, vehicles);
      const teamId = await this.teams.insert(manager, {
        kind: input.kind,
        name: input.name.trim(),
        basePlaceId: input.basePlaceId ?? null,
        baseNote: blankToNull(input.baseNote),
        phone: blankToNull(input.phone),
        readiness: input.readiness ?? 'standby',
      });
      await this.teams.replaceMembers(manager, teamId, members);
      await this.teams.replaceVehicles(manager, teamId, vehicles);
      await this.teams.recordReadinessSnapshot(manager, teamId, actor, true);
      await this.audit.append(manager, {
        ...auditActor(meta),
        action: 'field_team.created',
        entityType: 'field_team',
        entityId: teamId,
        summary: { after: { kind: input.kind, name: input.name.trim(), readiness: input.readiness ?? 'standby', basePlaceId: input.basePlaceId ?? null, members: members.length, vehicles: vehicles.map((v) => v.plate) } },
      });
      return teamId;
    }).catch((err: unknown) => {
      throw constraintError(err, RACES);
    });
    const [team] = await this.views.publish([id]);
    return team;
  }

  /** Replaces what the request names; members and vehicles, when given, are the whole new list. */
  async update(id: string, input: UpdateTeamDto, meta: RequestMeta): Promise<Team> {
    const members = input.members ? await this.checkMembers(input.members) : undefined;
    const vehicles = input.vehicles ? this.checkVehicles(input.vehicles) : undefined;
    if (input.name !== undefined) await this.checkName(input.name, id);
    await this.checkPlace(input.basePlaceId);
    await this.dataSource.transaction(async (manager) => {
      const before = (await this.teams.lock(manager, id)) && (await this.teams.get(id, manager));
      if (!before) throw notFound(id);
      if (vehicles) await this.checkPlatesFree(manager, id, vehicles);
      await this.teams.update(manager, id, {
        kind: input.kind,
        name: input.name?.trim(),
        basePlaceId: input.basePlaceId,
        baseNote: input.baseNote === undefined ? undefined : blankToNull(input.baseNote),
        phone: input.phone === undefined ? undefined : blankToNull(input.phone),
      });
      if (members) await this.teams.replaceMembers(manager, id, members);
      if (vehicles) await this.teams.replaceVehicles(manager, id, vehicles);
      const actor = { id: meta.user?.id ?? null, name: meta.user?.displayName ?? 'system' };
      if (input.readiness && input.readiness !== before.readiness) await this.teams.setReadiness(manager, id, input.readiness, null, actor);
      else if (members && members.length !== before.headcount) await this.teams.recordReadinessSnapshot(manager, id, actor, false);
      const changed = Object.keys(input).filter((key) => input[key as keyof UpdateTeamDto] !== undefined);
      await this.audit.append(manager, {
        ...auditActor(meta),
        action: 'field_team.updated',
        entityType: 'field_team',
        entityId: id,
        summary: {
          fields: changed,
          before: pick(summaryOf(before), changed),
          after: pick({ ...input, members: members?.length, vehicles: vehicles?.map((v) => v.plate) }, changed),
        },
      });
    }).catch((err: unknown) => {
      throw constraintError(err, RACES);
    });
    const [team] = await this.views.publish([id]);
    return team;
  }

  /** HQ roles for any unit; a crew lead only for a unit whose roster lists them (404 otherwise). */
  async setReadiness(id: string, input: SetReadinessDto, user: AuthUser, meta: RequestMeta): Promise<Team> {
    if (!HQ_ROLES.includes(user.role) && !(await this.access.canActFor(user, id))) throw notFound(id);
    const note = blankToNull(input.note);
    const changed = await this.dataSource.transaction(async (manager) => {
      const team = await this.teams.lock(manager, id);
      if (!team) throw notFound(id);
      if (team.readiness === input.readiness && note === null) return false;
      await this.teams.setReadiness(manager, id, input.readiness, note, { id: user.id, name: user.displayName });
      await this.audit.append(manager, {
        ...auditActor(meta),
        action: 'field_team.readiness',
        entityType: 'field_team',
        entityId: id,
        summary: { before: { readiness: team.readiness }, after: { readiness: input.readiness, note } },
      });
      return true;
    });
    if (changed) return (await this.views.publish([id]))[0];
    return (await this.views.get(id))!;
  }

  private async checkName(name: string, exceptId: string | null): Promise<void> {
    if (await this.teams.nameTaken(name.trim(), exceptId)) {
      throw new DomainError('conflict', 'team_name_taken', `There is already a team called ${name.trim()}; call signs are unique.`);
    }
  }

  private async checkPlace(placeId: string | null | undefined): Promise<void> {
    if (placeId && (await this.teams.knownPlaceIds([placeId])).length === 0) {
      throw new DomainError('invalid', 'team_base_place_unknown', `basePlaceId ${placeId} is not a known place; use a place id from GET /api/places.`);
    }
  }

  private async checkMembers(members: readonly TeamMemberDto[]): Promise<MemberValues[]> {
    const staffIds = members.map((m) => m.staffUserId).filter((id): id is string => !!id);
    const repeated = staffIds.find((id, i) => staffIds.indexOf(id) !== i);
    if (repeated) throw new DomainError('invalid', 'team_member_repeated', `Staff account ${repeated} is listed twice in members.`);
    if (members.filter((m) => m.leader).length > 1) throw new DomainError('invalid', 'team_leaders_many', 'Only one member can be the leader.');
    const unknown = await this.teams.unknownStaff(staffIds);
    if (unknown.length) throw new DomainError('invalid', 'team_member_account_unknown', `members.staffUserId ${unknown.join(', ')} is not an active staff account.`, unknown);
    return members.map((m) => ({ name: m.name.trim(), phone: blankToNull(m.phone), staffUserId: m.staffUserId ?? null, leader: m.leader ?? false }));
  }

  private checkVehicles(vehicles: readonly VehicleDto[]): VehicleValues[] {
    const keys = vehicles.map((v) => plateKey(v.plate));
    const repeated = vehicles.find((_, i) => keys.indexOf(keys[i]) !== i);
    if (repeated) throw new DomainError('invalid', 'team_vehicle_repeated', `Vehicle ${repeated.plate} is listed twice in vehicles.`);
    return vehicles.map((v) => ({ plate: v.plate.trim(), type: v.type, capacity: v.capacity }));
  }

  private async checkPlatesFree(manager: EntityManager, teamId: string | null, vehicles: readonly VehicleValues[]): Promise<void> {
    const taken = await this.teams.platesOwnedElsewhere(manager, teamId, vehicles.map((v) => v.plate));
    if (taken.length) {
      throw new DomainError(
        'conflict',
        'team_vehicle_taken',
        `Vehicle ${taken.map((t) => `${t.plate} belongs to ${t.teamName}`).join(', ')}; take it off that team first.`,
        taken.map((t) => t.plate),
      );
    }
  }
}

function summaryOf(team: { kind: string; name: string; basePlaceId: string | null; baseNote: string | null; phone: string | null; readiness: string; headcount: number; vehicles: { plate: string }[] }) {
  return { kind: team.kind, name: team.name, basePlaceId: team.basePlaceId, baseNote: team.baseNote, phone: team.phone, readiness: team.readiness, members: team.headcount, vehicles: team.vehicles.map((v) => v.plate) };
}

function pick(values: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, values[k] ?? null]));
}
