import type { DataSource } from 'typeorm';
import { DATABASE_CHECK_TIMEOUT_MS, DatabaseHealthCheck } from './database.health-check.js';
import type { HealthCheck } from './health-check.js';
import { CHECK_DEADLINE_MS, HealthService } from './health.service.js';

const passing = (name: string): HealthCheck => ({ name, check: async () => undefined });
const failing = (name: string): HealthCheck => ({
  name,
  check: async () => {
    throw new Error('connect ECONNREFUSED 10.0.0.5:6379');
  },
});
const hanging = (name: string): HealthCheck => ({ name, check: () => new Promise(() => undefined) });

describe('HealthService', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports ok when every check passes, with each latency', async () => {
    const report = await new HealthService([passing('database'), passing('redis')]).report();
    expect(report.status).toBe('ok');
    expect(Object.keys(report.checks)).toEqual(['database', 'redis']);
    for (const result of Object.values(report.checks)) {
      expect(result.status).toBe('ok');
      expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    }
  });

  it('reports error when one check fails, without exposing the error text', async () => {
    const report = await new HealthService([passing('database'), failing('redis')]).report();
    expect(report.status).toBe('error');
    expect(report.checks.database.status).toBe('ok');
    expect(report.checks.redis).toMatchObject({ status: 'error', error: 'unavailable' });
    expect(JSON.stringify(report)).not.toContain('10.0.0.5');
  });

  it('gives up on a check that never answers', async () => {
    vi.useFakeTimers();
    const pending = new HealthService([hanging('redis'), passing('database')]).report();
    await vi.advanceTimersByTimeAsync(CHECK_DEADLINE_MS);
    const report = await pending;
    expect(report.status).toBe('error');
    expect(report.checks.redis).toMatchObject({ status: 'error', error: `redis check timed out after ${CHECK_DEADLINE_MS} ms` });
    expect(report.checks.database.status).toBe('ok');
  });

  it('reports ok with no checks at all', async () => {
    expect(await new HealthService([]).report()).toEqual({ status: 'ok', checks: {} });
  });
});

describe('DatabaseHealthCheck', () => {
  it('fails after 2 s when PostgreSQL does not answer', async () => {
    vi.useFakeTimers();
    try {
      const stuck = { query: () => new Promise(() => undefined) } as unknown as DataSource;
      const outcome = new DatabaseHealthCheck(stuck).check().then(
        () => 'answered',
        (err: Error) => err.message,
      );
      await vi.advanceTimersByTimeAsync(DATABASE_CHECK_TIMEOUT_MS - 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(await outcome).toBe('database timed out after 2000 ms');
    } finally {
      vi.useRealTimers();
    }
  });

  it('runs SELECT 1', async () => {
    const query = vi.fn(async () => [{ '?column?': 1 }]);
    await new DatabaseHealthCheck({ query } as unknown as DataSource).check();
    expect(query).toHaveBeenCalledWith('SELECT 1');
  });
});
