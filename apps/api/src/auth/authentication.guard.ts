import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@app/domain';
import { AccessTokenService } from './access-token.service.js';
import { bearerToken, type AuthRequest } from './auth-request.js';
import { routePolicy } from './route-policy.js';

/**
 * Global guard, first of the two: verifies the Bearer access token and sets `request.user`. Public routes need no
 * token (a valid one still identifies the caller; a bad one is ignored there). Only HTTP: socket connections are
 * authenticated by the realtime gateway itself.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthRequest>();
    const token = bearerToken(request);
    const policy = routePolicy(this.reflector, context.getHandler(), context.getClass());

    if (policy.kind === 'public') {
      if (token) request.user = await this.tokens.verify(token).catch(() => undefined);
      return true;
    }
    if (!token) {
      throw new DomainError('unauthenticated', 'missing_token', 'This route needs an access token: send it as "Authorization: Bearer <token>".');
    }
    request.user = await this.tokens.verify(token);
    return true;
  }
}
