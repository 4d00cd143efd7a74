/** The HQ side of the benchmark through the public API: log in, draft from a template, submit, approve. */

const DEMO_PASSWORD = 'qinao-demo-pass';
// What an approver types for an Extreme or Severe Actual alert.
const LIVE_CONFIRMATION = 'SEND LIVE ALERT';

async function call<T>(apiUrl: string, method: string, path: string, token: string | undefined, body?: unknown): Promise<T> {
  const response = await fetch(`${apiUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function login(apiUrl: string, username: string): Promise<string> {
  const res = await call<{ accessToken: string }>(apiUrl, 'POST', '/api/auth/login', undefined, { username, password: DEMO_PASSWORD });
  return res.accessToken;
}

/** An operator drafts an Actual alert from `templateId` targeting `areaIds` and submits it; returns its id. */
export async function draftAndSubmit(apiUrl: string, operatorToken: string, templateId: string, areaIds: readonly string[]): Promise<{ id: string; severity: string }> {
  const draft = await call<{ id: string; severity: string }>(apiUrl, 'POST', '/api/alerts', operatorToken, {
    templateId,
    status: 'Actual',
    target: { areaIds, polygons: [], circles: [] },
  });
  await call(apiUrl, 'POST', `/api/alerts/${draft.id}/submit`, operatorToken);
  return draft;
}

/** A commander approves; resolves when the approval response has arrived (the benchmark's t0). */
export async function approve(apiUrl: string, commanderToken: string, id: string, severity: string): Promise<void> {
  const confirmation = severity === 'Extreme' || severity === 'Severe' ? LIVE_CONFIRMATION : undefined;
  await call(apiUrl, 'POST', `/api/alerts/${id}/approve`, commanderToken, confirmation ? { confirmation } : {});
}
