import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DatabaseHealthCheck, ObservabilityModule } from '@app/observability';
import { QueueBackendHealthCheck, QueueConsumerModule } from '@app/queue';
import { NoticesWorkerModule } from './notices/notices-worker.module.js';
import { RealtimeMaintenanceModule } from './realtime/realtime-maintenance.module.js';
import { PlaybooksWorkerModule } from './playbooks/playbooks-worker.module.js';
import { SignalsWorkerModule } from './signals/signals-worker.module.js';
import { DispatchWorkerModule } from './dispatch/dispatch-worker.module.js';
import { OperationsWorkerModule } from './operations/operations-worker.module.js';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    QueueConsumerModule,
    ObservabilityModule.forRoot({ service: 'worker', checks: [DatabaseHealthCheck, QueueBackendHealthCheck] }),
    NoticesWorkerModule,
    RealtimeMaintenanceModule,
    PlaybooksWorkerModule,
    SignalsWorkerModule,
    DispatchWorkerModule,
    OperationsWorkerModule,
  ],
})
export class WorkerModule {}
