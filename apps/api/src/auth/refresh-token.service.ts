import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { AuditRepository, RefreshTokenRepository, StaffUserRepository, type StaffUserEntity } from '@app/database';
import { DomainError } from '@app/domain';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import { hashRefreshToken, newRefreshToken } from './refresh-token.secret.js';

const refused = {
  unknown: () => new DomainError('unauthenticated', 'invalid_refresh_token', 'The refresh token is not known; log in again.'),
  revoked: () => new DomainError('unauthenticated', 'refresh_token_revoked', 'The refresh token has been revoked (logged out or signed out by an administrator); log in again.'),
  expired: () => new DomainError('unauthenticated', 'refresh_token_expired', 'The refresh token has expired; log in again.'),
  reused: () =>
    new DomainError('unauthenticated', 'refresh_token_reused', 'The refresh token was already used; as a precaution every session started from the same login has been signed out. Log in again.'),
  inactive: () => new DomainError('unauthenticated', 'account_inactive', 'The account is deactivated.'),
};

type Outcome<T> = { ok: T } | { refused: DomainError };

/**
 * Rotating refresh tokens grouped in families (one per login). Each use spends the token and issues its successor
 * in the same family; presenting a spent token again means it was copied, so the whole family is revoked.
 */
@Injectable()
export class RefreshTokenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly tokens: RefreshTokenRepository,
    private readonly users: StaffUserRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** Stores a new token of the family (a new family when none is given) and returns the token itself. */
  async issue(manager: EntityManager, userId: string, familyId: string = randomUUID()): Promise<{ token: string; familyId: string }> {
    const token = newRefreshToken();
    await this.tokens.insert(manager, { userId, familyId, tokenHash: hashRefreshToken(token), ttlSeconds: this.config.refreshTokenTtlSeconds });
    return { token, familyId };
  }

  /**
   * Spends the presented token and returns its successor. The row lock makes two concurrent uses of one token
   * run one after the other: the second finds it spent and revokes the family. Refusals that change state
   * (reuse) commit their revocation and audit row before the error is thrown.
   */
  async rotate(presented: string, meta: RequestMeta): Promise<{ user: StaffUserEntity; refreshToken: string }> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<Outcome<{ user: StaffUserEntity; refreshToken: string }>> => {
      const stored = await this.tokens.lockByHash(manager, hashRefreshToken(presented));
      if (!stored) return { refused: refused.unknown() };
      const user = await this.users.findById(stored.userId, manager);
      const actor = { actorId: stored.userId, actorName: user?.username ?? 'unknown', requestId: meta.requestId, ip: meta.ip };

      if (stored.usedAt) {
        const revokedTokens = await this.tokens.revokeFamily(manager, stored.familyId, 'reuse_detected');
        await this.audit.append(manager, {
          ...actor,
          action: 'auth.refresh_reuse',
          entityType: 'staff_user',
          entityId: stored.userId,
          summary: { familyId: stored.familyId, tokenId: stored.id, usedAt: stored.usedAt, revokedTokens },
        });
        return { refused: refused.reused() };
      }
      if (stored.revokedAt) return { refused: refused.revoked() };
      if (stored.expired) return { refused: refused.expired() };
      if (!user || !user.active) return { refused: refused.inactive() };

      await this.tokens.markUsed(manager, stored.id);
      const next = await this.issue(manager, user.id, stored.familyId);
      await this.audit.append(manager, {
        ...actor,
        action: 'auth.refresh',
        entityType: 'staff_user',
        entityId: user.id,
        summary: { familyId: stored.familyId, spentTokenId: stored.id },
      });
      return { ok: { user, refreshToken: next.token } };
    });
    if ('refused' in outcome) throw outcome.refused;
    return outcome.ok;
  }

  /** Logout: revokes the family the presented token belongs to (every token rotated from that login). */
  async revokeFamilyOf(presented: string, meta: RequestMeta): Promise<void> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<Outcome<null>> => {
      const stored = await this.tokens.lockByHash(manager, hashRefreshToken(presented));
      if (!stored) return { refused: refused.unknown() };
      const revokedTokens = await this.tokens.revokeFamily(manager, stored.familyId, 'logout');
      if (revokedTokens > 0) {
        const user = await this.users.findById(stored.userId, manager);
        await this.audit.append(manager, {
          actorId: stored.userId,
          actorName: user?.username ?? 'unknown',
          action: 'auth.logout',
          entityType: 'staff_user',
          entityId: stored.userId,
          summary: { familyId: stored.familyId, revokedTokens },
          requestId: meta.requestId,
          ip: meta.ip,
        });
      }
      return { ok: null };
    });
    if ('refused' in outcome) throw outcome.refused;
  }
}
