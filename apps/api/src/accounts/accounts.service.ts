import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CreateAccountRequest, StaffAccount, UpdateAccountRequest } from '@app/contracts';
import { AuditRepository, RefreshTokenRepository, StaffUserRepository, type StaffUserChanges } from '@app/database';
import { DomainError } from '@app/domain';
import { auditActor } from '../audit/audit-actor.js';
import { AccountSessionCache } from '../auth/account-session.cache.js';
import { AccountSessionRepository } from '../auth/account-session.repository.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import { auditedAccountFields, staffAccountOf } from './staff-account.js';

const EDITABLE = ['displayName', 'role', 'active', 'phone'] as const;

/** Staff account administration. Each change and its audit row commit together. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: StaffUserRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly audit: AuditRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: AccountSessionRepository,
    private readonly sessionCache: AccountSessionCache,
  ) {}

  async list(): Promise<StaffAccount[]> {
    return (await this.users.list()).map(staffAccountOf);
  }

  async create(input: CreateAccountRequest, meta: RequestMeta): Promise<StaffAccount> {
    const username = input.username.toLowerCase();
    // Hash before the transaction: it takes tens of milliseconds and needs no lock.
    const passwordHash = await this.hasher.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      const created = await this.users.insertIfAbsent(manager, {
        username,
        displayName: input.displayName.trim(),
        role: input.role,
        passwordHash,
        phone: input.phone ?? null,
      });
      if (!created) throw new DomainError('conflict', 'username_taken', `The username "${username}" is already taken.`);
      await this.audit.append(manager, {
        ...auditActor(meta),
        action: 'account.created',
        entityType: 'staff_user',
        entityId: created.id,
        summary: { after: auditedAccountFields(created) },
      });
      return staffAccountOf(created);
    });
  }

  async update(id: string, input: UpdateAccountRequest, meta: RequestMeta): Promise<StaffAccount> {
    const requested = [...EDITABLE, 'password'].filter((key) => input[key as keyof UpdateAccountRequest] !== undefined);
    if (requested.length === 0) {
      throw new DomainError('invalid', 'nothing_to_change', `Send at least one of: ${[...EDITABLE, 'password'].join(', ')}.`);
    }
    const isSelf = meta.user?.id === id;
    if (isSelf && (input.active === false || (input.role !== undefined && input.role !== 'admin'))) {
      throw new DomainError('conflict', 'self_lockout', 'You cannot deactivate your own account or remove your own admin role; ask another admin.');
    }
    const passwordHash = input.password !== undefined ? await this.hasher.hash(input.password) : undefined;

    const result = await this.dataSource.transaction(async (manager) => {
      const current = await this.users.lockById(manager, id);
      if (!current) throw new DomainError('not_found', 'account_not_found', `No staff account has the id ${id}.`);

      const changes: StaffUserChanges = {};
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const key of EDITABLE) {
        const value = key === 'displayName' ? input.displayName?.trim() : input[key];
        if (value === undefined || value === current[key]) continue;
        Object.assign(changes, { [key]: value });
        before[key] = current[key];
        after[key] = value;
      }
      if (passwordHash) changes.passwordHash = passwordHash;
      if (Object.keys(changes).length === 0) return { account: staffAccountOf(current), accessRevoked: false };

      const updated = await this.users.update(manager, id, changes);
      const deactivated = current.active && changes.active === false;
      // A deactivated account or a reset password must not keep sessions alive on other devices.
      const revokedTokens =
        deactivated || passwordHash
          ? await this.refreshTokens.revokeAllForUser(manager, id, deactivated ? 'account_deactivated' : 'password_reset')
          : 0;
      // Access tokens already handed out stop working too: at once here, within ACCOUNT_SESSION_CACHE_MS elsewhere.
      // After a role change the refresh token still works and brings a token with the new role.
      const accessRevoked = deactivated || passwordHash !== undefined || changes.role !== undefined;
      if (accessRevoked) await this.sessions.revokeAccessTokens(manager, id);
      await this.audit.append(manager, {
        ...auditActor(meta),
        action: 'account.updated',
        entityType: 'staff_user',
        entityId: id,
        summary: {
          username: current.username,
          before,
          after,
          ...(passwordHash ? { passwordReset: true } : {}),
          ...(revokedTokens > 0 ? { revokedTokens } : {}),
          ...(accessRevoked ? { accessTokensRevoked: true } : {}),
        },
      });
      return { account: staffAccountOf(updated), accessRevoked };
    });
    if (result.accessRevoked) this.sessionCache.invalidate(id);
    return result.account;
  }
}
