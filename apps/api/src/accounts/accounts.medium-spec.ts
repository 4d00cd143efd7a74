import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { LoginResponse, StaffAccount } from '@app/contracts';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { createApiTestApp } from '../auth/testing/api-test-app.js';
import { insertStaff, type TestStaff } from '../auth/testing/staff-fixtures.js';

const PASSWORD = 'twelve chars or more';

describe('accounts administration', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let admin: TestStaff;
  let commander: TestStaff;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApiTestApp({ databaseUrl: db.url });
    sql = app.get(DataSource);
    admin = await insertStaff(app, { username: 'root.admin', role: 'admin' });
    commander = await insertStaff(app, { username: 'cmd.chan', role: 'commander' });
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const http = () => request(app.getHttpServer());
  const as = (who: TestStaff) => ({
    get: (url: string) => http().get(url).set('Authorization', `Bearer ${who.token}`),
    post: (url: string, body: object) => http().post(url).set('Authorization', `Bearer ${who.token}`).send(body),
    patch: (url: string, body: object) => http().patch(url).set('Authorization', `Bearer ${who.token}`).send(body),
  });
  const counts = async () => (await sql.query(`SELECT (SELECT count(*) FROM staff_users) AS users, (SELECT count(*) FROM audit_log) AS audits`))[0];
  const lastAudit = async () => (await sql.query(`SELECT * FROM audit_log ORDER BY id DESC LIMIT 1`))[0];
  const create = (body: object) => as(admin).post('/api/accounts', body);
  const login = (username: string, password: string) => http().post('/api/auth/login').send({ username, password });

  it('creates an account that can log in, audits it, and never shows the hash', async () => {
    const res = await create({ username: 'Insp.Ho', displayName: 'Ho Inspector', role: 'inspector', password: PASSWORD, phone: '+853 6666 1234' }).expect(201);
    const account = res.body as StaffAccount;
    expect(account).toMatchObject({ username: 'insp.ho', displayName: 'Ho Inspector', role: 'inspector', phone: '+853 6666 1234', active: true });
    expect(JSON.stringify(res.body)).not.toMatch(/scrypt|passwordHash|password/i);

    const [row] = await sql.query(`SELECT password_hash FROM staff_users WHERE id = $1`, [account.id]);
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: 'account.created', actor_id: admin.id, actor_name: 'root.admin', entity_type: 'staff_user', entity_id: account.id });
    expect(audit.summary.after).toEqual({ username: 'insp.ho', displayName: 'Ho Inspector', role: 'inspector', phone: '+853 6666 1234', active: true });
    expect(JSON.stringify(audit)).not.toContain('scrypt$');

    const session = (await login('insp.ho', PASSWORD).expect(200)).body as LoginResponse;
    expect(session.user.role).toBe('inspector');

    const list = await as(admin).get('/api/accounts').expect(200);
    expect(list.body.map((a: StaffAccount) => a.username)).toEqual(expect.arrayContaining(['insp.ho', 'root.admin', 'cmd.chan']));
    expect(JSON.stringify(list.body)).not.toMatch(/scrypt|passwordHash|unusable/);
  });

  it.each([
    ['privileged fields', { username: 'x.one', displayName: 'X', role: 'operator', password: PASSWORD, passwordHash: 'scrypt$1$1$1$a$b', id: '00000000-0000-0000-0000-000000000001' }, /property passwordHash should not exist.*property id should not exist|property id should not exist.*property passwordHash should not exist/],
    ['a short password', { username: 'x.two', displayName: 'X', role: 'operator', password: 'short pass' }, /password must be at least 12 characters/],
    ['an unknown role', { username: 'x.three', displayName: 'X', role: 'superuser', password: PASSWORD }, /role must be one of: admin, commander, operator, inspector, crew_lead, liaison/],
    ['a bad username', { username: 'no spaces allowed', displayName: 'X', role: 'operator', password: PASSWORD }, /username must be 3 to 32 characters/],
    ['a name with a direction override', { username: 'x.four', displayName: 'abc\u202Egpj.exe', role: 'operator', password: PASSWORD }, /displayName must not contain control/],
    ['a missing display name', { username: 'x.five', role: 'operator', password: PASSWORD }, /displayName/],
    ['a bad phone', { username: 'x.six', displayName: 'X', role: 'operator', password: PASSWORD, phone: 'call me' }, /phone must be a phone number/],
  ])('refuses %s with 400 and stores nothing', async (_what, body, message) => {
    const before = await counts();
    const res = await create(body).expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('refuses a duplicate username (in any letter case) with 409', async () => {
    await create({ username: 'dup.user', displayName: 'First', role: 'liaison', password: PASSWORD }).expect(201);
    const before = await counts();
    const res = await create({ username: 'DUP.user', displayName: 'Second', role: 'operator', password: PASSWORD }).expect(409);
    expect(res.body).toMatchObject({ code: 'username_taken' });
    expect(res.body.message).toContain('dup.user');
    expect(await counts()).toEqual(before);
  });

  it('is for admins only', async () => {
    const before = await counts();
    const res = await as(commander).post('/api/accounts', { username: 'sneaky', displayName: 'S', role: 'admin', password: PASSWORD }).expect(403);
    expect(res.body).toMatchObject({ code: 'forbidden_role' });
    expect(res.body.message).toContain('admin');
    await as(commander).get('/api/accounts').expect(403);
    await as(commander).patch(`/api/accounts/${commander.id}`, { role: 'admin' }).expect(403);
    await http().get('/api/accounts').expect(401);
    expect(await counts()).toEqual(before);
  });

  it('updates fields and audits only what changed', async () => {
    const created = (await create({ username: 'op.lei', displayName: 'Lei', role: 'operator', password: PASSWORD, phone: '+86 138 0000 0000' }).expect(201)).body as StaffAccount;
    const res = await as(admin).patch(`/api/accounts/${created.id}`, { displayName: 'Lei Operator', role: 'commander', phone: null }).expect(200);
    expect(res.body).toMatchObject({ displayName: 'Lei Operator', role: 'commander', phone: null, active: true });
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: 'account.updated', actor_id: admin.id, entity_id: created.id });
    expect(audit.summary).toEqual({
      username: 'op.lei',
      before: { displayName: 'Lei', role: 'operator', phone: '+86 138 0000 0000' },
      after: { displayName: 'Lei Operator', role: 'commander', phone: null },
      accessTokensRevoked: true,
    });

    const before = await counts();
    await as(admin).patch(`/api/accounts/${created.id}`, { role: 'commander' }).expect(200); // no change: no audit row
    expect(await counts()).toEqual(before);
  });

  it('refuses bad updates with a clear 4xx and changes nothing', async () => {
    const target = (await create({ username: 'op.bad', displayName: 'Bad', role: 'operator', password: PASSWORD }).expect(201)).body as StaffAccount;
    const before = await counts();
    const [rowBefore] = await sql.query(`SELECT * FROM staff_users WHERE id = $1`, [target.id]);
    expect((await as(admin).patch(`/api/accounts/${target.id}`, {}).expect(400)).body.code).toBe('nothing_to_change');
    expect((await as(admin).patch(`/api/accounts/${target.id}`, { displayName: null }).expect(400)).body.message).toMatch(/displayName/);
    expect((await as(admin).patch(`/api/accounts/${target.id}`, { active: 'no' }).expect(400)).body.message).toMatch(/active must be true or false/);
    expect((await as(admin).patch(`/api/accounts/${target.id}`, { passwordHash: 'x', username: 'renamed' }).expect(400)).body.message).toMatch(
      /property passwordHash should not exist.*property username should not exist/,
    );
    expect((await as(admin).patch(`/api/accounts/${target.id}`, { password: 'too short' }).expect(400)).body.message).toMatch(/at least 12/);
    expect((await as(admin).patch(`/api/accounts/6d0a4b8e-0000-4000-8000-000000000000`, { displayName: 'Ghost' }).expect(404)).body.code).toBe('account_not_found');
    await as(admin).patch(`/api/accounts/not-a-uuid`, { displayName: 'Ghost' }).expect(400);
    expect(await counts()).toEqual(before);
    expect((await sql.query(`SELECT * FROM staff_users WHERE id = $1`, [target.id]))[0]).toEqual(rowBefore);
  });

  it('does not let an admin deactivate or demote themself', async () => {
    const before = await counts();
    const deactivate = await as(admin).patch(`/api/accounts/${admin.id}`, { active: false }).expect(409);
    expect(deactivate.body.code).toBe('self_lockout');
    expect((await as(admin).patch(`/api/accounts/${admin.id}`, { role: 'commander' }).expect(409)).body.code).toBe('self_lockout');
    expect(await counts()).toEqual(before);
    const [self] = await sql.query(`SELECT role, active FROM staff_users WHERE id = $1`, [admin.id]);
    expect(self).toEqual({ role: 'admin', active: true });
    await as(admin).patch(`/api/accounts/${admin.id}`, { displayName: 'Root Admin' }).expect(200);
  });

  it('signs a deactivated account out everywhere', async () => {
    const user = (await create({ username: 'crew.ng', displayName: 'Ng', role: 'crew_lead', password: PASSWORD }).expect(201)).body as StaffAccount;
    const phone = (await login('crew.ng', PASSWORD).expect(200)).body as LoginResponse;
    const tablet = (await login('crew.ng', PASSWORD).expect(200)).body as LoginResponse;
    await as(admin).patch(`/api/accounts/${user.id}`, { active: false }).expect(200);
    expect((await lastAudit()).summary).toMatchObject({ before: { active: true }, after: { active: false }, revokedTokens: 2, accessTokensRevoked: true });
    for (const session of [phone, tablet]) {
      expect((await http().post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401)).body.code).toBe('refresh_token_revoked');
    }
    expect((await login('crew.ng', PASSWORD).expect(401)).body.code).toBe('invalid_credentials');
    // Access tokens already handed out stop working on the next request, not when they expire.
    for (const session of [phone, tablet]) {
      const res = await http().get('/api/auth/me').set('Authorization', `Bearer ${session.accessToken}`).expect(401);
      expect(res.body.code).toBe('account_inactive');
    }
  });

  it('refuses access tokens issued before a role change; the refresh token brings one with the new role', async () => {
    const user = (await create({ username: 'op.moved', displayName: 'Moved', role: 'operator', password: PASSWORD }).expect(201)).body as StaffAccount;
    const session = (await login('op.moved', PASSWORD).expect(200)).body as LoginResponse;
    await http().get('/api/auth/me').set('Authorization', `Bearer ${session.accessToken}`).expect(200);
    await as(admin).patch(`/api/accounts/${user.id}`, { role: 'liaison' }).expect(200);
    const refused = await http().get('/api/auth/me').set('Authorization', `Bearer ${session.accessToken}`).expect(401);
    expect(refused.body.code).toBe('token_revoked');
    const renewed = (await http().post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200)).body as LoginResponse;
    expect(renewed.user.role).toBe('liaison');
    expect((await http().get('/api/auth/me').set('Authorization', `Bearer ${renewed.accessToken}`).expect(200)).body.role).toBe('liaison');

    // A name change leaves sessions alone.
    await as(admin).patch(`/api/accounts/${user.id}`, { displayName: 'Moved Again' }).expect(200);
    await http().get('/api/auth/me').set('Authorization', `Bearer ${renewed.accessToken}`).expect(200);
  });

  it('resets a password: the new one works, the old one and old sessions do not', async () => {
    const user = (await create({ username: 'liaison.sa', displayName: 'Sá', role: 'liaison', password: PASSWORD }).expect(201)).body as StaffAccount;
    const old = (await login('liaison.sa', PASSWORD).expect(200)).body as LoginResponse;
    await as(admin).patch(`/api/accounts/${user.id}`, { password: 'a brand new passphrase' }).expect(200);
    const audit = await lastAudit();
    expect(audit.summary).toMatchObject({ passwordReset: true, revokedTokens: 1, before: {}, after: {} });
    expect(JSON.stringify(audit.summary)).not.toContain('brand new');
    await login('liaison.sa', PASSWORD).expect(401);
    await login('liaison.sa', 'a brand new passphrase').expect(200);
    await http().post('/api/auth/refresh').send({ refreshToken: old.refreshToken }).expect(401);
    expect((await http().get('/api/auth/me').set('Authorization', `Bearer ${old.accessToken}`).expect(401)).body.code).toBe('token_revoked');
  });
});
