import type { ApiErrorBody, AuthUser, LoginResponse, TokenPair } from '@app/contracts';

/** The api answered with an error body ({statusCode, code, message}). */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/** The request never got an answer (offline, server down, connection reset). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The server could not be reached', { cause });
    this.name = 'NetworkError';
  }
}

/** A refresh answers with a new token pair; it may also repeat the user. */
export type RefreshResponse = TokenPair & { user?: AuthUser };

export interface AuthApi {
  login(username: string, password: string): Promise<LoginResponse>;
  refresh(refreshToken: string): Promise<RefreshResponse>;
  me(accessToken: string): Promise<AuthUser>;
  logout(refreshToken: string, accessToken: string | undefined): Promise<void>;
}

const FALLBACK_CODES: Record<number, string> = { 401: 'unauthenticated', 403: 'forbidden', 429: 'rate_limited' };

/** Same-origin JSON calls; every failure becomes an ApiRequestError or a NetworkError. */
export async function requestJson<T>(
  fetchFn: typeof fetch,
  method: string,
  path: string,
  { body, token }: { body?: unknown; token?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetchFn(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (err) {
    throw new NetworkError(err);
  }
  const text = await response.text().catch(() => '');
  const parsed = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const error = (parsed ?? {}) as Partial<ApiErrorBody>;
    throw new ApiRequestError(
      response.status,
      typeof error.code === 'string' ? error.code : (FALLBACK_CODES[response.status] ?? `http_${response.status}`),
      typeof error.message === 'string' ? error.message : response.statusText,
    );
  }
  return parsed as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function createAuthApi(fetchFn: typeof fetch = (...args) => fetch(...args)): AuthApi {
  return {
    login: (username, password) => requestJson<LoginResponse>(fetchFn, 'POST', '/api/auth/login', { body: { username, password } }),
    refresh: (refreshToken) => requestJson<RefreshResponse>(fetchFn, 'POST', '/api/auth/refresh', { body: { refreshToken } }),
    me: (accessToken) => requestJson<AuthUser>(fetchFn, 'GET', '/api/auth/me', { token: accessToken }),
    logout: async (refreshToken, accessToken) => {
      await requestJson<unknown>(fetchFn, 'POST', '/api/auth/logout', { body: { refreshToken }, token: accessToken });
    },
  };
}
