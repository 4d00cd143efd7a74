import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { HEALTH_CHECKS, type HealthCheck } from './health-check.js';
import { HealthService } from './health.service.js';

/** `HealthModule.forRoot([DatabaseHealthCheck, …])`: each app lists the dependencies its /health reports on. */
@Module({})
export class HealthModule {
  static forRoot(checks: Type<HealthCheck>[]): DynamicModule {
    return {
      module: HealthModule,
      providers: [
        ...checks,
        { provide: HEALTH_CHECKS, useFactory: (...instances: HealthCheck[]) => instances, inject: checks },
        HealthService,
      ],
      exports: [HealthService],
    };
  }
}
