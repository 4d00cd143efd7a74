import { Module, type DynamicModule, type Type } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import { HealthController } from './health/health.controller.js';
import type { HealthCheck } from './health/health-check.js';
import { HealthModule } from './health/health.module.js';
import { LoggingModule } from './logging/logging.module.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { MetricsModule } from './metrics/metrics.module.js';

export interface ObservabilityOptions {
  /** Names the process in logs and metrics: `api` or `worker`. */
  service: string;
  /** What `/health` reports on. */
  checks: Type<HealthCheck>[];
  /**
   * Serve `/health` and `/metrics` from this module (default). An app with an authentication guard turns this off
   * and serves them from its own controllers marked public.
   */
  routes?: boolean;
  /** Where log lines go (standard output unless given). */
  logDestination?: DestinationStream;
}

/** Logging, metrics and health for one process. */
@Module({})
export class ObservabilityModule {
  static forRoot(options: ObservabilityOptions): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [
        LoggingModule.forRoot(options.service, options.logDestination),
        MetricsModule.forRoot(options.service),
        HealthModule.forRoot(options.checks),
      ],
      controllers: options.routes === false ? [] : [HealthController, MetricsController],
      exports: [LoggingModule, MetricsModule, HealthModule],
    };
  }
}
