import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RefreshTokenEntity } from '../entities/refresh-token.entity.js';

export interface NewRefreshToken {
  userId: string;
  familyId: string;
  tokenHash: string;
  ttlSeconds: number;
}

/** A stored token read under a row lock, with expiry judged by the database clock. */
export type LockedRefreshToken = RefreshTokenEntity & { expired: boolean };

export type RefreshRevokeReason = 'logout' | 'reuse_detected' | 'account_deactivated' | 'password_reset';

/** Refresh tokens: only their SHA-256 is stored; all tokens rotated from one login share a family. */
@Injectable()
export class RefreshTokenRepository {
  async insert(manager: EntityManager, token: NewRefreshToken): Promise<{ id: string; expiresAt: Date }> {
    const rows = await manager.query<{ id: string; expires_at: Date }[]>(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4))
       RETURNING id, expires_at`,
      [token.userId, token.familyId, token.tokenHash, token.ttlSeconds],
    );
    return { id: rows[0].id, expiresAt: rows[0].expires_at };
  }

  /**
   * Finds the token by its hash and locks the row until the transaction ends: two requests presenting the
   * same token are served one after the other, so only the first can rotate it.
   */
  async lockByHash(manager: EntityManager, tokenHash: string): Promise<LockedRefreshToken | null> {
    const rows = await manager.query<
      { id: string; user_id: string; family_id: string; token_hash: string; expires_at: Date; created_at: Date; used_at: Date | null; revoked_at: Date | null; revoked_reason: string | null; expired: boolean }[]
    >(`SELECT *, expires_at <= now() AS expired FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`, [tokenHash]);
    if (rows.length === 0) return null;
    const r = rows[0];
    return Object.assign(new RefreshTokenEntity(), {
      id: r.id,
      userId: r.user_id,
      familyId: r.family_id,
      tokenHash: r.token_hash,
      expiresAt: r.expires_at,
      createdAt: r.created_at,
      usedAt: r.used_at,
      revokedAt: r.revoked_at,
      revokedReason: r.revoked_reason,
      expired: r.expired,
    });
  }

  async markUsed(manager: EntityManager, id: string): Promise<void> {
    await manager.createQueryBuilder().update(RefreshTokenEntity).set({ usedAt: () => 'now()' }).where('id = :id', { id }).execute();
  }

  /** Revokes every still-valid token of the family; returns how many were revoked. */
  async revokeFamily(manager: EntityManager, familyId: string, reason: RefreshRevokeReason): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
    return result.affected ?? 0;
  }

  /** Revokes every still-valid token of the user (all devices); returns how many were revoked. */
  async revokeAllForUser(manager: EntityManager, userId: string, reason: RefreshRevokeReason): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
    return result.affected ?? 0;
  }
}
