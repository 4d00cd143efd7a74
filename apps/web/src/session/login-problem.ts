import type { MessageKey } from '../i18n/catalogues.js';
import { ApiRequestError, NetworkError } from './auth-api.js';

export interface LoginProblem {
  key: MessageKey;
  /** The api's error code, shown only for failures without a message of their own. */
  code?: string;
}

/** Maps a failed sign-in to a message in the reader's language; the server's English text is never shown. */
export function loginProblemFor(err: unknown): LoginProblem {
  if (err instanceof NetworkError) return { key: 'login.error.network' };
  if (err instanceof ApiRequestError) {
    if (err.code === 'invalid_credentials') return { key: 'login.error.invalidCredentials' };
    if (err.code === 'rate_limited' || err.status === 429) return { key: 'login.error.rateLimited' };
    return { key: 'login.error.generic', code: err.code };
  }
  return { key: 'login.error.generic', code: 'unknown' };
}
