import { Module, type DynamicModule } from '@nestjs/common';
import { collectDefaultMetrics } from 'prom-client';
import { HttpMetrics } from './http-metrics.js';
import { MetricsRegistry } from './metrics-registry.js';

/** A Prometheus registry with Node's default process metrics, labelled with the service that reports them. */
@Module({})
export class MetricsModule {
  static forRoot(service: string): DynamicModule {
    return {
      module: MetricsModule,
      providers: [
        {
          provide: MetricsRegistry,
          useFactory: () => {
            const registry = new MetricsRegistry();
            registry.setDefaultLabels({ service });
            collectDefaultMetrics({ register: registry });
            return registry;
          },
        },
        HttpMetrics,
      ],
      exports: [MetricsRegistry, HttpMetrics],
    };
  }
}
