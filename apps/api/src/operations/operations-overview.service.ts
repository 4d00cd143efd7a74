import { Injectable } from '@nestjs/common';
import type { AuthUser, OperationsOverview } from '@app/contracts';
import { SheltersService } from '../evacuation/shelters.service.js';
import { HazardReportViewsService } from '../reports/hazard-report-views.service.js';
import { TasksService } from '../tasks/tasks.service.js';
import { TeamViews } from '../teams/team-views.js';
import { OperationsKpisService } from './operations-kpis.service.js';

/**
 * What the operations map and its lists draw, in one answer: the dashboard loads it on open and after a reconnect,
 * then follows the `ops.*` events. Each part comes from the service that owns it, with its own access rules.
 */
@Injectable()
export class OperationsOverviewService {
  constructor(
    private readonly kpis: OperationsKpisService,
    private readonly teams: TeamViews,
    private readonly tasks: TasksService,
    private readonly reports: HazardReportViewsService,
    private readonly shelters: SheltersService,
  ) {}

  async overview(user: AuthUser): Promise<OperationsOverview> {
    const now = new Date();
    const [kpis, teams, openTasks, hazards, shelters] = await Promise.all([
      this.kpis.kpis(undefined, now),
      this.teams.list(),
      this.tasks.list({ state: 'open' }, user),
      this.reports.list({ open: true }, user),
      this.shelters.list(),
    ]);
    return { kpis, teams, openTasks: openTasks.items, hazards, shelters, at: now.toISOString() };
  }
}
