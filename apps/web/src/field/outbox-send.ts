import { judgeStatus, type OutboxRequest, type SendOutcome } from './outbox.model.js';

/** The body and headers of an outbox request (public/field-sw.js builds the same). */
export function buildRequestInit(request: OutboxRequest, token: string): RequestInit {
  const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}` };
  let body: BodyInit | undefined;
  if (request.multipart) {
    const form = new FormData();
    form.append('report', JSON.stringify(request.multipart.report));
    request.multipart.photos.forEach((photo, i) => form.append('photos', photo, `photo-${i + 1}.jpg`));
    body = form;
  } else if (request.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(request.json);
  }
  return { method: 'POST', headers, body, credentials: 'same-origin', cache: 'no-store' };
}

/** Sends one request and judges the answer; a request that gets no answer is a retry. */
export async function sendOutboxRequest(fetchFn: typeof fetch, request: OutboxRequest, token: string): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetchFn(request.path, buildRequestInit(request, token));
  } catch {
    return { kind: 'retry', status: null };
  }
  let body: { code?: unknown; message?: unknown } | undefined;
  if (!response.ok) {
    try {
      body = (await response.json()) as typeof body;
    } catch {
      body = undefined;
    }
  }
  return judgeStatus(response.status, body);
}
