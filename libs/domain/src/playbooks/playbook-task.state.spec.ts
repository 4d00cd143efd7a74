import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain-error.js';
import { nextPlaybookTaskState, type PlaybookTaskStatus } from './playbook-task.state.js';

const open: PlaybookTaskStatus = { state: 'open', acknowledgedBy: null, acknowledgedAt: null, doneBy: null, doneAt: null };
const acknowledged: PlaybookTaskStatus = { ...open, state: 'acknowledged', acknowledgedBy: 'Wong Ka Ho', acknowledgedAt: '2024-09-06T10:00:00.000Z' };
const done: PlaybookTaskStatus = { ...acknowledged, state: 'done', doneBy: 'Chan Mei', doneAt: '2024-09-06T10:30:00.000Z' };

function conflict(task: PlaybookTaskStatus, action: 'acknowledge' | 'done'): DomainError {
  try {
    nextPlaybookTaskState(task, action);
  } catch (err) {
    return err as DomainError;
  }
  throw new Error('expected a conflict');
}

describe('nextPlaybookTaskState', () => {
  it('goes open → acknowledged → done', () => {
    expect(nextPlaybookTaskState(open, 'acknowledge')).toBe('acknowledged');
    expect(nextPlaybookTaskState(acknowledged, 'done')).toBe('done');
  });

  it('allows done straight from open', () => {
    expect(nextPlaybookTaskState(open, 'done')).toBe('done');
  });

  it('refuses a second done, saying by whom and when it was done', () => {
    const err = conflict(done, 'done');
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ kind: 'conflict', code: 'playbook_task_already_done' });
    expect(err.message).toBe('This task is already done: Chan Mei marked it done at 2024-09-06T10:30:00.000Z.');
  });

  it('refuses acknowledging a done task', () => {
    expect(conflict(done, 'acknowledge')).toMatchObject({ kind: 'conflict', code: 'playbook_task_already_done' });
  });

  it('refuses acknowledging twice, naming who acknowledged', () => {
    const err = conflict(acknowledged, 'acknowledge');
    expect(err).toMatchObject({ kind: 'conflict', code: 'playbook_task_already_acknowledged' });
    expect(err.message).toMatch(/Wong Ka Ho acknowledged it at 2024-09-06T10:00:00.000Z/);
  });
});
