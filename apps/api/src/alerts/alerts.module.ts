import { Module } from '@nestjs/common';
import { AlertRepository, OutboxRepository } from '@app/database';
import { DispatchQueriesModule } from '@app/dispatch';
import { QueueModule } from '@app/queue';
import { RealtimeModule } from '@app/realtime';
import { AuditModule } from '../audit/audit.module.js';
import { AlertAreasReader } from './alert-areas.reader.js';
import { AlertCorrectionsReader } from './alert-corrections.reader.js';
import { AlertDeliveriesController } from './alert-deliveries.controller.js';
import { AlertPeopleReader } from './alert-people.reader.js';
import { AlertsController } from './alerts.controller.js';
import { AlertsService } from './alerts.service.js';

/** `/api/alerts`: composer, approval, CAP 1.2 and the Atom feed. */
@Module({
  imports: [AuditModule, RealtimeModule, QueueModule, DispatchQueriesModule],
  controllers: [AlertsController, AlertDeliveriesController],
  providers: [AlertRepository, OutboxRepository, AlertAreasReader, AlertPeopleReader, AlertCorrectionsReader, AlertsService],
})
export class AlertsModule {}
