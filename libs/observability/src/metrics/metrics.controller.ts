import { Controller, Get, Header, Res } from '@nestjs/common';
import type { Response } from 'express';
import { MetricsRegistry } from './metrics-registry.js';

/** `GET /metrics` in the Prometheus text format. */
@Controller()
export class MetricsController {
  constructor(private readonly registry: MetricsRegistry) {}

  @Get('metrics')
  @Header('Cache-Control', 'no-store')
  async metrics(@Res({ passthrough: true }) res: Response): Promise<string> {
    return serveMetrics(this.registry, res);
  }
}

/** Shared by every app's /metrics route. */
export async function serveMetrics(registry: MetricsRegistry, res: Response): Promise<string> {
  res.type(registry.contentType);
  return registry.metrics();
}
