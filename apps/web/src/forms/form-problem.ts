import type { MessageKey } from '../i18n/catalogues.js';
import { ApiRequestError, NetworkError } from '../session/auth-api.js';

export interface FormProblem {
  key: MessageKey;
  /** The api's error code, so staff can quote it to the command centre. */
  code?: string;
  /** The api's own explanation of what was wrong with the input (staff pages only). */
  detail?: string;
}

/** Maps a failed staff action to a message in the reader's language, keeping the api's reason for rejected input. */
export function formProblemFor(err: unknown): FormProblem {
  if (err instanceof NetworkError) return { key: 'form.error.network' };
  if (err instanceof ApiRequestError) {
    if (err.status === 401) return { key: 'form.error.signedOut' };
    if (err.status === 403) return { key: 'form.error.forbidden' };
    if (err.status === 409) return { key: 'form.error.conflict', code: err.code, detail: err.message };
    if (err.status === 400 || err.status === 422) return { key: 'form.error.rejected', code: err.code, detail: err.message };
    if (err.status === 429) return { key: 'form.error.rateLimited' };
    return { key: 'form.error.generic', code: err.code };
  }
  return { key: 'form.error.generic', code: 'unknown' };
}
