import { describe, expect, it } from 'vitest';
import type { PlaybookRun, PlaybookTask } from '@app/contracts';
import { mergeRun, runProgress, taskActions, tasksInOrder } from './playbook-runs.model.js';

const words = (en: string) => ({ 'zh-Hans': en, 'zh-Hant': en, pt: en, en });

function task(id: string, position: number, state: PlaybookTask['state'] = 'open'): PlaybookTask {
  return {
    id,
    runId: 'r',
    position,
    title: words(`Task ${id}`),
    detail: null,
    state,
    acknowledgedBy: null,
    acknowledgedAt: null,
    doneBy: null,
    doneAt: null,
    note: null,
  };
}

function run(id: string, firedAt: string, tasks: PlaybookTask[], status: PlaybookRun['status'] = 'open'): PlaybookRun {
  return {
    id,
    ruleId: 'macau-8',
    title: words('Lotus Bridge'),
    summary: words('Signal 8'),
    trigger: { authority: 'smg', area: 'macau', hazard: 'tropical-cyclone', level: '8SE', changeId: 'c1' },
    firedAt,
    status,
    tasks,
    alertTemplateIds: [],
  };
}

describe('playbook runs', () => {
  it('adds a new run at the top and replaces an updated one in place', () => {
    const a = run('a', '2024-09-05T14:00:00Z', [task('1', 1)]);
    const b = run('b', '2024-09-05T15:00:00Z', [task('2', 1)]);
    const list = mergeRun([a], b);
    expect(list.map((r) => r.id)).toEqual(['b', 'a']);
    const aAcknowledged = run('a', '2024-09-05T14:00:00Z', [task('1', 1, 'acknowledged')]);
    expect(mergeRun(list, aAcknowledged).find((r) => r.id === 'a')!.tasks[0]!.state).toBe('acknowledged');
  });

  it('never takes a task back when an older copy arrives late', () => {
    const done = run('a', '2024-09-05T14:00:00Z', [task('1', 1, 'done')], 'closed');
    const stale = run('a', '2024-09-05T14:00:00Z', [task('1', 1, 'acknowledged')]);
    expect(mergeRun([done], stale)[0]).toBe(done);
  });

  it('lists open runs before closed ones', () => {
    const closed = run('c', '2024-09-05T16:00:00Z', [task('1', 1, 'done')], 'closed');
    const open = run('o', '2024-09-05T14:00:00Z', [task('2', 1)]);
    expect(mergeRun([closed], open).map((r) => r.id)).toEqual(['o', 'c']);
  });

  it('orders tasks by position and counts what is done', () => {
    const r = run('a', '2024-09-05T14:00:00Z', [task('3', 3, 'done'), task('1', 1), task('2', 2, 'acknowledged')]);
    expect(tasksInOrder(r).map((t) => t.id)).toEqual(['1', '2', '3']);
    expect(runProgress(r)).toEqual({ done: 1, total: 3 });
  });

  it('offers acknowledge only while open and done until done', () => {
    expect(taskActions({ state: 'open' })).toEqual({ acknowledge: true, done: true });
    expect(taskActions({ state: 'acknowledged' })).toEqual({ acknowledge: false, done: true });
    expect(taskActions({ state: 'done' })).toEqual({ acknowledge: false, done: false });
  });
});
