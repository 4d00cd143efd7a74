import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthUser, Role } from '@app/contracts';

export const IS_PUBLIC_KEY = 'qinao:public';
export const ROLES_KEY = 'qinao:roles';

/** The route needs no token. Every route is either @Public() or declares its @Roles(): deny by default. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/** The roles that may call the route (or every route of a controller). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The verified caller, set by the authentication guard. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser | undefined => {
  return ctx.switchToHttp().getRequest<{ user?: AuthUser }>().user;
});
