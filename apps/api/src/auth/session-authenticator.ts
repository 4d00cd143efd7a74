import { Injectable } from '@nestjs/common';
import { DomainError } from '@app/domain';
import { AccessTokenService, type VerifiedAccessToken } from './access-token.service.js';
import { AccountSessionCache } from './account-session.cache.js';
import type { AccountSessionState } from './account-session.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why an account no longer accepts a token it signed, or undefined when it still does. */
export function sessionRefusal(token: VerifiedAccessToken, state: AccountSessionState | null): DomainError | undefined {
  if (!state || !state.active) {
    return new DomainError('unauthenticated', 'account_inactive', 'The account is deactivated or no longer exists.');
  }
  if (state.tokenVersion !== token.tokenVersion || state.role !== token.user.role) {
    return new DomainError('unauthenticated', 'token_revoked', 'This access token was revoked (the account was changed by an administrator); refresh it or log in again.');
  }
  return undefined;
}

/**
 * The one check of an access token for HTTP routes, the catch-up route and sockets: a valid signature, and an
 * account that is still active with the token's version (deactivation, a role change and a password reset raise it).
 */
@Injectable()
export class SessionAuthenticator {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly cache: AccountSessionCache,
  ) {}

  async authenticate(token: string): Promise<VerifiedAccessToken> {
    const verified = await this.tokens.verifyClaims(token);
    if (!UUID.test(verified.user.id)) throw new DomainError('unauthenticated', 'invalid_token', 'The access token is not valid.');
    const refusal = sessionRefusal(verified, await this.cache.get(verified.user.id));
    if (refusal) throw refusal;
    return verified;
  }
}
