import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser, Role } from '@app/contracts';

/** What decides whether an account's access tokens are still accepted. */
export interface AccountSessionState {
  active: boolean;
  role: Role;
  tokenVersion: number;
}

/** The account as a new token is signed for it: name, role and version read in one statement, so they agree. */
export interface SessionAccount extends AccountSessionState {
  user: AuthUser;
}

interface Row {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  active: boolean;
  token_version: number;
}

const COLUMNS = `id, username, display_name, role, active, token_version`;

function toAccount(row: Row): SessionAccount {
  return {
    user: { id: row.id, username: row.username, role: row.role, displayName: row.display_name },
    active: row.active,
    role: row.role,
    tokenVersion: row.token_version,
  };
}

/** `staff_users.token_version` and the fields read with it on every authenticated request (through the cache). */
@Injectable()
export class AccountSessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(id: string, manager: EntityManager = this.dataSource.manager): Promise<SessionAccount | null> {
    const rows = await manager.query<Row[]>(`SELECT ${COLUMNS} FROM staff_users WHERE id = $1`, [id]);
    return rows.length > 0 ? toAccount(rows[0]) : null;
  }

  /** The states of many accounts in one query; ids that match no account are missing from the map. */
  async states(ids: readonly string[]): Promise<Map<string, AccountSessionState>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<Row[]>(`SELECT ${COLUMNS} FROM staff_users WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((row) => [row.id, { active: row.active, role: row.role, tokenVersion: row.token_version }]));
  }

  /** Every access token signed for the account so far stops being accepted. */
  async revokeAccessTokens(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE staff_users SET token_version = token_version + 1 WHERE id = $1`, [id]);
  }
}
