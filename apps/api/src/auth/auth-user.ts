import type { AuthUser } from '@app/contracts';
import type { StaffUserEntity } from '@app/database';

/** The caller as access tokens carry it. */
export function authUserOf(user: Pick<StaffUserEntity, 'id' | 'username' | 'role' | 'displayName'>): AuthUser {
  return { id: user.id, username: user.username, role: user.role, displayName: user.displayName };
}
