import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@app/testing';

describe('platform schema', () => {
  let db: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  const insertAudit = (action: string) =>
    client.query(`INSERT INTO audit_log (actor_name, action, entity_type, summary) VALUES ('tester', $1, 'thing', '{"a":1}') RETURNING id, prev_hash, hash`, [action]);

  it('chains audit rows and rejects changes to them', async () => {
    const first = (await insertAudit('one')).rows[0];
    const second = (await insertAudit('two')).rows[0];
    expect(first.prev_hash).toBe('genesis');
    expect(second.prev_hash).toBe(first.hash);
    await expect(client.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(client.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(client.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });
});
