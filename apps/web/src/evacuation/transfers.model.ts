import { VULNERABLE_TEXT_MAX, type Shelter, type TransferRequest } from '@app/contracts';
import { cleanText, parseWholeNumber, type Problems } from './form-text.js';
import { MOVED_PEOPLE_MAX } from './shelters.model.js';

/** A transfer as the form edits it. */
export interface TransferDraft {
  shelterId: string;
  people: string;
  fromAreaId: string;
  fromNote: string;
  residentId: string;
  teamId: string;
}

export type TransferField = 'shelterId' | 'people' | 'from' | 'fromNote';

export const EMPTY_TRANSFER: TransferDraft = { shelterId: '', people: '1', fromAreaId: '', fromNote: '', residentId: '', teamId: '' };

/**
 * What is missing or wrong, by field. Room in the shelter is not checked here: the server decides that against the
 * live count (another desk may have filled it a moment ago) and its refusal is shown as it comes.
 */
export function checkTransfer(draft: TransferDraft): Problems<TransferField> {
  const problems: Problems<TransferField> = {};
  if (!draft.shelterId) problems.shelterId = 'evac.transfer.problem.shelter';
  const people = parseWholeNumber(draft.people);
  if (people === undefined || people < 1 || people > MOVED_PEOPLE_MAX) problems.people = 'evac.problem.people';
  const note = cleanText(draft.fromNote);
  if (!draft.fromAreaId && !note) problems.from = 'evac.transfer.problem.from';
  if (note.length > VULNERABLE_TEXT_MAX) problems.fromNote = 'evac.resident.problem.textLong';
  return problems;
}

/** A warning beside the people box when the shelter looks too small; the transfer can still be tried. */
export function roomWarning(draft: TransferDraft, shelters: readonly Shelter[]): { free: number } | undefined {
  const shelter = shelters.find((s) => s.id === draft.shelterId);
  const people = parseWholeNumber(draft.people);
  if (!shelter || people === undefined) return undefined;
  const free = Math.max(0, shelter.capacity - shelter.occupancy);
  return people > free ? { free } : undefined;
}

/** The transfer as the api takes it; call only after `checkTransfer` found nothing. */
export function transferRequest(draft: TransferDraft, clientId: string, recordedAt: Date): TransferRequest {
  const request: TransferRequest = {
    clientId,
    shelterId: draft.shelterId,
    people: parseWholeNumber(draft.people)!,
    recordedAt: recordedAt.toISOString(),
  };
  if (draft.fromAreaId) request.fromAreaId = draft.fromAreaId;
  const note = cleanText(draft.fromNote);
  if (note) request.fromNote = note;
  if (draft.residentId) request.vulnerableResidentId = draft.residentId;
  if (draft.teamId) request.teamId = draft.teamId;
  return request;
}

/**
 * After a transfer is recorded the form keeps the shelter and the team (the next bus often goes the same way) and
 * clears who was moved.
 */
export function nextTransferDraft(draft: TransferDraft): TransferDraft {
  return { ...EMPTY_TRANSFER, shelterId: draft.shelterId, teamId: draft.teamId, fromAreaId: draft.fromAreaId };
}
