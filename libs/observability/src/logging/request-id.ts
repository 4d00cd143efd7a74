import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What a caller may send as its own request id: short and free of anything that could forge log lines. */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isAcceptableRequestId(value: unknown): value is string {
  return typeof value === 'string' && ACCEPTABLE_REQUEST_ID.test(value);
}

type RequestWithId = IncomingMessage & { id?: unknown };

/**
 * The request's id: the caller's `x-request-id` when it is acceptable (so a proxy's id follows the request through
 * the logs), otherwise a new UUID. Sets `req.id` (error bodies and logs read it) and echoes it in the response.
 */
export function assignRequestId(req: RequestWithId, res: ServerResponse): string {
  if (isAcceptableRequestId(req.id)) return req.id;
  const incoming = req.headers[REQUEST_ID_HEADER];
  const id = isAcceptableRequestId(incoming) ? incoming : randomUUID();
  req.id = id;
  if (!res.headersSent) res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** Express-style middleware form of assignRequestId, mounted before anything that can fail a request. */
export function requestIdMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  assignRequestId(req, res);
  next();
}
