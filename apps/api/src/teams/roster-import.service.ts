import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser, RosterImportResult, RosterRowError } from '@app/contracts';
import { AuditRepository, TeamRepository } from '@app/database';
import { DomainError, planRoster, teamKey } from '@app/domain';
import { auditActor } from '../audit/audit-actor.js';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import { constraintError } from './constraint-errors.js';
import { TeamViews } from './team-views.js';

/** Thrown inside the transaction to roll it back when the stored data makes a row wrong. */
class RosterRejected extends Error {
  constructor(readonly errors: RosterRowError[]) {
    super('roster rejected');
  }
}

/**
 * The roster file: one row per member. Applied in one transaction only when every row is valid; otherwise nothing
 * is stored and every bad row is reported. A team in the file gets exactly the members and vehicles the file lists
 * (members keep their staff-account link when listed again under the same name or phone); teams not in the file
 * are left alone.
 */
@Injectable()
export class RosterImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly teams: TeamRepository,
    private readonly audit: AuditRepository,
    private readonly views: TeamViews,
  ) {}

  async import(text: string, user: AuthUser, meta: RequestMeta): Promise<RosterImportResult> {
    const plan = planRoster(text, new Set(await this.teams.knownPlaceIds(null)));
    const rejected = (errors: RosterRowError[]): RosterImportResult => ({ applied: false, teamsCreated: 0, teamsUpdated: 0, members: 0, vehicles: 0, errors });
    if (!plan.ok) return rejected(plan.errors);

    const actor = { id: user.id, name: user.displayName };
    try {
      const outcome = await this.dataSource.transaction(async (manager) => {
        const existing = new Map((await this.teams.lockByNames(manager, plan.teams.map((t) => t.name))).map((t) => [teamKey(t.name), t]));
        const errors: RosterRowError[] = [];
        for (const team of plan.teams) {
          const stored = existing.get(teamKey(team.name));
          if (stored && stored.kind !== team.kind) {
            errors.push({ line: team.line, column: 'kind', message: `team ${stored.name} exists as ${stored.kind}; a roster does not change a team's kind` });
          }
        }
        const inFile = new Set(plan.teams.map((t) => teamKey(t.name)));
        const vehicles = plan.teams.flatMap((t) => t.vehicles);
        for (const taken of await this.teams.platesOwnedElsewhere(manager, null, vehicles.map((v) => v.plate))) {
          if (inFile.has(teamKey(taken.teamName))) continue; // that team's vehicles are replaced by this file too
          const line = vehicles.find((v) => v.plate.toUpperCase().replace(/[\s-]+/g, '') === taken.plate.toUpperCase().replace(/[\s-]+/g, ''))?.line ?? 1;
          errors.push({ line, column: 'vehicle_plate', message: `vehicle ${taken.plate} belongs to team ${taken.teamName}, which this file does not list; take it off that team first` });
        }
        if (errors.length) throw new RosterRejected(errors.sort((a, b) => a.line - b.line));

        const ids: string[] = [];
        let created = 0;
        for (const team of plan.teams) {
          const stored = existing.get(teamKey(team.name));
          let id: string;
          if (stored) {
            id = stored.id;
            if (team.basePlaceId) await this.teams.update(manager, id, { basePlaceId: team.basePlaceId });
            else await this.teams.update(manager, id, {});
          } else {
            id = await this.teams.insert(manager, { kind: team.kind, name: team.name, basePlaceId: team.basePlaceId, baseNote: null, phone: null, readiness: 'standby' });
            created += 1;
          }
          await this.teams.replaceMembers(manager, id, team.members.map((m) => ({ name: m.name, phone: m.phone, staffUserId: null, leader: m.leader })));
          await this.teams.replaceVehicles(manager, id, team.vehicles);
          await this.teams.recordReadinessSnapshot(manager, id, actor, !stored);
          ids.push(id);
        }
        const result: RosterImportResult = {
          applied: true,
          teamsCreated: created,
          teamsUpdated: plan.teams.length - created,
          members: plan.teams.reduce((sum, t) => sum + t.members.length, 0),
          vehicles: vehicles.length,
          errors: [],
        };
        await this.audit.append(manager, {
          ...auditActor(meta),
          action: 'field_team.roster_imported',
          entityType: 'field_team',
          entityId: null,
          summary: { after: { ...result, teams: plan.teams.map((t) => t.name) } },
        });
        return { result, ids };
      });
      await this.views.publish(outcome.ids);
      return outcome.result;
    } catch (err) {
      if (err instanceof RosterRejected) return rejected(err.errors);
      // Another change to the same teams or vehicles committed first: nothing of this file was stored.
      throw constraintError(err, {
        field_teams_name_key: () => new DomainError('conflict', 'roster_concurrent_change', 'A team in this file was created by someone else just now; send the file again.'),
        vehicles_plate_key: () => new DomainError('conflict', 'roster_concurrent_change', 'A vehicle in this file was given to a team just now; send the file again.'),
      });
    }
  }
}
