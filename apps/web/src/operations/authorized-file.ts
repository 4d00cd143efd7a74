import { ApiRequestError, NetworkError } from '../session/auth-api.js';

/** What a binary download needs from the session: the current token, and a way to renew it after a 401. */
export interface TokenSource {
  getAccessToken(): string | undefined;
  refresh(): Promise<boolean>;
}

/**
 * GETs a file that needs the staff token (a report photo, a CSV export). An `<img src>` or a plain link cannot send
 * the bearer header, so the bytes are fetched here and shown or saved through an object URL.
 */
export async function fetchAuthorized(tokens: TokenSource, path: string, fetchFn: typeof fetch = (...args) => fetch(...args)): Promise<Blob> {
  const attempt = async () => {
    const token = tokens.getAccessToken();
    try {
      return await fetchFn(path, { headers: token ? { Authorization: `Bearer ${token}` } : {}, credentials: 'same-origin', cache: 'no-store' });
    } catch (err) {
      throw new NetworkError(err);
    }
  };
  let response = await attempt();
  if (response.status === 401 && (await tokens.refresh())) response = await attempt();
  if (!response.ok) throw new ApiRequestError(response.status, `http_${response.status}`, response.statusText);
  return response.blob();
}

/** Hands a blob to the browser as a download with the given file name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a little later: some browsers read the URL after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
