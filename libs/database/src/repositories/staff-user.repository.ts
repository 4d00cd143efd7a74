import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import type { Role } from '@app/contracts';
import { StaffUserEntity } from '../entities/staff-user.entity.js';

export interface NewStaffUser {
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  phone: string | null;
}

export type StaffUserChanges = Partial<Pick<StaffUserEntity, 'displayName' | 'role' | 'active' | 'phone' | 'passwordHash'>>;

/** A staff user together with the password hash, which every other query leaves out. */
export type StaffUserWithHash = StaffUserEntity & { passwordHash: string };

/**
 * Runs a write that carries a password hash and, if it fails, removes the parameters and the failing row
 * (PostgreSQL's `detail`) from the error, so the hash cannot reach an error log.
 */
async function scrubbingParameters<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof QueryFailedError) {
      Object.assign(err, { parameters: ['[redacted]'], detail: undefined });
      if (err.driverError && typeof err.driverError === 'object') Object.assign(err.driverError, { detail: undefined });
    }
    throw err;
  }
}

/** Staff accounts. Usernames are unique case-insensitively (index on lower(username)). */
@Injectable()
export class StaffUserRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The only query that reads the password hash: for checking a login. */
  findForLogin(username: string): Promise<StaffUserWithHash | null> {
    return this.dataSource.manager
      .createQueryBuilder(StaffUserEntity, 'u')
      .addSelect('u.passwordHash')
      .where('lower(u.username) = lower(:username)', { username })
      .getOne() as Promise<StaffUserWithHash | null>;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<StaffUserEntity | null> {
    return manager.findOneBy(StaffUserEntity, { id });
  }

  /** Reads the row and locks it until the transaction ends, so concurrent edits apply one after the other. */
  lockById(manager: EntityManager, id: string): Promise<StaffUserEntity | null> {
    return manager.createQueryBuilder(StaffUserEntity, 'u').setLock('pessimistic_write').where('u.id = :id', { id }).getOne();
  }

  list(): Promise<StaffUserEntity[]> {
    return this.dataSource.manager.find(StaffUserEntity, { order: { username: 'ASC' } });
  }

  async usernameExists(username: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = await manager.query<unknown[]>(`SELECT 1 FROM staff_users WHERE lower(username) = lower($1)`, [username]);
    return rows.length > 0;
  }

  /** Inserts the account unless the username is taken (then returns null); never raises on the duplicate, so the transaction stays usable. */
  async insertIfAbsent(manager: EntityManager, user: NewStaffUser): Promise<StaffUserEntity | null> {
    const rows = await scrubbingParameters(() =>
      manager.query<{ id: string }[]>(
        `INSERT INTO staff_users (username, display_name, role, password_hash, phone)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ((lower(username))) DO NOTHING
         RETURNING id`,
        [user.username, user.displayName, user.role, user.passwordHash, user.phone],
      ),
    );
    if (rows.length === 0) return null;
    return manager.findOneByOrFail(StaffUserEntity, { id: rows[0].id });
  }

  async update(manager: EntityManager, id: string, changes: StaffUserChanges): Promise<StaffUserEntity> {
    await scrubbingParameters(() =>
      manager
        .createQueryBuilder()
        .update(StaffUserEntity)
        .set({ ...changes, updatedAt: () => 'now()' })
        .where('id = :id', { id })
        .execute(),
    );
    return manager.findOneByOrFail(StaffUserEntity, { id });
  }
}
