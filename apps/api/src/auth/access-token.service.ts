import { Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { isRole, type AuthUser } from '@app/contracts';
import { AppConfig } from '@app/config';
import { DomainError } from '@app/domain';

const ISSUER = 'qinao-alert';
const AUDIENCE = 'qinao-alert-api';

/** A verified access token: the caller, the account's token version it was signed with, and when it expires. */
export interface VerifiedAccessToken {
  user: AuthUser;
  /** `staff_users.token_version` at signing; tokens without the claim (signed before versions existed) count as 0. */
  tokenVersion: number;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/**
 * Short-lived HS256 access tokens. Verification pins the algorithm, so `alg: none` and
 * algorithm-confusion tokens are rejected, and checks issuer, audience and expiry.
 */
@Injectable()
export class AccessTokenService {
  private readonly key: Uint8Array;

  constructor(private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  get ttlSeconds(): number {
    return this.config.accessTokenTtlSeconds;
  }

  /** `tokenVersion` is the account's current `token_version`: raising it later revokes this token. */
  async sign(user: AuthUser, tokenVersion = 0): Promise<string> {
    return new SignJWT({ role: user.role, username: user.username, name: user.displayName, ver: tokenVersion })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.id)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.config.accessTokenTtlSeconds}s`)
      .sign(this.key);
  }

  /**
   * Returns the caller, or throws an `unauthenticated` DomainError that says why the token was refused. Checks the
   * signature only: whether the account still accepts the token is SessionAuthenticator's question.
   */
  async verify(token: string): Promise<AuthUser> {
    return (await this.verifyClaims(token)).user;
  }

  async verifyClaims(token: string): Promise<VerifiedAccessToken> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
      const version = payload.ver ?? 0;
      if (typeof payload.sub !== 'string' || !isRole(payload.role) || typeof payload.username !== 'string' || !Number.isSafeInteger(version) || typeof payload.exp !== 'number') {
        throw new DomainError('unauthenticated', 'invalid_token', 'The access token is missing required claims.');
      }
      return {
        user: { id: payload.sub, role: payload.role, username: payload.username, displayName: String(payload.name ?? payload.username) },
        tokenVersion: version as number,
        expiresAt: payload.exp * 1000,
      };
    } catch (err) {
      if (err instanceof DomainError) throw err;
      if (err instanceof joseErrors.JWTExpired) {
        throw new DomainError('unauthenticated', 'token_expired', 'The access token has expired; refresh it or log in again.');
      }
      throw new DomainError('unauthenticated', 'invalid_token', 'The access token is not valid.');
    }
  }
}
