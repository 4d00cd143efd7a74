import { Module } from '@nestjs/common';
import { PlaybookRunRepository, PlaybookTaskRepository } from '@app/database';
import { RealtimeModule } from '@app/realtime';
import { AuditModule } from '../audit/audit.module.js';
import { PlaybooksController } from './playbooks.controller.js';
import { PlaybookRunsService } from './playbook-runs.service.js';
import { PlaybookTasksService } from './playbook-tasks.service.js';

/** The HQ's playbook runs and tasks (`/api/playbooks/...`); the worker creates runs from signal changes. */
@Module({
  imports: [AuditModule, RealtimeModule],
  controllers: [PlaybooksController],
  providers: [PlaybookRunRepository, PlaybookTaskRepository, PlaybookRunsService, PlaybookTasksService],
})
export class PlaybooksModule {}
