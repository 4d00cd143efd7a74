/**
 * One dependency the process needs in order to do its work. `check()` resolves when the dependency answers and
 * rejects (or never settles) when it does not; the health service adds its own deadline either way.
 */
export interface HealthCheck {
  /** Key in the `/health` answer, e.g. `database`. */
  readonly name: string;
  check(): Promise<void>;
}

export type HealthStatus = 'ok' | 'error';

export interface HealthCheckResult {
  status: HealthStatus;
  latencyMs: number;
  /** Short reason when the check failed; the full error goes to the log only. */
  error?: string;
}

/** The `/health` answer: 200 when every check passes, 503 otherwise. */
export interface HealthReport {
  status: HealthStatus;
  checks: Record<string, HealthCheckResult>;
}

/** Injection token for the list of checks given to HealthModule.forRoot. */
export const HEALTH_CHECKS = Symbol('HEALTH_CHECKS');
