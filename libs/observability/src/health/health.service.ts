import { Inject, Injectable, Logger } from '@nestjs/common';
import { DeadlineExceededError, withDeadline } from './deadline.js';
import { HEALTH_CHECKS, type HealthCheck, type HealthCheckResult, type HealthReport } from './health-check.js';

/** No check may hold the /health answer longer than this, whatever its own timeout. */
export const CHECK_DEADLINE_MS = 5_000;

/** Runs every registered check in parallel and reports each one's status and latency. */
@Injectable()
export class HealthService {
  private readonly logger = new Logger(HealthService.name);

  constructor(@Inject(HEALTH_CHECKS) private readonly checks: HealthCheck[]) {}

  async report(): Promise<HealthReport> {
    const results = await Promise.all(this.checks.map(async (check) => [check.name, await this.run(check)] as const));
    const checks = Object.fromEntries(results);
    const status = results.every(([, result]) => result.status === 'ok') ? 'ok' : 'error';
    return { status, checks };
  }

  private async run(check: HealthCheck): Promise<HealthCheckResult> {
    const started = performance.now();
    const latency = () => Math.round((performance.now() - started) * 10) / 10;
    try {
      await withDeadline(check.check(), CHECK_DEADLINE_MS, `${check.name} check`);
      return { status: 'ok', latencyMs: latency() };
    } catch (err) {
      const latencyMs = latency();
      this.logger.warn({ err, check: check.name, latencyMs }, `health check ${check.name} failed`);
      return { status: 'error', latencyMs, error: err instanceof DeadlineExceededError ? err.message : 'unavailable' };
    }
  }
}
