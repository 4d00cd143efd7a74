import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@app/testing';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEMO_COMMAND = path.join(ROOT, 'dist', 'apps', 'api', 'src', 'cli', 'demo.js');

/** Runs the built demo command (what `npm run demo` runs after building) and collects what it says. */
function runDemo(env: Record<string, string>, timeoutMs = 90_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DEMO_COMMAND], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('demo command', () => {
  let db: TestDatabase;
  let photos: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    photos = mkdtempSync(path.join(tmpdir(), 'qinao-demo-e2e-'));
  });
  afterAll(async () => {
    await db?.drop();
    rmSync(photos, { recursive: true, force: true });
  });

  const counts = async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT (SELECT count(*) FROM field_teams)::int AS teams, (SELECT count(*) FROM field_tasks)::int AS tasks,
                (SELECT count(*) FROM check_ins)::int AS check_ins, (SELECT count(*) FROM hazard_reports)::int AS reports,
                (SELECT count(*) FROM vulnerable_residents)::int AS residents, (SELECT count(*) FROM transfers)::int AS transfers,
                (SELECT sum(occupancy) FROM shelters)::int AS occupancy, (SELECT count(*) FROM audit_log)::int AS audit`,
      );
      return rows[0];
    } finally {
      await client.end();
    }
  };

  it('seeds, loads the scenario, says where to look; a second run replaces it', async () => {
    const env = { DATABASE_URL: db.url, PHOTO_STORAGE_PATH: photos };
    const first = await runDemo(env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Reference data: areas 5 added/m);
    expect(first.stdout).toContain('Demo scenario loaded: typhoon over Hengqin.');
    expect(first.stdout).toMatch(/Units +7 inspection teams, 3 rescue crews/);
    expect(first.stdout).toMatch(/Check-ins +\d+; silent: INS-03/);
    expect(first.stdout).toContain('http://localhost:3000/command/operations');
    expect(first.stdout).toContain('http://localhost:3000/field');
    expect(first.stdout).toMatch(/sign in as inspector \(INS-01 [^)]*\) or crewlead \(Crew 2 [^)]*\)/);
    expect(first.stdout).toContain('password for every demo account: qinao-demo-pass');
    expect(first.stdout).toContain('(DATABASE_URL)');
    const afterFirst = await counts();
    expect(afterFirst).toMatchObject({ teams: 10, reports: 7, residents: 10 });
    expect(afterFirst.occupancy).toBeGreaterThan(0);
    expect(readdirSync(path.join(photos, 'reports'))).toHaveLength(2);

    const second = await runDemo(env);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^Reference data: up to date/m);
    expect(second.stdout).toContain('Demo scenario reloaded (the earlier demo data was replaced)');
    expect(await counts()).toEqual(afterFirst);
  });

  it('refuses to load made-up data in production', async () => {
    const result = await runDemo({ NODE_ENV: 'production', DATABASE_URL: db.url, JWT_SECRET: 'a-production-secret-of-at-least-32-chars' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Demo failed: .*never loaded with NODE_ENV=production/);
  });

  it('exits 1 quickly when the database cannot be reached', async () => {
    const started = Date.now();
    const result = await runDemo({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Demo failed: cannot connect to the database nowhere at 127.0.0.1:1/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
