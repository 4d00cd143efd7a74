import { describe, expect, it } from 'vitest';
import type { FieldTask, VulnerableResident, WelfareCheckRequest } from '@app/contracts';
import { claim, newOutboxItem, settle } from './outbox.model.js';
import { withQueuedChanges } from './tasks.model.js';
import { recordedOutcome, residentOfTask, welfareCheckOutboxInput } from './welfare.model.js';

const now = new Date('2026-09-07T10:00:00Z');
const task = { id: 't1', kind: 'welfare-check', teamId: 'team', teamName: 'INS-07', title: 'Welfare check, Novos Aterros', vulnerableResidentId: 'r1', checklist: [], state: 'on-site', createdAt: '2026-09-07T09:00:00Z', updatedAt: '2026-09-07T09:00:00Z' } as unknown as FieldTask;
const resident = { id: 'r1', name: 'Chan Tai Man', address: 'Rua 1, 3/F' } as VulnerableResident;
const request: WelfareCheckRequest = { clientId: 'c1', vulnerableResidentId: 'r1', outcome: 'moved', taskId: 't1', recordedAt: now.toISOString() };

describe('welfare checks in the outbox', () => {
  it('queues the check under its own client id, labelled by the task and never by the person', () => {
    const input = welfareCheckOutboxInput(request, task);
    expect(input).toEqual({ id: 'c1', kind: 'welfare-check', label: { what: 'moved', detail: 'Welfare check, Novos Aterros', ref: 't1' }, request: { path: '/api/welfare-checks', json: request } });
    expect(JSON.stringify(input.label)).not.toContain(resident.name);
  });

  it('finds the resident of a welfare-check task only', () => {
    expect(residentOfTask(task, [resident])).toBe(resident);
    expect(residentOfTask({ ...task, vulnerableResidentId: 'other' }, [resident])).toBeUndefined();
    expect(residentOfTask({ ...task, kind: 'inspection' }, [resident])).toBeUndefined();
  });

  it('shows the last outcome recorded here, waiting or sent, and leaves refused ones out', () => {
    const first = newOutboxItem({ ...welfareCheckOutboxInput({ ...request, outcome: 'not-reached' }, task), id: 'a', userId: 'u' }, new Date('2026-09-07T09:10:00Z'));
    const second = newOutboxItem({ ...welfareCheckOutboxInput(request, task), id: 'b', userId: 'u' }, new Date('2026-09-07T09:20:00Z'));
    expect(recordedOutcome('t1', [second, first])).toEqual({ outcome: 'moved', sent: false });
    const delivered = settle(claim(second, now)!, { kind: 'delivered' }, now);
    expect(recordedOutcome('t1', [first, delivered])).toEqual({ outcome: 'moved', sent: true });
    const refused = settle(claim(second, now)!, { kind: 'permanent', problem: { status: 403, code: 'welfare_check_not_your_resident', message: '' } }, now);
    expect(recordedOutcome('t1', [first, refused])).toEqual({ outcome: 'not-reached', sent: false });
    expect(recordedOutcome('t2', [first, second])).toBeUndefined();
  });

  it('marks the task as waiting while its check is still to be sent', () => {
    const queued = newOutboxItem({ ...welfareCheckOutboxInput(request, task), userId: 'u' }, now);
    expect(withQueuedChanges([task], [queued], now)[0]).toMatchObject({ state: 'on-site', waiting: true });
    const delivered = settle(claim(queued, now)!, { kind: 'delivered' }, now);
    expect(withQueuedChanges([task], [delivered], now)[0]).toMatchObject({ waiting: false });
  });
});
