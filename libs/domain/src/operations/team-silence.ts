import type { TeamReadiness } from '@app/contracts';

export interface SilenceInput {
  readiness: TeamReadiness;
  hasOpenTask: boolean;
  /** When the unit last checked in (recorded time), or null if it never did. */
  lastCheckInAt: Date | null;
  /** When the unit went out: its deployment or the oldest open task; silence is counted from here when it never checked in. */
  outSince: Date | null;
}

/**
 * A unit that is out (deployed, or with an open task) and has not been heard from for `silentAfterMinutes` is
 * flagged. A unit at base (standby, resting, unavailable, nothing open) is never silent.
 */
export function isTeamSilent(input: SilenceInput, now: Date, silentAfterMinutes: number): boolean {
  if (input.readiness !== 'deployed' && !input.hasOpenTask) return false;
  const limit = now.getTime() - silentAfterMinutes * 60_000;
  const lastHeard = Math.max(input.lastCheckInAt?.getTime() ?? -Infinity, input.outSince?.getTime() ?? -Infinity);
  if (lastHeard === -Infinity) return true;
  return lastHeard < limit;
}
