import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule, loadConfig } from '@app/config';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { DatabaseModule } from './database.module.js';

describe('a database connection lost while checked out', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let sql: DataSource;
  const uncaught: unknown[] = [];
  const record = (err: unknown) => uncaught.push(err);

  beforeAll(async () => {
    db = await createTestDatabase();
    const moduleRef = await Test.createTestingModule({ imports: [ConfigModule, DatabaseModule] })
      .overrideProvider(AppConfig)
      .useValue(loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'error' }))
      .compile();
    app = await moduleRef.init();
    sql = app.get(DataSource);
    process.on('uncaughtException', record);
  });

  afterAll(async () => {
    process.off('uncaughtException', record);
    await app?.close();
    await db?.drop();
  });

  it('is logged, not thrown, and the pool serves the next query on a fresh connection', async () => {
    // A connection checked out with no listener of its own, as the pool hands one to the next waiter.
    const pool = (sql.driver as unknown as { master: Pool }).master;
    const client = await pool.connect();
    const { rows } = await client.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`);
    const pid = rows[0]!.pid;
    // Ended by the server while checked out and idle: what a failover or pg_terminate_backend does.
    await sql.query(`SELECT pg_terminate_backend($1)`, [pid]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(uncaught).toEqual([]);
    await expect(client.query(`SELECT 1`)).rejects.toThrow();
    client.release();

    const [{ pid: next }] = await sql.query(`SELECT pg_backend_pid() AS pid`);
    expect(next).not.toBe(pid);
    expect(uncaught).toEqual([]);
  });
});
