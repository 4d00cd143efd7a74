import { TASK_FINAL_STATES, type FieldTask, type TaskState } from '@app/contracts';
import { inSendingOrder, type OutboxItem } from './outbox.model.js';

/** A task as the inspector should see it: with the steps and ticks still in the outbox already applied. */
export interface ShownTask {
  task: FieldTask;
  state: TaskState;
  /** Checklist item id → done, as ticked here. */
  ticks: Record<string, boolean>;
  /** Something about this task is still waiting to be sent. */
  waiting: boolean;
}

/** Closed tasks stay listed this long after their last change, so "done" is seen to have worked. */
export const CLOSED_TASKS_SHOWN_MS = 12 * 3600_000;

export function isClosed(state: TaskState): boolean {
  return TASK_FINAL_STATES.includes(state);
}

export function withQueuedChanges(tasks: readonly FieldTask[], outbox: readonly OutboxItem[], now: Date): ShownTask[] {
  const queued = inSendingOrder(outbox.filter((i) => i.state === 'pending' || i.state === 'sending'));
  const shown = tasks.map((task): ShownTask => {
    let state = task.state;
    const ticks: Record<string, boolean> = Object.fromEntries(task.checklist.map((c) => [c.id, c.done]));
    let waiting = false;
    for (const item of queued) {
      if (item.kind === 'transition' && item.label.ref === task.id) {
        state = item.label.what as TaskState;
        waiting = true;
      } else if (item.kind === 'checklist' && item.label.ref?.startsWith(`${task.id}/`)) {
        ticks[item.label.ref.slice(task.id.length + 1)] = item.label.what === 'done';
        waiting = true;
      } else if ((item.kind === 'welfare-check' || item.kind === 'transfer') && item.label.ref === task.id) {
        waiting = true;
      }
    }
    return { task, state, ticks, waiting };
  });
  return shown
    .filter((s) => !isClosed(s.state) || s.waiting || now.getTime() - Date.parse(s.task.updatedAt) < CLOSED_TASKS_SHOWN_MS)
    .sort((a, b) => Number(isClosed(a.state)) - Number(isClosed(b.state)) || b.task.createdAt.localeCompare(a.task.createdAt));
}
