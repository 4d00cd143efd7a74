import { HQ_ROLES, type AuthUser } from '@app/contracts';
import type { HazardReportViewer } from '@app/database';

export function isHq(user: AuthUser): boolean {
  return HQ_ROLES.includes(user.role);
}

/** HQ roles see every report; field accounts their own and their teams' (the repository applies it). */
export function viewerOf(user: AuthUser): HazardReportViewer {
  return isHq(user) ? null : { userId: user.id };
}
