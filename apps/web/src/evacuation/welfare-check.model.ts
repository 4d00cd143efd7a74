import { VULNERABLE_TEXT_MAX, WELFARE_OUTCOMES, type WelfareCheckRequest, type WelfareOutcome } from '@app/contracts';
import { cleanText, type Problems } from './form-text.js';

export interface WelfareCheckDraft {
  outcome: WelfareOutcome | '';
  note: string;
}

export type WelfareCheckField = 'outcome' | 'note';

export const EMPTY_WELFARE_CHECK: WelfareCheckDraft = { outcome: '', note: '' };

/** The outcome is required; the note is optional, because a check in a storm should not wait for typing. */
export function checkWelfareCheck(draft: WelfareCheckDraft): Problems<WelfareCheckField> {
  const problems: Problems<WelfareCheckField> = {};
  if (!(WELFARE_OUTCOMES as readonly string[]).includes(draft.outcome)) problems.outcome = 'evac.check.problem.outcome';
  const note = cleanText(draft.note);
  if (note.length > VULNERABLE_TEXT_MAX) problems.note = 'evac.check.problem.noteLong';
  return problems;
}

/** The check as the api takes it; call only after `checkWelfareCheck` found nothing. */
export function welfareCheckRequest(
  residentId: string,
  taskId: string | null | undefined,
  draft: WelfareCheckDraft,
  clientId: string,
  recordedAt: Date,
): WelfareCheckRequest {
  const request: WelfareCheckRequest = { clientId, vulnerableResidentId: residentId, outcome: draft.outcome as WelfareOutcome, recordedAt: recordedAt.toISOString() };
  const note = cleanText(draft.note);
  if (note) request.note = note;
  if (taskId) request.taskId = taskId;
  return request;
}
