import type { StaffAccount } from '@app/contracts';
import type { StaffUserEntity } from '@app/database';

/** The account as the api returns it: never the password hash. */
export function staffAccountOf(user: StaffUserEntity): StaffAccount {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    phone: user.phone,
    active: user.active,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

/** The fields an audit row shows before/after a change. */
export function auditedAccountFields(user: StaffUserEntity): Record<string, unknown> {
  return { username: user.username, displayName: user.displayName, role: user.role, phone: user.phone, active: user.active };
}
