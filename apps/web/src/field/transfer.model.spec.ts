import { describe, expect, it } from 'vitest';
import type { FieldTask, Shelter } from '@app/contracts';
import { claim, newOutboxItem, settle } from './outbox.model.js';
import { checkFieldTransfer, fieldTransferRequest, recordedTransfer, sheltersWithRoom, transferOutboxInput } from './transfer.model.js';

const now = new Date('2026-09-07T10:00:00Z');
const task = { id: 't1', title: 'Welfare check, Novos Aterros', teamId: 'team', areaId: 'novos-aterros', vulnerableResidentId: 'r1' } as FieldTask;
const shelter = (id: string, open: boolean, capacity: number, occupancy: number) => ({ id, open, capacity, occupancy, names: { en: id } }) as unknown as Shelter;

describe('a transfer recorded from a welfare-check task', () => {
  it('names the resident, the team, the task and the area they came from, never their address', () => {
    const request = fieldTransferRequest(task, { areaId: 'xiaohengqin' }, { shelterId: 's1', people: ' 2 ' }, 'c1', now);
    expect(request).toEqual({ clientId: 'c1', shelterId: 's1', people: 2, fromAreaId: 'xiaohengqin', vulnerableResidentId: 'r1', teamId: 'team', taskId: 't1', recordedAt: now.toISOString() });
    expect(fieldTransferRequest(task, undefined, { shelterId: 's1', people: '1' }, 'c1', now).fromAreaId).toBe('novos-aterros');
    const nowhere = fieldTransferRequest({ ...task, areaId: null }, undefined, { shelterId: 's1', people: '1' }, 'c1', now);
    expect([nowhere.fromAreaId, nowhere.fromNote]).toEqual([undefined, task.title]);
  });

  it('needs a shelter and a whole number of people', () => {
    expect(checkFieldTransfer(task, undefined, { shelterId: '', people: 'two' })).toEqual({ shelterId: 'evac.transfer.problem.shelter', people: 'evac.problem.people' });
    expect(checkFieldTransfer(task, undefined, { shelterId: 's1', people: '1' })).toEqual({});
  });

  it('queues under its client id, labelled by people and shelter, and is found again for its task', () => {
    const request = fieldTransferRequest(task, undefined, { shelterId: 's1', people: '3' }, 'c1', now);
    const input = transferOutboxInput(request, 'Escola Hou Kong');
    expect(input).toMatchObject({ id: 'c1', kind: 'transfer', label: { what: '3', detail: 'Escola Hou Kong', ref: 't1' }, request: { path: '/api/transfers', json: request } });
    const item = newOutboxItem({ ...input, userId: 'u' }, now);
    expect(recordedTransfer('t1', [item])?.id).toBe('c1');
    const refused = settle(claim(item, now)!, { kind: 'permanent', problem: { status: 409, code: 'shelter_full', message: '' } }, now);
    expect(recordedTransfer('t1', [refused])).toBeUndefined();
  });

  it('offers the open shelters with room', () => {
    expect(sheltersWithRoom([shelter('a', true, 10, 3), shelter('full', true, 10, 10), shelter('closed', false, 10, 0)]).map((s) => s.id)).toEqual(['a']);
  });
});
