import { Module } from '@nestjs/common';
import { AuditRepository, PlaybookRunRepository, WelfareCheckRepository } from '@app/database';
import { RealtimeModule } from '@app/realtime';
import { PlaybookEvaluateProcessor } from './playbook-evaluate.processor.js';
import { PlaybookEvaluationService } from './playbook-evaluation.service.js';

/** Evaluates the playbook rules for every committed signal change (`signals/playbooks.evaluate`), welfare-check requests included. */
@Module({
  imports: [RealtimeModule],
  providers: [AuditRepository, PlaybookRunRepository, WelfareCheckRepository, PlaybookEvaluationService, PlaybookEvaluateProcessor],
  exports: [PlaybookEvaluationService],
})
export class PlaybooksWorkerModule {}
