/** Staff roles. Residents are anonymous and never hold a role. */
export const ROLES = ['admin', 'commander', 'operator', 'inspector', 'crew_lead', 'liaison'];
/** Roles that work at the HQ and see the command dashboard. */
export const HQ_ROLES = ['admin', 'commander', 'operator'];
/** Roles that work in the field on mobile web. */
export const FIELD_ROLES = ['inspector', 'crew_lead'];
export function isRole(value) {
    return typeof value === 'string' && ROLES.includes(value);
}
//# sourceMappingURL=roles.js.map