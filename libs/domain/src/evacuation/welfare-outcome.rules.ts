import type { WelfareOutcome } from '@app/contracts';

/** What the resident's record keeps from their checks. */
export interface WelfareState {
  lastOutcome: WelfareOutcome | null;
  lastCheckedAt: Date | null;
}

/**
 * Whether a check recorded at `recordedAt` becomes the resident's latest. Checks queued offline arrive out of order:
 * an older check that reaches the server late is stored but does not replace a newer outcome.
 */
export function isLatestCheck(state: Pick<WelfareState, 'lastCheckedAt'>, recordedAt: Date): boolean {
  return state.lastCheckedAt === null || recordedAt.getTime() >= state.lastCheckedAt.getTime();
}

/** The resident's state after a check. */
export function applyWelfareCheck(state: WelfareState, check: { outcome: WelfareOutcome; recordedAt: Date }): WelfareState {
  return isLatestCheck(state, check.recordedAt) ? { lastOutcome: check.outcome, lastCheckedAt: check.recordedAt } : state;
}

/** Outcomes the HQ has to act on: someone needs help, or nobody answered. */
export function needsFollowUp(outcome: WelfareOutcome | null): boolean {
  return outcome === 'needs-help' || outcome === 'not-reached';
}
