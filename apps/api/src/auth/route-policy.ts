import type { Reflector } from '@nestjs/core';
import type { Role } from '@app/contracts';
import { IS_PUBLIC_KEY, ROLES_KEY } from './auth.decorators.js';

/** Who may call a route, read from its decorators. */
export type RoutePolicy = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] } | { kind: 'undeclared' };

/**
 * The method's own @Public()/@Roles() wins over the controller's, so a controller can declare roles for all its
 * routes and open one of them (or the reverse). Neither anywhere: undeclared, which the guards deny.
 */
export function routePolicy(reflector: Reflector, handler: object, controller: object): RoutePolicy {
  for (const target of [handler, controller]) {
    if (reflector.get<boolean | undefined>(IS_PUBLIC_KEY, target as never) === true) return { kind: 'public' };
    const roles = reflector.get<Role[] | undefined>(ROLES_KEY, target as never);
    if (roles) return { kind: 'roles', roles };
  }
  return { kind: 'undeclared' };
}
