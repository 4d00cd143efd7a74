import type { AuthUser, RealtimeRoom, Role, StaffRoom } from '@app/contracts';

const STAFF_ROOM_BY_ROLE: Record<Role, StaffRoom> = {
  admin: 'hq',
  commander: 'hq',
  operator: 'hq',
  inspector: 'field',
  crew_lead: 'field',
  liaison: 'liaison',
};

/** The staff group a role belongs to. */
export function staffRoomOf(role: Role): StaffRoom {
  return STAFF_ROOM_BY_ROLE[role];
}

/**
 * The rooms a connection is put in, decided only from the verified caller: anonymous callers get `public`; staff
 * get `public`, their group, their role and their own account. Used by the socket gateway and the catch-up route.
 */
export function roomsFor(user: AuthUser | undefined): RealtimeRoom[] {
  if (!user) return ['public'];
  return ['public', staffRoomOf(user.role), `role:${user.role}`, `user:${user.id}`];
}
