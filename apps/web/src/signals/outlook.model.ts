import { SIGNAL_PROBABILITIES, type SignalOutlook, type SignalOutlookRow, type SignalOutlookUpdate, type SignalProbability } from '@app/contracts';

/** SMG publishes its table for the tropical cyclone signals; these are its catalogue ids. */
export const OUTLOOK_AUTHORITY = 'smg';
export const OUTLOOK_HAZARD = 'tropical-cyclone';

/** 1 (low) to 5 (will be issued), for the step meter beside the words. */
export function probabilityStep(probability: SignalProbability): number {
  return SIGNAL_PROBABILITIES.indexOf(probability) + 1;
}

export interface OutlookDraftRow {
  level: string;
  probability: SignalProbability | '';
  window: string;
}

export type OutlookDraftProblem = 'noRows' | 'rowIncomplete' | 'duplicateLevel' | 'publishedAtMissing';

/** Turns the form into the request, or says what is missing; empty rows at the end are ignored. */
export function outlookUpdateFrom(
  draft: { rows: readonly OutlookDraftRow[]; publishedAt: string | undefined },
  current: Pick<SignalOutlook, 'authority' | 'hazard'> | null | undefined,
): { update: SignalOutlookUpdate } | { problem: OutlookDraftProblem } {
  const filled = draft.rows.filter((r) => r.level.trim() || r.probability || r.window.trim());
  if (filled.length === 0) return { problem: 'noRows' };
  if (filled.some((r) => !r.level.trim() || !r.probability)) return { problem: 'rowIncomplete' };
  const levels = filled.map((r) => r.level.trim().toUpperCase());
  if (new Set(levels).size !== levels.length) return { problem: 'duplicateLevel' };
  if (!draft.publishedAt) return { problem: 'publishedAtMissing' };
  const rows: SignalOutlookRow[] = filled.map((r) => ({
    level: r.level.trim(),
    probability: r.probability as SignalProbability,
    window: r.window.trim() || null,
  }));
  return {
    update: {
      authority: current?.authority ?? OUTLOOK_AUTHORITY,
      hazard: current?.hazard ?? OUTLOOK_HAZARD,
      rows,
      publishedAt: draft.publishedAt,
    },
  };
}
