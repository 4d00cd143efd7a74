import { FIELD_ROLES, HQ_ROLES, type Role } from '@app/contracts';

/** The staff areas of the web app. The resident page (/alerts) and /login are open to everyone. */
export type StaffArea = 'command' | 'field' | 'liaison';

export const AREA_PATHS: Record<StaffArea, string> = { command: '/command', field: '/field', liaison: '/liaison' };

const AREA_ROLES: Record<StaffArea, readonly Role[]> = {
  command: HQ_ROLES,
  field: FIELD_ROLES,
  // The liaison board is read-only; HQ may open it to see what the Macau side sees.
  liaison: ['liaison', ...HQ_ROLES],
};

export function mayEnter(role: Role, area: StaffArea): boolean {
  return AREA_ROLES[area].includes(role);
}

/** The page a role lands on after sign-in. */
export function homeArea(role: Role): StaffArea {
  if (HQ_ROLES.includes(role)) return 'command';
  if (FIELD_ROLES.includes(role)) return 'field';
  return 'liaison';
}

export function homePath(role: Role): string {
  return AREA_PATHS[homeArea(role)];
}

/** The staff areas a role may open, in the order they appear in the navigation. */
export function areasFor(role: Role): StaffArea[] {
  return (Object.keys(AREA_ROLES) as StaffArea[]).filter((area) => mayEnter(role, area));
}

/** Where to go after sign-in: back to the page that asked for it if the role may open it, else the role's home. */
export function landingPath(role: Role, requested: string | undefined): string {
  const area = requested ? areaOfPath(requested) : undefined;
  return area && requested && mayEnter(role, area) ? requested : homePath(role);
}

export function areaOfPath(pathname: string): StaffArea | undefined {
  return (Object.entries(AREA_PATHS) as [StaffArea, string][]).find(
    ([, base]) => pathname === base || pathname.startsWith(base + '/'),
  )?.[0];
}

/** Roles that may enter signals by hand, decide held readings and enter the probability table. */
const SIGNAL_EDITOR_ROLES: readonly Role[] = ['admin', 'commander', 'operator'];

export function mayChangeSignals(role: Role | undefined): boolean {
  return role !== undefined && SIGNAL_EDITOR_ROLES.includes(role);
}

/** The HQ wall display: `/command/kiosk`, or any command page with `?kiosk=1`. */
export function isKioskLocation(pathname: string, search: string): boolean {
  if (areaOfPath(pathname) !== 'command') return false;
  const flag = new URLSearchParams(search).get('kiosk');
  return pathname.replace(/\/+$/, '') === '/command/kiosk' || flag === '1' || flag === 'true';
}
