/** Paths the api owns; the web app never answers for them, not even with its fallback page. */
const RESERVED = ['/api', '/health', '/metrics', '/socket.io'];

/** Client-side routes of the web app: the api answers them (and anything below them) with index.html. */
const SPA_ROUTES = ['/login', '/command', '/field', '/alerts', '/liaison'];

function underAny(pathname: string, bases: readonly string[]): boolean {
  return bases.some((base) => pathname === base || pathname.startsWith(`${base}/`));
}

export function isReservedPath(pathname: string): boolean {
  return underAny(pathname, RESERVED);
}

export function isSpaRoute(pathname: string): boolean {
  return pathname === '/' || underAny(pathname, SPA_ROUTES);
}

/** Files under assets/ carry a content hash in their name, so they never change: cache them for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, favicon, later the service worker) is revalidated on every use so a deploy shows at once. */
export const REVALIDATE = 'no-cache';

export function cacheControlFor(relativePath: string): string {
  return relativePath.startsWith('assets/') ? IMMUTABLE_CACHE : REVALIDATE;
}
