import { Module } from '@nestjs/common';
import { TeamRepository } from '@app/database';
import { RealtimeModule } from '@app/realtime';
import { AuditModule } from '../audit/audit.module.js';
import { FieldAccess } from './field-access.js';
import { RosterImportService } from './roster-import.service.js';
import { TeamViews } from './team-views.js';
import { TeamsController } from './teams.controller.js';
import { TeamsService } from './teams.service.js';

/** `/api/teams`: units, rosters, vehicles, readiness. Exports who-may-act-for-which-unit to tasks and check-ins. */
@Module({
  imports: [AuditModule, RealtimeModule],
  controllers: [TeamsController],
  providers: [TeamRepository, FieldAccess, TeamViews, TeamsService, RosterImportService],
  exports: [TeamRepository, FieldAccess, TeamViews],
})
export class TeamsModule {}
