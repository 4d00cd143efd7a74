import { describe, expect, it } from 'vitest';
import { TASK_CHECKLIST_MAX } from '@app/contracts';
import { checklistLines, taskRequestProblem } from './task-request.js';

describe('task request', () => {
  const ok = { kind: 'inspection' as const, teamId: 't1', title: 'Check the sea wall', areaId: 'a1' };

  it('reads one checklist item per non-empty line', () => {
    expect(checklistLines(' Drains clear \r\n\n  Signs secured\n')).toEqual(['Drains clear', 'Signs secured']);
  });

  it('names the first thing missing before sending', () => {
    expect(taskRequestProblem(ok)).toBeUndefined();
    expect(taskRequestProblem({ ...ok, teamId: '' })).toBe('ops.taskForm.needTeam');
    expect(taskRequestProblem({ ...ok, title: '' })).toBe('ops.taskForm.needTitle');
    expect(taskRequestProblem({ ...ok, areaId: null })).toBe('ops.taskForm.needTarget');
    expect(taskRequestProblem({ ...ok, areaId: null, placeId: 'p1' })).toBeUndefined();
    expect(taskRequestProblem({ ...ok, checklist: Array.from({ length: TASK_CHECKLIST_MAX + 1 }, (_, i) => `item ${i}`) })).toBe('ops.taskForm.tooManyLines');
    expect(taskRequestProblem({ ...ok, people: 0 })).toBe('ops.taskForm.badNumber');
    expect(taskRequestProblem({ ...ok, vehicles: 1.5 })).toBe('ops.taskForm.badNumber');
    expect(taskRequestProblem({ ...ok, people: 3, vehicles: 0 })).toBeUndefined();
  });
});
