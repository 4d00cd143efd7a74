import { Controller, Get, Header, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { HealthReport } from './health-check.js';
import { HealthService } from './health.service.js';

/** `GET /health`: 200 when every check passes, 503 otherwise; the body names each check. */
@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('health')
  @Header('Cache-Control', 'no-store')
  async report(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    return serveHealth(this.health, res);
  }
}

/** Shared by every app's /health route. */
export async function serveHealth(health: HealthService, res: Response): Promise<HealthReport> {
  const report = await health.report();
  res.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
  return report;
}
