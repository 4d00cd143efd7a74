import { describe, expect, it } from 'vitest';
import { shelter } from './evacuation.test-data.js';
import { EMPTY_TRANSFER, checkTransfer, nextTransferDraft, roomWarning, transferRequest, type TransferDraft } from './transfers.model.js';

const draft: TransferDraft = { ...EMPTY_TRANSFER, shelterId: 'shelter-1', people: '4', fromAreaId: 'hetang' };

describe('transfer form', () => {
  it('needs a shelter, a number of people and where they came from', () => {
    expect(checkTransfer({ ...EMPTY_TRANSFER, people: '' })).toEqual({
      shelterId: 'evac.transfer.problem.shelter',
      people: 'evac.problem.people',
      from: 'evac.transfer.problem.from',
    });
    expect(checkTransfer(draft)).toEqual({});
    expect(checkTransfer({ ...draft, fromAreaId: '', fromNote: 'Rua do Cais' })).toEqual({});
    expect(checkTransfer({ ...draft, people: '1001' }).people).toBe('evac.problem.people');
    expect(checkTransfer({ ...draft, people: '-2' }).people).toBe('evac.problem.people');
    expect(checkTransfer({ ...draft, fromNote: 'x'.repeat(501) }).fromNote).toBe('evac.resident.problem.textLong');
  });

  it('warns when the shelter looks too small but leaves the decision to the server', () => {
    const shelters = [shelter({ id: 'shelter-1', capacity: 10, occupancy: 8 })];
    expect(roomWarning({ ...draft, people: '2' }, shelters)).toBeUndefined();
    expect(roomWarning({ ...draft, people: '3' }, shelters)).toEqual({ free: 2 });
    expect(checkTransfer({ ...draft, people: '3' })).toEqual({});
    expect(roomWarning({ ...draft, shelterId: 'unknown' }, shelters)).toBeUndefined();
  });

  it('sends only the fields filled in', () => {
    const at = new Date('2026-09-06T08:30:00Z');
    expect(transferRequest(draft, 'client-1', at)).toEqual({ clientId: 'client-1', shelterId: 'shelter-1', people: 4, fromAreaId: 'hetang', recordedAt: '2026-09-06T08:30:00.000Z' });
    expect(transferRequest({ ...draft, fromNote: '  Rua do Cais ', residentId: 'r-1', teamId: 't-1' }, 'client-2', at)).toEqual({
      clientId: 'client-2',
      shelterId: 'shelter-1',
      people: 4,
      fromAreaId: 'hetang',
      fromNote: 'Rua do Cais',
      vulnerableResidentId: 'r-1',
      teamId: 't-1',
      recordedAt: '2026-09-06T08:30:00.000Z',
    });
  });

  it('keeps shelter, team and area for the next transfer and clears who was moved', () => {
    expect(nextTransferDraft({ ...draft, people: '9', fromNote: 'Bus 2', residentId: 'r-1', teamId: 't-1' })).toEqual({
      ...EMPTY_TRANSFER,
      shelterId: 'shelter-1',
      fromAreaId: 'hetang',
      teamId: 't-1',
    });
  });
});
