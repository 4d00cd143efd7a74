import pg from 'pg';
import { createTestDatabase, databaseUrl, seedTestDatabase, withAdminClient, type TestDatabase } from '@app/testing';

/** The built seed command, run as production runs it (`npm run seed`). */
describe('seed command', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  const counts = async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT (SELECT count(*) FROM areas)::int AS areas, (SELECT count(*) FROM places)::int AS places,
                (SELECT count(*) FROM staff_users)::int AS users, (SELECT count(*) FROM audit_log)::int AS audit,
                (SELECT max(updated_at) FROM places) AS places_updated`,
      );
      return rows[0];
    } finally {
      await client.end();
    }
  };

  it('seeds reference data and demo accounts, and a second run changes nothing', async () => {
    const first = await seedTestDatabase(db.url);
    expect(first.stdout).toMatch(/^Reference data: areas 5 added, 0 updated, 0 unchanged; places \d+ added/m);
    expect(first.stdout).toContain('Demo accounts');
    const afterFirst = await counts();
    expect(afterFirst).toMatchObject({ areas: 5 });
    expect(afterFirst.users).toBeGreaterThan(0);

    const second = await seedTestDatabase(db.url);
    expect(second.stdout).toMatch(/^Reference data: up to date \(5 areas, \d+ places\)\./m);
    expect(await counts()).toEqual(afterFirst);
  });

  it('exits 1 with the message when the configuration is wrong', async () => {
    await expect(seedTestDatabase('mysql://nowhere/db')).rejects.toThrow(/exited with code 1:[\s\S]*DATABASE_URL: expected a URL starting with postgres:\/\//);
  });

  it('exits 1 and says to migrate when the database has no schema', async () => {
    const name = `${db.name}_empty`;
    await withAdminClient((c) => c.query(`CREATE DATABASE ${name}`));
    try {
      await expect(seedTestDatabase(databaseUrl(name))).rejects.toThrow(/The database is not migrated: run `npm run migrate` first/);
    } finally {
      await withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  });

  it('exits 1 quickly when the database cannot be reached', async () => {
    const started = Date.now();
    await expect(seedTestDatabase('postgres://postgres@127.0.0.1:1/nowhere')).rejects.toThrow(/cannot connect to the database nowhere at 127.0.0.1:1/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
