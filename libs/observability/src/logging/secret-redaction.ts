/** What replaces a secret in the logs. */
export const REDACTED = '[REDACTED]';

/**
 * Field names whose values never reach the logs, wherever they appear: credentials, tokens and Web Push
 * subscription data (the endpoint URL and its keys let anyone send notifications to a resident's device).
 * Names are compared after lower-casing and dropping `-` and `_`, so `refresh_token` and `Set-Cookie` match too.
 */
const SECRET_FIELDS = new Set([
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'password',
  'refreshtoken',
  'accesstoken',
  'token',
  'endpoint',
  'keys',
  'p256dh',
  'auth',
  'secret',
  'apikey',
  'xapikey',
]);

/** Any other field ending like these (`newPassword`, `idToken`, `jwtSecret`) is a secret as well. */
const SECRET_SUFFIXES = ['password', 'token', 'secret'];

/** Objects nested deeper than this are cut off: a log line is no place for a whole document. */
const MAX_DEPTH = 12;

export function isSecretField(name: string): boolean {
  const normalized = name.toLowerCase().replace(/[-_]/g, '');
  return SECRET_FIELDS.has(normalized) || SECRET_SUFFIXES.some((suffix) => normalized.endsWith(suffix));
}

/**
 * A copy of `value` in which every secret field (at any depth) holds REDACTED. Plain objects and arrays are
 * copied; other values (dates, buffers, errors already serialized elsewhere) pass through unchanged.
 */
export function redactSecrets<T>(value: T): T {
  return redact(value, 0, new WeakSet()) as T;
}

function redact(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactUrlSecrets(value);
  if (value === null || typeof value !== 'object' || !isWalkable(value)) return value;
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Truncated]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1, seen));
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const field = (value as Record<string, unknown>)[key];
      copy[key] = isSecretField(key) && field !== undefined && field !== null ? REDACTED : redact(field, depth + 1, seen);
    }
    return copy;
  } finally {
    seen.delete(value);
  }
}

/** Plain data worth walking; class instances such as Date, Buffer, Map or streams are left alone. */
function isWalkable(value: object): boolean {
  if (Array.isArray(value)) return true;
  if (value instanceof Date || value instanceof Error || ArrayBuffer.isView(value) || value instanceof Map || value instanceof Set) {
    return false;
  }
  const proto = Object.getPrototypeOf(value) as object | null;
  // pino's serialized requests use their own prototype but are plain data, hence the extra check on the constructor.
  return proto === null || proto === Object.prototype || (proto as { constructor?: unknown }).constructor === Object;
}

const URL_QUERY = /[?&][^=&#\s]+=/;

/**
 * Redacts secret query parameters (`?token=…`, `&password=…`) in strings that look like URLs or request paths;
 * other strings are returned unchanged.
 */
export function redactUrlSecrets(text: string): string {
  if (!URL_QUERY.test(text)) return text;
  return text.replace(/([?&])([^=&#\s]+)=([^&#\s]*)/g, (whole, separator: string, name: string) =>
    isSecretField(safeDecode(name)) ? `${separator}${name}=${REDACTED}` : whole,
  );
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
