import { WELFARE_OUTCOMES, type FieldTask, type VulnerableResident, type WelfareCheckRequest, type WelfareOutcome } from '@app/contracts';
import { inSendingOrder, type OutboxInput, type OutboxItem } from './outbox.model.js';

export const WELFARE_CHECK_PATH = '/api/welfare-checks';

/**
 * A welfare check for the outbox, under the client id the request carries. The label names the task (whose title
 * names the area, not the person): the outbox stays on the phone after a sign-out, the resident's details do not.
 */
export function welfareCheckOutboxInput(request: WelfareCheckRequest, task: Pick<FieldTask, 'id' | 'title'> | undefined): OutboxInput & { id: string } {
  return {
    id: request.clientId,
    kind: 'welfare-check',
    label: { what: request.outcome, detail: task?.title, ref: task?.id ?? request.taskId ?? undefined },
    request: { path: WELFARE_CHECK_PATH, json: request },
  };
}

/** The resident a welfare-check task is about, when the phone has their details. */
export function residentOfTask(task: Pick<FieldTask, 'kind' | 'vulnerableResidentId'>, residents: readonly VulnerableResident[]): VulnerableResident | undefined {
  if (task.kind !== 'welfare-check' || !task.vulnerableResidentId) return undefined;
  return residents.find((r) => r.id === task.vulnerableResidentId);
}

/** The outcome last recorded on this phone for a task (waiting or sent; refused ones do not count). */
export function recordedOutcome(taskId: string, outbox: readonly OutboxItem[]): { outcome: WelfareOutcome; sent: boolean } | undefined {
  const mine = inSendingOrder(outbox.filter((i) => i.kind === 'welfare-check' && i.label.ref === taskId && i.state !== 'failed'));
  const last = mine[mine.length - 1];
  if (!last || !(WELFARE_OUTCOMES as readonly string[]).includes(last.label.what)) return undefined;
  return { outcome: last.label.what as WelfareOutcome, sent: last.state === 'sent' };
}
