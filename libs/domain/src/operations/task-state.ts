import { TASK_FINAL_STATES, TASK_REASON_MAX, type TaskState } from '@app/contracts';
import { DomainError } from '../domain-error.js';

/**
 * Where a task may go from each state: assigned → en route → on site → done, and "cannot complete" from any
 * state before done (a blocked road, a crew pulled elsewhere). Final states go nowhere.
 */
const NEXT: Record<TaskState, readonly TaskState[]> = {
  assigned: ['en-route', 'cannot-complete'],
  'en-route': ['on-site', 'cannot-complete'],
  'on-site': ['done', 'cannot-complete'],
  done: [],
  'cannot-complete': [],
};

export function allowedTaskTransitions(from: TaskState): readonly TaskState[] {
  return NEXT[from];
}

export function isFinalTaskState(state: TaskState): boolean {
  return TASK_FINAL_STATES.includes(state);
}

/**
 * Checks one transition and returns the reason to store (trimmed; null unless the task cannot be completed).
 * A reason is required for `cannot-complete` and refused elsewhere, so a stored reason always explains a failure.
 */
export function checkTaskTransition(from: TaskState, to: TaskState, reason: string | undefined): string | null {
  if (isFinalTaskState(from)) {
    throw new DomainError('conflict', 'task_closed', `This task is already ${from}; a closed task does not change state.`);
  }
  if (!NEXT[from].includes(to)) {
    throw new DomainError('conflict', 'task_transition_not_allowed', `A task that is ${from} cannot go to ${to}; it can go to: ${NEXT[from].join(', ')}.`);
  }
  const trimmed = reason?.trim() || null;
  if (to === 'cannot-complete') {
    if (!trimmed) throw new DomainError('invalid', 'task_reason_required', 'reason is required when a task cannot be completed: say what stopped it.');
    if (trimmed.length > TASK_REASON_MAX) throw new DomainError('invalid', 'task_reason_too_long', `reason must be at most ${TASK_REASON_MAX} characters long.`);
    return trimmed;
  }
  if (trimmed) throw new DomainError('invalid', 'task_reason_not_allowed', 'reason is only taken when a task cannot be completed.');
  return null;
}

/** Timestamps a transition sets: the first departure counts the trip, arrival and closing are kept for the record. */
export function taskTransitionStamps(to: TaskState): { enRoute: boolean; onSite: boolean; closed: boolean } {
  return { enRoute: to === 'en-route', onSite: to === 'on-site', closed: isFinalTaskState(to) };
}
