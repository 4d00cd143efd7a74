import { Module } from '@nestjs/common';
import { FieldTaskRepository } from '@app/database';
import { RealtimeModule } from '@app/realtime';
import { AuditModule } from '../audit/audit.module.js';
import { TeamsModule } from '../teams/teams.module.js';
import { TasksController } from './tasks.controller.js';
import { TasksService } from './tasks.service.js';

/** `/api/tasks`: dispatches of field units, their checklists and trip counts. */
@Module({
  imports: [AuditModule, RealtimeModule, TeamsModule],
  controllers: [TasksController],
  providers: [FieldTaskRepository, TasksService],
  exports: [FieldTaskRepository, TasksService],
})
export class TasksModule {}
