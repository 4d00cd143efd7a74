import { Module } from '@nestjs/common';
import { OperationsStatsRepository } from '@app/database';
import { AfterActionController } from './after-action.controller.js';
import { AfterActionService } from './after-action.service.js';
import { OperationsController } from './operations.controller.js';
import { OperationsKpisService } from './operations-kpis.service.js';
import { OperationsOverviewService } from './operations-overview.service.js';
import { EvacuationModule } from '../evacuation/evacuation.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { TeamsModule } from '../teams/teams.module.js';

/** `/api/operations` (KPI tiles, the operations overview) and `/api/after-action` (the report the HQ publishes). */
@Module({
  imports: [TeamsModule, TasksModule, ReportsModule, EvacuationModule],
  controllers: [OperationsController, AfterActionController],
  providers: [OperationsStatsRepository, OperationsKpisService, OperationsOverviewService, AfterActionService],
})
export class OperationsModule {}
