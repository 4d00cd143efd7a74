import type { AuthUser, RealtimeRoom } from '@app/contracts';

/** Who is on the other end of a socket or a catch-up request, and the rooms the server granted them. */
export interface RealtimeCaller {
  /** Undefined for anonymous (public) callers. */
  user: AuthUser | undefined;
  rooms: RealtimeRoom[];
}
