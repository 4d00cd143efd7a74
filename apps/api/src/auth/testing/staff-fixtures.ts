import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser, Role } from '@app/contracts';
import { AccessTokenService } from '../access-token.service.js';
import { PasswordHasher } from '../password-hasher.js';

export interface TestStaff extends AuthUser {
  password: string | undefined;
  token: string;
}

/**
 * Inserts a staff user straight into the database and signs an access token for it. Without a password the
 * stored hash matches nothing (enough for token-only tests, and no hashing cost).
 */
export async function insertStaff(
  app: INestApplication,
  values: { username: string; role: Role; displayName?: string; password?: string; active?: boolean },
): Promise<TestStaff> {
  const passwordHash = values.password ? await app.get(PasswordHasher).hash(values.password) : 'unusable';
  const displayName = values.displayName ?? `Test ${values.username}`;
  const rows = await app.get(DataSource).query<{ id: string }[]>(
    `INSERT INTO staff_users (username, display_name, role, password_hash, active) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [values.username, displayName, values.role, passwordHash, values.active ?? true],
  );
  const user: AuthUser = { id: rows[0].id, username: values.username, role: values.role, displayName };
  return { ...user, password: values.password, token: await app.get(AccessTokenService).sign(user) };
}
