import type { PlaybookTask, PlaybookTaskState } from '@app/contracts';
import { DomainError } from '../domain-error.js';

export type PlaybookTaskActionName = 'acknowledge' | 'done';

export type PlaybookTaskStatus = Pick<PlaybookTask, 'state' | 'acknowledgedBy' | 'acknowledgedAt' | 'doneBy' | 'doneAt'>;

/**
 * The task state machine: open → acknowledged → done, or open → done directly. Anything else is a conflict whose
 * message says who got there first, so a second person at the HQ does not repeat the work.
 */
export function nextPlaybookTaskState(task: PlaybookTaskStatus, action: PlaybookTaskActionName): Exclude<PlaybookTaskState, 'open'> {
  if (task.state === 'done') {
    throw new DomainError(
      'conflict',
      'playbook_task_already_done',
      `This task is already done: ${task.doneBy ?? 'someone'} marked it done at ${task.doneAt ?? 'an unrecorded time'}.`,
    );
  }
  if (action === 'done') return 'done';
  if (task.state === 'acknowledged') {
    throw new DomainError(
      'conflict',
      'playbook_task_already_acknowledged',
      `This task is already acknowledged: ${task.acknowledgedBy ?? 'someone'} acknowledged it at ${task.acknowledgedAt ?? 'an unrecorded time'}. Mark it done when it is.`,
    );
  }
  return 'acknowledged';
}
