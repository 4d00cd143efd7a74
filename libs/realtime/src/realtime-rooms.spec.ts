import { ROLES, type AuthUser } from '@app/contracts';
import { roomsFor, staffRoomOf } from './realtime-rooms.js';

describe('roomsFor', () => {
  it('puts anonymous callers in public only', () => {
    expect(roomsFor(undefined)).toEqual(['public']);
  });

  it('puts staff in public, their group, their role and their own room', () => {
    const user: AuthUser = { id: 'u1', username: 'insp', role: 'inspector', displayName: 'Insp' };
    expect(roomsFor(user)).toEqual(['public', 'field', 'role:inspector', 'user:u1']);
  });

  it('gives every role exactly one staff group', () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, staffRoomOf(role)]))).toEqual({
      admin: 'hq',
      commander: 'hq',
      operator: 'hq',
      inspector: 'field',
      crew_lead: 'field',
      liaison: 'liaison',
    });
  });
});
