import type { HazardReportState, HazardReportTransitionRequest } from '@app/contracts';
import { DomainError } from '../domain-error.js';

/**
 * Where a report may go from each state: reported → assigned → rectifying → rectified → verified; `duplicate` and
 * `rejected` close it from any open state. Closed reports (verified, duplicate, rejected) stay as they are.
 */
export const HAZARD_NEXT_STATES: Readonly<Record<HazardReportState, readonly HazardReportState[]>> = {
  reported: ['assigned', 'duplicate', 'rejected'],
  assigned: ['rectifying', 'duplicate', 'rejected'],
  rectifying: ['rectified', 'duplicate', 'rejected'],
  rectified: ['verified'],
  verified: [],
  duplicate: [],
  rejected: [],
};

/** The steps the assigned team's own members take; everything else is the HQ's decision. */
const TEAM_STEPS: readonly (readonly [HazardReportState, HazardReportState])[] = [
  ['assigned', 'rectifying'],
  ['rectifying', 'rectified'],
];

export const HAZARD_REASON_MAX = 500;

export interface HazardTransitionActor {
  /** An HQ role (admin, commander, operator). */
  hq: boolean;
  /** A member of the team the report is assigned to. */
  memberOfAssignedTeam: boolean;
}

/** What the report becomes. */
export interface HazardTransitionPlan {
  from: HazardReportState;
  to: HazardReportState;
  reason: string | null;
  duplicateOf: string | null;
  teamId: string | null;
}

/** Decides a requested step, or says plainly why it cannot be taken (409 state, 403 who, 400 missing input). */
export function planHazardTransition(
  report: { id: string; state: HazardReportState; teamId: string | null },
  request: HazardReportTransitionRequest,
  actor: HazardTransitionActor,
): HazardTransitionPlan {
  const { state: from } = report;
  const { to } = request;
  const allowed = HAZARD_NEXT_STATES[from];
  if (!allowed.includes(to)) {
    const options = allowed.length > 0 ? `it can move to ${allowed.join(', ')}` : 'it is closed and does not move any more';
    throw new DomainError('conflict', 'hazard_transition_not_allowed', `This report is ${from} and cannot move to ${to}; ${options}.`);
  }
  const teamStep = TEAM_STEPS.some(([a, b]) => a === from && b === to);
  if (!actor.hq && !(teamStep && actor.memberOfAssignedTeam)) {
    throw new DomainError(
      'forbidden',
      'hazard_transition_forbidden',
      teamStep
        ? `Only HQ staff or a member of the team the report is assigned to may move it from ${from} to ${to}.`
        : `Only HQ staff may move a report to ${to}; the assigned team moves it from assigned to rectifying and from rectifying to rectified.`,
    );
  }

  const reason = request.reason?.trim() ? request.reason.trim() : null;
  if ((to === 'duplicate' || to === 'rejected') && reason === null) {
    throw new DomainError('invalid', 'hazard_reason_required', `Say why the report is ${to === 'duplicate' ? 'a duplicate' : 'rejected'} (reason).`);
  }
  if (reason !== null && [...reason].length > HAZARD_REASON_MAX) {
    throw new DomainError('invalid', 'hazard_reason_too_long', `reason must be at most ${HAZARD_REASON_MAX} characters long.`);
  }

  if (to === 'duplicate') {
    if (!request.duplicateOf) throw new DomainError('invalid', 'hazard_duplicate_of_required', 'Name the report this one duplicates (duplicateOf).');
    if (request.duplicateOf === report.id) throw new DomainError('invalid', 'hazard_duplicate_of_self', 'A report cannot be a duplicate of itself.');
  } else if (request.duplicateOf !== undefined) {
    throw new DomainError('invalid', 'hazard_duplicate_of_unexpected', 'duplicateOf is only taken when moving a report to duplicate.');
  }

  if (to === 'assigned') {
    if (!request.teamId) throw new DomainError('invalid', 'hazard_team_required', 'Name the team that will deal with the hazard (teamId).');
  } else if (request.teamId !== undefined) {
    throw new DomainError('invalid', 'hazard_team_unexpected', 'teamId is only taken when assigning a report.');
  }

  return {
    from,
    to,
    reason,
    duplicateOf: to === 'duplicate' ? request.duplicateOf! : null,
    teamId: to === 'assigned' ? request.teamId! : report.teamId,
  };
}
