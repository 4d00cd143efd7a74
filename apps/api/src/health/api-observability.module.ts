import { Module } from '@nestjs/common';
import { DatabaseHealthCheck, ObservabilityModule } from '@app/observability';
import { QueueBackendHealthCheck } from '@app/queue';
import { HealthController } from './health.controller.js';

/**
 * Logging, metrics and the api's /health (database and queue backend) and /metrics, served here so they can be marked
 * public. The queue backend's check comes from the global QueueModule.
 */
@Module({
  imports: [ObservabilityModule.forRoot({ service: 'api', checks: [DatabaseHealthCheck, QueueBackendHealthCheck], routes: false })],
  controllers: [HealthController],
  exports: [ObservabilityModule],
})
export class ApiObservabilityModule {}
