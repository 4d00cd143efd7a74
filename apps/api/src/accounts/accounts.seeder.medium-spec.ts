import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { AuditRepository, StaffUserRepository } from '@app/database';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { PasswordHasher } from '../auth/password-hasher.js';
import { createApiTestApp } from '../auth/testing/api-test-app.js';
import { AccountsSeeder, DEMO_PASSWORD } from './accounts.seeder.js';

describe('AccountsSeeder', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApiTestApp({
      databaseUrl: db.url,
      env: { SEED_DEMO_ACCOUNTS: 'true', ADMIN_USERNAME: 'chief', ADMIN_PASSWORD: 'the chief admin password' },
    });
    sql = app.get(DataSource);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const users = () => sql.query<{ username: string; display_name: string; role: string; password_hash: string }[]>(`SELECT username, display_name, role, password_hash FROM staff_users ORDER BY username`);
  const login = (username: string, password: string) => request(app.getHttpServer()).post('/api/auth/login').send({ username, password });
  const seederWith = (env: Record<string, string>) =>
    new AccountsSeeder(loadConfig(env), sql, app.get(StaffUserRepository), app.get(AuditRepository), app.get(PasswordHasher));

  it('creates the configured admin and one demo account per role, audited as the system', async () => {
    const lines = await app.get(AccountsSeeder).run();
    expect((await users()).map((u) => [u.username, u.display_name, u.role])).toEqual([
      ['admin', 'Demo Admin', 'admin'],
      ['chief', 'Administrator', 'admin'],
      ['commander', 'Demo Commander', 'commander'],
      ['crewlead', 'Demo Crew Lead', 'crew_lead'],
      ['inspector', 'Demo Inspector', 'inspector'],
      ['liaison', 'Demo Liaison', 'liaison'],
      ['operator', 'Demo Operator', 'operator'],
    ]);
    expect(lines.join('\n')).toContain('chief');
    expect(lines.join('\n')).toContain(DEMO_PASSWORD);
    expect(lines.filter((line) => line.includes('created'))).toHaveLength(7);

    await login('commander', DEMO_PASSWORD).expect(200);
    await login('chief', 'the chief admin password').expect(200);

    const audits = await sql.query(`SELECT actor_id, actor_name, summary FROM audit_log WHERE action = 'account.created'`);
    expect(audits).toHaveLength(7);
    for (const audit of audits) expect(audit).toMatchObject({ actor_id: null, actor_name: 'system' });
  });

  it('leaves existing accounts alone when run again', async () => {
    await sql.query(`UPDATE staff_users SET display_name = 'Renamed', password_hash = (SELECT password_hash FROM staff_users WHERE username = 'chief') WHERE username = 'operator'`);
    const before = await users();
    const auditCount = (await sql.query(`SELECT count(*) FROM audit_log`))[0].count;
    const lines = await app.get(AccountsSeeder).run();
    expect(await users()).toEqual(before);
    expect((await sql.query(`SELECT count(*) FROM audit_log`))[0].count).toBe(auditCount);
    expect(lines.filter((line) => line.includes('created'))).toEqual([]);
    expect(lines.some((line) => line.includes('chief') && line.includes('already exists'))).toBe(true);
    await login('operator', DEMO_PASSWORD).expect(401);
  });

  it('creates no demo accounts in production or when turned off', async () => {
    await sql.query(`DELETE FROM refresh_tokens`);
    await sql.query(`DELETE FROM staff_users`);
    const production = { NODE_ENV: 'production', DATABASE_URL: db.url, JWT_SECRET: 's'.repeat(40), SEED_DEMO_ACCOUNTS: 'true' };
    expect(await seederWith(production).run()).toEqual([]);
    expect(await seederWith({ SEED_DEMO_ACCOUNTS: 'false' }).run()).toEqual([]);
    expect(await users()).toEqual([]);
    const lines = await seederWith({ ...production, ADMIN_USERNAME: 'ops.root', ADMIN_PASSWORD: 'production admin password' }).run();
    expect(lines).toHaveLength(1);
    expect((await users()).map((u) => u.username)).toEqual(['ops.root']);
  });
});
