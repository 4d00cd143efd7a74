import type { FieldTask, Shelter, TransferRequest, VulnerableResident } from '@app/contracts';
import { checkTransfer, transferRequest, type TransferDraft, type TransferField } from '../evacuation/transfers.model.js';
import type { Problems } from '../evacuation/form-text.js';
import { inSendingOrder, type OutboxInput, type OutboxItem } from './outbox.model.js';

export const TRANSFER_PATH = '/api/transfers';

/** What the unit chooses when a resident was moved: the shelter and how many people went with them. */
export interface FieldTransferDraft {
  shelterId: string;
  people: string;
}

export const EMPTY_FIELD_TRANSFER: FieldTransferDraft = { shelterId: '', people: '1' };

type TaskRef = Pick<FieldTask, 'id' | 'title' | 'teamId' | 'areaId' | 'vulnerableResidentId'>;

/**
 * The transfer as the desk's form would make it, filled from the task: the resident, the team, and where from (the
 * resident's area, else the task's). The address is not copied into it: a transfer is read more widely than the register.
 */
export function transferDraftFor(task: TaskRef, resident: Pick<VulnerableResident, 'areaId'> | undefined, draft: FieldTransferDraft): TransferDraft {
  const fromAreaId = resident?.areaId ?? task.areaId ?? '';
  return {
    shelterId: draft.shelterId,
    people: draft.people,
    fromAreaId,
    fromNote: fromAreaId ? '' : task.title,
    residentId: task.vulnerableResidentId ?? '',
    teamId: task.teamId,
  };
}

export function checkFieldTransfer(task: TaskRef, resident: Pick<VulnerableResident, 'areaId'> | undefined, draft: FieldTransferDraft): Problems<TransferField> {
  return checkTransfer(transferDraftFor(task, resident, draft));
}

/** The request for the outbox; call only after `checkFieldTransfer` found nothing. */
export function fieldTransferRequest(task: TaskRef, resident: Pick<VulnerableResident, 'areaId'> | undefined, draft: FieldTransferDraft, clientId: string, recordedAt: Date): TransferRequest {
  return { ...transferRequest(transferDraftFor(task, resident, draft), clientId, recordedAt), taskId: task.id };
}

/** A transfer for the outbox, labelled by the number of people and the shelter's name. */
export function transferOutboxInput(request: TransferRequest, shelterName: string): OutboxInput & { id: string } {
  return {
    id: request.clientId,
    kind: 'transfer',
    label: { what: String(request.people), detail: shelterName, ref: request.taskId ?? undefined },
    request: { path: TRANSFER_PATH, json: request },
  };
}

/** The shelters a unit can move people to now: the open ones with room. */
export function sheltersWithRoom(shelters: readonly Shelter[]): Shelter[] {
  return shelters.filter((s) => s.open && s.capacity > s.occupancy);
}

/** A transfer already recorded on this phone for the task (waiting or sent; refused ones do not count). */
export function recordedTransfer(taskId: string, outbox: readonly OutboxItem[]): OutboxItem | undefined {
  const mine = inSendingOrder(outbox.filter((i) => i.kind === 'transfer' && i.label.ref === taskId && i.state !== 'failed'));
  return mine[mine.length - 1];
}
