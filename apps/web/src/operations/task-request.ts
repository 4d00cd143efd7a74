import { TASK_CHECKLIST_MAX, TASK_TITLE_MAX, type CreateTaskRequest } from '@app/contracts';

/** One checklist item per non-empty line. */
export function checklistLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export type TaskRequestProblem = 'ops.taskForm.needTeam' | 'ops.taskForm.needTitle' | 'ops.taskForm.needTarget' | 'ops.taskForm.tooManyLines' | 'ops.taskForm.badNumber';

/** What the form can tell before sending; the server checks everything again and names anything else. */
export function taskRequestProblem(r: CreateTaskRequest): TaskRequestProblem | undefined {
  if (!r.teamId) return 'ops.taskForm.needTeam';
  if (!r.title || r.title.length > TASK_TITLE_MAX) return 'ops.taskForm.needTitle';
  if (!r.areaId && !r.placeId && !r.location) return 'ops.taskForm.needTarget';
  if ((r.checklist?.length ?? 0) > TASK_CHECKLIST_MAX) return 'ops.taskForm.tooManyLines';
  const whole = (n: number | undefined, min: number) => n === undefined || (Number.isInteger(n) && n >= min);
  if (!whole(r.people, 1) || !whole(r.vehicles, 0)) return 'ops.taskForm.badNumber';
  return undefined;
}
