import type { Request } from 'express';
import type { AuthUser } from '@app/contracts';

/** An HTTP request after the authentication guard: `user` is the verified caller; `id` is set by the request logger. */
export type AuthRequest = Request & { user?: AuthUser; id?: string | number };

/** The token of an `Authorization: Bearer <token>` header, or undefined when there is none. */
export function bearerToken(request: Pick<Request, 'headers'>): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  return match?.[1];
}
