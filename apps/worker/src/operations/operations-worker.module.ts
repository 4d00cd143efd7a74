import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { OperationsStatsRepository } from '@app/database';
import { JobProducer } from '@app/queue';
import { RealtimeModule } from '@app/realtime';
import { OperationsKpisProcessor } from './operations-kpis.processor.js';
import { OperationsKpisPublisher } from './operations-kpis.publisher.js';

/** Field-operation figures kept live: the KPI tiles are recomputed every few seconds and published when they move. */
export const OPERATIONS_KPIS_EVERY_MS = 3_000;

@Module({
  imports: [RealtimeModule],
  providers: [OperationsStatsRepository, OperationsKpisPublisher, OperationsKpisProcessor],
})
export class OperationsWorkerModule implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobProducer) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule('system', 'operations-kpis', { everyMs: OPERATIONS_KPIS_EVERY_MS }, 'operations.kpis', {});
  }
}
