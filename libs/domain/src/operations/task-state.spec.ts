import { describe, expect, it } from 'vitest';
import { TASK_STATES, type TaskState } from '@app/contracts';
import { DomainError } from '../domain-error.js';
import { allowedTaskTransitions, checkTaskTransition, taskTransitionStamps } from './task-state.js';

function failure(from: TaskState, to: TaskState, reason?: string): DomainError {
  try {
    checkTaskTransition(from, to, reason);
  } catch (err) {
    return err as DomainError;
  }
  throw new Error('expected a failure');
}

describe('task state machine', () => {
  it('goes assigned → en route → on site → done without a reason', () => {
    expect(checkTaskTransition('assigned', 'en-route', undefined)).toBeNull();
    expect(checkTaskTransition('en-route', 'on-site', undefined)).toBeNull();
    expect(checkTaskTransition('on-site', 'done', '  ')).toBeNull();
  });

  it('allows cannot-complete from every open state, with a trimmed reason', () => {
    for (const from of ['assigned', 'en-route', 'on-site'] as const) {
      expect(checkTaskTransition(from, 'cannot-complete', '  Road flooded at Avenida  ')).toBe('Road flooded at Avenida');
    }
  });

  it('requires a reason for cannot-complete and refuses one elsewhere', () => {
    expect(failure('en-route', 'cannot-complete')).toMatchObject({ kind: 'invalid', code: 'task_reason_required' });
    expect(failure('en-route', 'cannot-complete', 'x'.repeat(501))).toMatchObject({ kind: 'invalid', code: 'task_reason_too_long' });
    expect(failure('assigned', 'en-route', 'because')).toMatchObject({ kind: 'invalid', code: 'task_reason_not_allowed' });
  });

  it('refuses skipped and backward steps, naming the allowed ones', () => {
    const skip = failure('assigned', 'done');
    expect(skip).toMatchObject({ kind: 'conflict', code: 'task_transition_not_allowed' });
    expect(skip.message).toContain('en-route, cannot-complete');
    expect(failure('on-site', 'en-route').code).toBe('task_transition_not_allowed');
    expect(failure('assigned', 'assigned').code).toBe('task_transition_not_allowed');
  });

  it('moves nothing out of a final state', () => {
    for (const to of TASK_STATES) {
      expect(failure('done', to).code).toBe('task_closed');
      expect(failure('cannot-complete', to, 'again').code).toBe('task_closed');
    }
    expect(allowedTaskTransitions('done')).toEqual([]);
  });

  it('stamps departure, arrival and closing', () => {
    expect(taskTransitionStamps('en-route')).toEqual({ enRoute: true, onSite: false, closed: false });
    expect(taskTransitionStamps('on-site')).toEqual({ enRoute: false, onSite: true, closed: false });
    expect(taskTransitionStamps('cannot-complete')).toEqual({ enRoute: false, onSite: false, closed: true });
  });
});
