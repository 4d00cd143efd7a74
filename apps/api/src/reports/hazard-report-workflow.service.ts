import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser, HazardReport, HazardReportTransitionRequest } from '@app/contracts';
import { AuditRepository, HazardReportRepository } from '@app/database';
import { DomainError, planHazardTransition } from '@app/domain';
import { auditActor } from '../audit/audit-actor.js';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import { HazardReportAnnouncer } from './hazard-report.announcer.js';
import { isHq } from './hazard-report.viewer.js';
import { HazardReportViewsService, notFound } from './hazard-report-views.service.js';

/** Moves reports through their lifecycle: one step at a time, by a named user, recorded and audited with the change. */
@Injectable()
export class HazardReportWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: HazardReportRepository,
    private readonly audit: AuditRepository,
    private readonly views: HazardReportViewsService,
    private readonly announcer: HazardReportAnnouncer,
  ) {}

  async transition(id: string, request: HazardReportTransitionRequest, user: AuthUser, meta: RequestMeta): Promise<HazardReport> {
    const hq = isHq(user);
    const myTeams = hq ? [] : await this.reports.teamsOf(user.id);
    const updated = await this.dataSource.transaction(async (manager) => {
      // Locked: two people moving one report run one after the other, the second sees the first's result.
      const row = await this.reports.findForUpdate(manager, id);
      const memberOfAssignedTeam = row?.teamId ? myTeams.includes(row.teamId) : false;
      if (!row || (!hq && row.reportedById !== user.id && !memberOfAssignedTeam)) throw notFound(id);

      const plan = planHazardTransition(row, request, { hq, memberOfAssignedTeam });
      if (plan.to === 'assigned' && !(await this.reports.teamExists(plan.teamId!))) {
        throw new DomainError('invalid', 'hazard_team_unknown', `Unknown team id: ${plan.teamId}. GET /api/teams lists the teams.`, [plan.teamId!]);
      }
      if (plan.duplicateOf !== null && !(await this.reports.findById(plan.duplicateOf, manager))) {
        throw new DomainError('invalid', 'hazard_duplicate_of_unknown', `Unknown report id: ${plan.duplicateOf}. Name the report this one duplicates.`, [
          plan.duplicateOf,
        ]);
      }
      const closing = plan.to === 'duplicate' || plan.to === 'rejected';
      const after = await this.reports.updateState(manager, id, {
        state: plan.to,
        reason: closing ? plan.reason : null,
        duplicateOf: plan.duplicateOf,
        teamId: plan.teamId,
      });
      await this.reports.insertStep(manager, {
        reportId: id,
        fromState: plan.from,
        toState: plan.to,
        byId: user.id,
        byName: user.displayName,
        reason: plan.reason,
        teamId: plan.teamId,
      });
      await this.audit.append(manager, {
        ...auditActor(meta),
        action: 'hazard_report.transitioned',
        entityType: 'hazard_report',
        entityId: id,
        summary: {
          before: { state: plan.from, teamId: row.teamId },
          after: { state: plan.to, teamId: plan.teamId, duplicateOf: plan.duplicateOf },
          reason: plan.reason,
        },
      });
      return after;
    });
    const [report] = await this.views.views([updated]);
    await this.announcer.announce(report);
    return report;
  }
}
