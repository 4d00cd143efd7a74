import type { Role } from './roles.js';

/** Shortest password the system accepts for a staff account. */
export const MIN_PASSWORD_LENGTH = 12;
/** Usernames: lower-case letters, digits, dot, dash and underscore; compared case-insensitively. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/;

/** A staff account as the api shows it. The password hash never leaves the database layer. */
export interface StaffAccount {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  phone: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface CreateAccountRequest {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  phone?: string | null;
}

/** Every field optional; `password` sets a new password (and signs the account out everywhere). */
export interface UpdateAccountRequest {
  displayName?: string;
  role?: Role;
  active?: boolean;
  phone?: string | null;
  password?: string;
}
