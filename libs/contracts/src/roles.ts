/** Staff roles. Residents are anonymous and never hold a role. */
export const ROLES = ['admin', 'commander', 'operator', 'inspector', 'crew_lead', 'liaison'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work at the HQ and see the command dashboard. */
export const HQ_ROLES: readonly Role[] = ['admin', 'commander', 'operator'];
/** Roles that work in the field on mobile web. */
export const FIELD_ROLES: readonly Role[] = ['inspector', 'crew_lead'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
