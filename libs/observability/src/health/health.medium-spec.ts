import { Global, Module, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import request from 'supertest';
import { AppConfig, loadConfig } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { ObservabilityModule } from '../observability.module.js';
import { DatabaseHealthCheck } from './database.health-check.js';

/** The worker's shape: observability routes served by the module itself, checking a real PostgreSQL. */
async function bootApp(url: string): Promise<INestApplication> {
  @Global()
  @Module({ providers: [{ provide: AppConfig, useValue: loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: url }) }], exports: [AppConfig] })
  class TestConfigModule {}

  const moduleRef = await Test.createTestingModule({
    imports: [
      TestConfigModule,
      TypeOrmModule.forRoot({ ...dataSourceOptions({ url, poolSize: 2 }), retryAttempts: 0 }),
      ObservabilityModule.forRoot({ service: 'worker', checks: [DatabaseHealthCheck] }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  await app.init();
  return app;
}

describe('GET /health against PostgreSQL', () => {
  let db: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await bootApp(db.url);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('answers 200 with the database check while PostgreSQL answers', async () => {
    const res = await request(app.getHttpServer()).get('/health').expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual({ status: 'ok', checks: { database: { status: 'ok', latencyMs: expect.any(Number) } } });
  });

  it('serves Prometheus metrics next to it', async () => {
    const res = await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/^process_cpu_seconds_total\{service="worker"\} \d/m);
    expect(res.text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('answers 503 naming the database once it is unreachable', async () => {
    await db.drop();
    const res = await request(app.getHttpServer()).get('/health').expect(503);
    expect(res.body).toEqual({ status: 'error', checks: { database: { status: 'error', latencyMs: expect.any(Number), error: 'unavailable' } } });
  });
});
