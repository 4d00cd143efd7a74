import { inspect } from 'node:util';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { dataSourceOptions } from '../data-source-options.js';
import { StaffUserRepository } from './staff-user.repository.js';

describe('StaffUserRepository', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let users: StaffUserRepository;
  const HASH = 'scrypt$32768$8$1$c2FsdHNhbHQ$dGhpcy1pcy1hLXNlY3JldC1oYXNo';

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions({ url: db.url, poolSize: 2 })).initialize();
    users = new StaffUserRepository(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('inserts once per username whatever the letter case, and hides the hash from ordinary reads', async () => {
    const created = await dataSource.transaction((m) => users.insertIfAbsent(m, { username: 'Ana', displayName: 'Ana', role: 'operator', passwordHash: HASH, phone: null }));
    expect(created).toMatchObject({ username: 'Ana', role: 'operator', active: true });
    expect(created).not.toHaveProperty('passwordHash');
    const duplicate = await dataSource.transaction((m) => users.insertIfAbsent(m, { username: 'ANA', displayName: 'Other', role: 'admin', passwordHash: HASH, phone: null }));
    expect(duplicate).toBeNull();
    expect((await users.findForLogin('aNa'))?.passwordHash).toBe(HASH);
    expect(await users.findById(created!.id)).not.toHaveProperty('passwordHash');
  });

  it('keeps the password hash out of a failed write\'s error', async () => {
    const failure = await dataSource
      .transaction((m) => users.insertIfAbsent(m, { username: 'bad', displayName: 'Bad', role: 'overlord' as never, passwordHash: HASH, phone: null }))
      .catch((err: unknown) => err);
    expect(String(failure)).toMatch(/check constraint/);
    expect(inspect(failure, { depth: 5 })).not.toContain('dGhpcy1pcy1hLXNlY3JldC1oYXNo');
    expect(JSON.stringify(failure)).not.toContain('dGhpcy1pcy1hLXNlY3JldC1oYXNo');
  });
});
