import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { SeedModule } from './seed.module.js';
import { SeedRunner } from './seed.runner.js';

describe('SeedModule', () => {
  let db: TestDatabase;
  let context: INestApplicationContext;

  beforeAll(async () => {
    db = await createTestDatabase();
    Object.assign(process.env, { NODE_ENV: 'test', DATABASE_URL: db.url, SEED_DEMO_ACCOUNTS: 'true' });
    context = await NestFactory.createApplicationContext(SeedModule, { logger: ['error', 'warn'] });
  });
  afterAll(async () => {
    await context?.close();
    await db?.drop();
  });

  it('runs reference data, then accounts; a second run adds no rows and no audit entries', async () => {
    const dataSource = context.get(DataSource);
    const counts = async () =>
      (await dataSource.query(`SELECT (SELECT count(*) FROM areas) AS areas, (SELECT count(*) FROM places) AS places,
                                      (SELECT count(*) FROM staff_users) AS users, (SELECT count(*) FROM audit_log) AS audit`))[0];

    const first = await context.get(SeedRunner).run();
    expect(first[0]).toMatch(/^Reference data: areas \d+ added/);
    const afterFirst = await counts();
    expect(Number(afterFirst.areas)).toBeGreaterThan(0);
    expect(Number(afterFirst.users)).toBeGreaterThan(0);
    // The reference seed writes its audit row first, then one per account.
    const [firstAudit] = await dataSource.query(`SELECT action FROM audit_log ORDER BY id LIMIT 1`);
    expect(firstAudit.action).toBe('reference_data.seeded');

    const second = await context.get(SeedRunner).run();
    expect(second[0]).toMatch(/^Reference data: up to date/);
    expect(await counts()).toEqual(afterFirst);
  });
});
