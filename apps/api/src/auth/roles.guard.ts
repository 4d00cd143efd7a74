import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@app/domain';
import type { AuthRequest } from './auth-request.js';
import { routePolicy } from './route-policy.js';

/**
 * Global guard, second of the two: deny by default. A route must be @Public() or list its @Roles(); a route that
 * declares neither is refused to everyone, so a forgotten decorator can never open a route.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const policy = routePolicy(this.reflector, context.getHandler(), context.getClass());
    if (policy.kind === 'public') return true;
    if (policy.kind === 'undeclared') {
      throw new DomainError('forbidden', 'route_not_declared', 'This route does not declare who may call it, so nobody may.');
    }
    const user = context.switchToHttp().getRequest<AuthRequest>().user;
    if (!user) {
      throw new DomainError('unauthenticated', 'missing_token', 'This route needs an access token: send it as "Authorization: Bearer <token>".');
    }
    if (!policy.roles.includes(user.role)) {
      const allowed = policy.roles.length > 0 ? policy.roles.join(', ') : 'no role';
      throw new DomainError('forbidden', 'forbidden_role', `Your role (${user.role}) may not do this; allowed: ${allowed}.`);
    }
    return true;
  }
}
