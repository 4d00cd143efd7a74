import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { AuditEntry, AuditPage } from '@app/contracts';
import { AuditRepository } from '@app/database';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { createApiTestApp } from '../auth/testing/api-test-app.js';
import { insertStaff, type TestStaff } from '../auth/testing/staff-fixtures.js';

describe('audit trail', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let audit: AuditRepository;
  let admin: TestStaff;
  let commander: TestStaff;
  let operator: TestStaff;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApiTestApp({ databaseUrl: db.url });
    sql = app.get(DataSource);
    audit = app.get(AuditRepository);
    admin = await insertStaff(app, { username: 'adm', role: 'admin' });
    commander = await insertStaff(app, { username: 'cmd', role: 'commander' });
    operator = await insertStaff(app, { username: 'opr', role: 'operator' });
    // Twelve entries: alternating actors, three entity types.
    for (let i = 1; i <= 12; i++) {
      const actor = i % 2 ? commander : operator;
      await sql.transaction((manager) =>
        audit.append(manager, {
          actorId: actor.id,
          actorName: actor.username,
          action: i % 3 ? 'thing.updated' : 'thing.created',
          entityType: ['signal', 'alert', 'task'][i % 3],
          entityId: `e-${i % 4}`,
          summary: { before: { n: i - 1 }, after: { n: i } },
          requestId: `req-${i}`,
          ip: '10.0.0.1',
        }),
      );
    }
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const get = (url: string, who?: TestStaff) => {
    const req = request(app.getHttpServer()).get(url);
    return who ? req.set('Authorization', `Bearer ${who.token}`) : req;
  };
  const allIdsDesc = async () => (await sql.query<{ id: string }[]>(`SELECT a.id::text AS id FROM audit_log a ORDER BY a.id DESC`)).map((r) => r.id);

  it('appends in the caller\'s transaction: rolled back with it', async () => {
    const before = await allIdsDesc();
    await expect(
      sql.transaction(async (manager) => {
        await audit.append(manager, { actorId: null, actorName: 'system', action: 'x.y', entityType: 't', entityId: null, summary: {} });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await allIdsDesc()).toEqual(before);
  });

  it('never stores secret-looking values in a summary', async () => {
    const { id } = await sql.transaction((m) =>
      audit.append(m, { actorId: null, actorName: 'system', action: 'x.secret', entityType: 't', entityId: null, summary: { password: 'p', after: { nested: [{ refreshToken: 'r' }], passwordHash: 'h', keep: 'k' } } }),
    );
    const [row] = await sql.query(`SELECT summary FROM audit_log WHERE id = $1`, [id]);
    expect(row.summary).toEqual({ password: '[redacted]', after: { nested: [{ refreshToken: '[redacted]' }], passwordHash: '[redacted]', keep: 'k' } });
  });

  it('lists newest first in keyset pages', async () => {
    const expected = await allIdsDesc();
    const seen: string[] = [];
    let before: string | null = null;
    let pages = 0;
    do {
      const res = await get(`/api/audit?limit=4${before ? `&before=${before}` : ''}`, commander).expect(200);
      const page = res.body as AuditPage;
      expect(page.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.items.map((e) => e.id));
      before = page.nextBefore;
      pages++;
    } while (before && pages < 20);
    expect(seen).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 4) + (expected.length % 4 === 0 ? 1 : 0));

    const first = ((await get('/api/audit?limit=1', admin).expect(200)).body as AuditPage).items[0];
    expect(first).toMatchObject({ id: expected[0], actorName: expect.any(String), action: expect.any(String) });
    expect(new Date(first.occurredAt).toISOString()).toBe(first.occurredAt);
  });

  it('filters by entity, actor and action', async () => {
    const list = async (query: string) => ((await get(`/api/audit?limit=200&${query}`, commander).expect(200)).body as AuditPage).items;
    const alerts = await list('entityType=alert');
    expect(alerts.length).toBe(4);
    expect(alerts.every((e) => e.entityType === 'alert')).toBe(true);
    const oneEntity = await list('entityType=signal&entityId=e-1');
    expect(oneEntity.map((e) => e.requestId)).toEqual(['req-9']);
    const byOperator = await list(`actorId=${operator.id}`);
    expect(byOperator).toHaveLength(6);
    expect(byOperator.every((e: AuditEntry) => e.actorId === operator.id)).toBe(true);
    const created = await list(`action=thing.created&actorId=${commander.id}`);
    expect(created.map((e) => e.requestId)).toEqual(['req-9', 'req-3']);
  });

  it.each([
    ['limit=201', /limit must not be greater than 200/],
    ['limit=0', /limit must not be less than 1/],
    ['limit=ten', /limit must be a whole number/],
    ['before=abc', /before must be an audit entry id/],
    ['actorId=bob', /actorId must be a staff user id/],
    ['sort=asc', /property sort should not exist/],
  ])('refuses ?%s with 400', async (query, message) => {
    const res = await get(`/api/audit?${query}`, admin).expect(400);
    expect(res.body.message).toMatch(message);
  });

  it('is for commanders and admins only', async () => {
    expect((await get('/api/audit').expect(401)).body.code).toBe('missing_token');
    expect((await get('/api/audit', operator).expect(403)).body.code).toBe('forbidden_role');
    expect((await get('/api/audit/verify', operator).expect(403)).body.message).toMatch(/commander, admin/);
    await get('/api/audit/verify', admin).expect(200);
  });

  describe('chain verification', () => {
    let superuser: pg.Client;
    beforeAll(async () => {
      superuser = new pg.Client({ connectionString: db.url });
      await superuser.connect();
    });
    afterAll(async () => {
      await superuser?.query(`ALTER TABLE audit_log ENABLE TRIGGER USER`);
      await superuser?.end();
    });
    const verify = async () => (await get('/api/audit/verify', commander).expect(200)).body;
    // The database refuses changes to the log; an attacker with superuser rights switches that off first.
    const tamper = async (statement: string, params: unknown[] = []) => {
      await superuser.query(`ALTER TABLE audit_log DISABLE TRIGGER USER`);
      try {
        await superuser.query(statement, params);
      } finally {
        await superuser.query(`ALTER TABLE audit_log ENABLE TRIGGER USER`);
      }
    };

    it('confirms an intact chain', async () => {
      const count = (await sql.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n;
      expect(await verify()).toEqual({ valid: true, checked: count, firstBrokenId: null });
      await expect(superuser.query(`UPDATE audit_log SET summary = '{}'`)).rejects.toThrow(/append-only/);
    });

    it('finds an edited row', async () => {
      const ids = (await allIdsDesc()).reverse();
      const victim = ids[4];
      const [original] = (await superuser.query(`SELECT summary FROM audit_log WHERE id = $1`, [victim])).rows;
      await tamper(`UPDATE audit_log SET summary = '{"after":{"n":999}}' WHERE id = $1`, [victim]);
      expect(await verify()).toMatchObject({ valid: false, firstBrokenId: victim });
      await tamper(`UPDATE audit_log SET summary = $2 WHERE id = $1`, [victim, original.summary]);
      expect(await verify()).toMatchObject({ valid: true, firstBrokenId: null });
    });

    it('finds an edit whose hash was recomputed, at the next row', async () => {
      const ids = (await allIdsDesc()).reverse();
      await tamper(`UPDATE audit_log a SET actor_name = 'someone else' WHERE id = $1`, [ids[2]]);
      await tamper(`UPDATE audit_log a SET hash = audit_log_row_hash(a.prev_hash, a) WHERE id = $1`, [ids[2]]);
      expect(await verify()).toMatchObject({ valid: false, firstBrokenId: ids[3] });
    });
  });
});

describe('audit chain verification after a deletion', () => {
  it('finds the row whose predecessor was removed', async () => {
    const db = await createTestDatabase();
    const app = await createApiTestApp({ databaseUrl: db.url });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const commander = await insertStaff(app, { username: 'cmd', role: 'commander' });
      const audit = app.get(AuditRepository);
      for (let i = 0; i < 5; i++) {
        await app.get(DataSource).transaction((m) => audit.append(m, { actorId: null, actorName: 'system', action: 'x', entityType: 't', entityId: String(i), summary: {} }));
      }
      const ids = (await client.query<{ id: string }>(`SELECT a.id::text AS id FROM audit_log a ORDER BY a.id`)).rows.map((r) => r.id);
      await client.query(`SET session_replication_role = replica`); // superuser: triggers off for this session
      await client.query(`DELETE FROM audit_log WHERE id = $1`, [ids[2]]);
      const res = await request(app.getHttpServer()).get('/api/audit/verify').set('Authorization', `Bearer ${commander.token}`).expect(200);
      expect(res.body).toEqual({ valid: false, checked: 4, firstBrokenId: ids[3] });
    } finally {
      await client.end();
      await app.close();
      await db.drop();
    }
  });
});
