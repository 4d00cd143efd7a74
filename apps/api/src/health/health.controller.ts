import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { HealthService, MetricsRegistry, serveHealth, serveMetrics, type HealthReport } from '@app/observability';
import { Public } from '../auth/auth.decorators.js';

/** Probes for load balancers and Prometheus; public so they need no token. */
@Public()
@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthService,
    private readonly registry: MetricsRegistry,
  ) {}

  @Public()
  @Get('health')
  @Header('Cache-Control', 'no-store')
  async report(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    return serveHealth(this.health, res);
  }

  @Public()
  @Get('metrics')
  @Header('Cache-Control', 'no-store')
  async metrics(@Res({ passthrough: true }) res: Response): Promise<string> {
    return serveMetrics(this.registry, res);
  }
}
