import type { AuthUser, RealtimeRoom } from '@app/contracts';

/** Who is on the other end of a socket or a catch-up request, and the rooms the server granted them. */
export interface RealtimeCaller {
  /** Undefined for anonymous (public) callers. */
  user: AuthUser | undefined;
  rooms: RealtimeRoom[];
  /** For staff: the token version the connection was authenticated with and when its token expires (epoch ms). */
  session?: { tokenVersion: number; expiresAt: number };
}
