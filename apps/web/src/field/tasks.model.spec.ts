import { describe, expect, it } from 'vitest';
import type { FieldTask } from '@app/contracts';
import { newOutboxItem } from './outbox.model.js';
import { withQueuedChanges } from './tasks.model.js';

const now = new Date('2026-09-07T10:00:00Z');
const task = (id: string, state: FieldTask['state'], updatedAt = '2026-09-07T09:00:00Z'): FieldTask =>
  ({
    id,
    kind: 'inspection',
    teamId: 'team',
    teamName: 'INS-07',
    title: id,
    areaId: null,
    placeId: null,
    location: null,
    checklist: [{ id: 'c1', text: 'Drains clear', done: false, doneBy: null, doneAt: null }],
    state,
    reason: null,
    createdAt: updatedAt,
    updatedAt,
  }) as FieldTask;

describe('tasks with what is still in the outbox', () => {
  it('shows a queued step and tick at once, marked as waiting', () => {
    const step = newOutboxItem({ id: 's', userId: 'u', kind: 'transition', label: { what: 'en-route', ref: 't1' }, request: { path: '/x' } }, now);
    const tick = newOutboxItem({ id: 'k', userId: 'u', kind: 'checklist', label: { what: 'done', ref: 't1/c1' }, request: { path: '/y' } }, now);
    const [shown] = withQueuedChanges([task('t1', 'assigned')], [step, tick], now);
    expect(shown).toMatchObject({ state: 'en-route', ticks: { c1: true }, waiting: true });
  });

  it('ignores delivered and refused items, lists open tasks first and hides long-closed ones', () => {
    const sent = { ...newOutboxItem({ id: 's', userId: 'u', kind: 'transition', label: { what: 'done', ref: 't1' }, request: { path: '/x' } }, now), state: 'sent' as const };
    const shown = withQueuedChanges([task('t1', 'assigned'), task('old', 'done', '2026-09-06T08:00:00Z'), task('t2', 'done')], [sent], now);
    expect(shown.map((s) => [s.task.id, s.state, s.waiting])).toEqual([
      ['t1', 'assigned', false],
      ['t2', 'done', false],
    ]);
  });
});
