import type { PlaybookRunList, PlaybookTaskAction } from '@app/contracts';

type Requester = { request<T>(method: string, path: string, body?: unknown): Promise<T> };

/** Playbook runs and their checklists (HQ roles; the server checks the role on every call). */
export interface PlaybooksApi {
  openRuns(): Promise<PlaybookRunList>;
  act(taskId: string, action: 'acknowledge' | 'done', body: PlaybookTaskAction): Promise<unknown>;
}

export function createPlaybooksApi(session: Requester): PlaybooksApi {
  return {
    openRuns: () => session.request<PlaybookRunList>('GET', '/api/playbooks/runs?status=open'),
    act: (taskId, action, body) => session.request('POST', `/api/playbooks/tasks/${encodeURIComponent(taskId)}/${action}`, body),
  };
}
