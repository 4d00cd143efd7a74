import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser, LoginResponse } from '@app/contracts';
import { AuditRepository, StaffUserRepository } from '@app/database';
import { DomainError } from '@app/domain';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import { AccessTokenService } from './access-token.service.js';
import { AccountSessionRepository } from './account-session.repository.js';
import { authUserOf } from './auth-user.js';
import { PasswordHasher } from './password-hasher.js';
import { RefreshTokenService } from './refresh-token.service.js';

type LoginFailure = 'unknown_username' | 'wrong_password' | 'account_inactive';

/** Login, token refresh, logout and "who am I". */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: StaffUserRepository,
    private readonly audit: AuditRepository,
    private readonly hasher: PasswordHasher,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly sessions: AccountSessionRepository,
  ) {}

  async login(username: string, password: string, meta: RequestMeta): Promise<LoginResponse> {
    const user = await this.users.findForLogin(username);
    // An unknown username costs one hash too, so response time does not reveal which usernames exist.
    const passwordOk = user ? await this.hasher.verify(password, user.passwordHash) : await this.hasher.verifyAgainstNothing(password);
    const failure: LoginFailure | undefined = !user ? 'unknown_username' : !passwordOk ? 'wrong_password' : !user.active ? 'account_inactive' : undefined;
    if (!user || failure) {
      await this.recordFailedLogin(username, user?.id ?? null, failure ?? 'unknown_username', meta);
      // One message for every failure: the caller cannot tell a wrong password from a deactivated account.
      throw new DomainError('unauthenticated', 'invalid_credentials', 'The username or password is wrong.');
    }

    const rehashed = this.hasher.needsRehash(user.passwordHash) ? await this.hasher.hash(password) : undefined;
    const refresh = await this.dataSource.transaction(async (manager) => {
      if (rehashed) await this.users.update(manager, user.id, { passwordHash: rehashed });
      const issued = await this.refreshTokens.issue(manager, user.id);
      await this.audit.append(manager, {
        actorId: user.id,
        actorName: user.username,
        action: 'auth.login',
        entityType: 'staff_user',
        entityId: user.id,
        summary: { familyId: issued.familyId, ...(rehashed ? { passwordRehashed: true } : {}) },
        requestId: meta.requestId,
        ip: meta.ip,
      });
      return issued;
    });
    return this.tokenResponse(user.id, refresh.token);
  }

  async refresh(refreshToken: string, meta: RequestMeta): Promise<LoginResponse> {
    const rotated = await this.refreshTokens.rotate(refreshToken, meta);
    return this.tokenResponse(rotated.user.id, rotated.refreshToken);
  }

  logout(refreshToken: string, meta: RequestMeta): Promise<void> {
    return this.refreshTokens.revokeFamilyOf(refreshToken, meta);
  }

  /** The caller as stored now (name or role may have changed since the token was issued). */
  async me(caller: AuthUser): Promise<AuthUser> {
    const user = await this.users.findById(caller.id);
    if (!user || !user.active) throw new DomainError('unauthenticated', 'account_inactive', 'The account no longer exists or is deactivated.');
    return authUserOf(user);
  }

  /**
   * Signs for the account as stored now: role and token version come from one read, so a token never pairs a new
   * version with an old role (a change committed after the read raises the version and revokes this token).
   */
  private async tokenResponse(userId: string, refreshToken: string): Promise<LoginResponse> {
    const account = await this.sessions.find(userId);
    if (!account || !account.active) throw new DomainError('unauthenticated', 'account_inactive', 'The account is deactivated.');
    const accessToken = await this.accessTokens.sign(account.user, account.tokenVersion);
    return { user: account.user, accessToken, expiresIn: this.accessTokens.ttlSeconds, refreshToken };
  }

  private recordFailedLogin(username: string, userId: string | null, reason: LoginFailure, meta: RequestMeta): Promise<unknown> {
    return this.dataSource.transaction((manager) =>
      this.audit.append(manager, {
        actorId: null,
        actorName: username.slice(0, 100),
        action: 'auth.login_failed',
        entityType: 'staff_user',
        entityId: userId,
        summary: { username: username.slice(0, 100), reason },
        requestId: meta.requestId,
        ip: meta.ip,
      }),
    );
  }
}
