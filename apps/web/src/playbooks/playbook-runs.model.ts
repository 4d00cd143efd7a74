import type { PlaybookRun, PlaybookTask } from '@app/contracts';

/**
 * Puts a run that arrived live into the list: replaces the run with the same id, or adds a new one. Closed runs stay
 * where they are until the next reload, so the HQ sees a checklist finish rather than vanish.
 */
export function mergeRun(runs: readonly PlaybookRun[], run: PlaybookRun): PlaybookRun[] {
  const at = runs.findIndex((r) => r.id === run.id);
  const next = at === -1 ? [run, ...runs] : runs.map((r, i) => (i === at ? newerRun(r, run) : r));
  return sortRuns(next);
}

/** Open runs first, newest first within each. */
export function sortRuns(runs: readonly PlaybookRun[]): PlaybookRun[] {
  return [...runs].sort((a, b) => statusOrder(a) - statusOrder(b) || Date.parse(b.firedAt) - Date.parse(a.firedAt));
}

function statusOrder(run: PlaybookRun): number {
  return run.status === 'open' ? 0 : 1;
}

/** An update never takes a task back: the copy with more of its tasks further along wins (events may overtake a fetch). */
function newerRun(current: PlaybookRun, incoming: PlaybookRun): PlaybookRun {
  return progress(incoming) >= progress(current) ? incoming : current;
}

const STATE_WEIGHT = { open: 0, acknowledged: 1, done: 2 } as const;

function progress(run: PlaybookRun): number {
  return run.tasks.reduce((sum, task) => sum + STATE_WEIGHT[task.state], 0) + (run.status === 'closed' ? 1 : 0);
}

export function tasksInOrder(run: PlaybookRun): PlaybookTask[] {
  return [...run.tasks].sort((a, b) => a.position - b.position);
}

/** "3 of 5 done". */
export function runProgress(run: PlaybookRun): { done: number; total: number } {
  return { done: run.tasks.filter((t) => t.state === 'done').length, total: run.tasks.length };
}

/** What a task still allows: acknowledging only while open, closing until done. */
export function taskActions(task: Pick<PlaybookTask, 'state'>): { acknowledge: boolean; done: boolean } {
  return { acknowledge: task.state === 'open', done: task.state !== 'done' };
}
