import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@app/domain';
import { bearerToken, type AuthRequest } from './auth-request.js';
import { routePolicy } from './route-policy.js';
import { SessionAuthenticator } from './session-authenticator.js';

/**
 * Global guard, first of the two: verifies the Bearer access token and sets `request.user`. The account must still
 * accept the token (active, same token version), so a deactivation or role change takes effect on the next request.
 * Public routes need no token (a valid one still identifies the caller; a bad or revoked one is ignored there).
 * Only HTTP: socket connections are authenticated by the realtime gateway itself.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthRequest>();
    const token = bearerToken(request);
    const policy = routePolicy(this.reflector, context.getHandler(), context.getClass());

    if (policy.kind === 'public') {
      if (token) request.user = await this.sessions.authenticate(token).then((s) => s.user, () => undefined);
      return true;
    }
    if (!token) {
      throw new DomainError('unauthenticated', 'missing_token', 'This route needs an access token: send it as "Authorization: Bearer <token>".');
    }
    request.user = (await this.sessions.authenticate(token)).user;
    return true;
  }
}
