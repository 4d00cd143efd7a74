import type { ManualSignalRequest, SignalAction } from '@app/contracts';

export interface ManualSignalDraft {
  authority: string;
  area: string;
  hazard: string;
  action: SignalAction | '';
  level: string;
  /** ISO 8601 instant, or undefined when the field does not hold a time. */
  issuedAt: string | undefined;
  reason: string;
}

export type ManualSignalProblem = 'trackMissing' | 'actionMissing' | 'levelMissing' | 'issuedAtMissing' | 'issuedAtFuture' | 'reasonMissing';

/** A phone clock a little ahead of the server's must not block an entry made "now". */
const FUTURE_TOLERANCE_MS = 2 * 60_000;

/**
 * Checks the form and builds the request. A cancel carries no level. A typed code is matched to a known spelling
 * case-insensitively; otherwise numbered codes are upper-cased (8se → 8SE) and colour words lower-cased (Orange →
 * orange), the catalogue's spellings; the server still decides whether the level exists.
 */
export function manualSignalRequestFrom(
  draft: ManualSignalDraft,
  knownCodes: readonly string[],
  now: number,
): { request: ManualSignalRequest } | { problem: ManualSignalProblem } {
  if (!draft.authority || !draft.area || !draft.hazard) return { problem: 'trackMissing' };
  if (!draft.action) return { problem: 'actionMissing' };
  const typed = draft.level.trim();
  if (draft.action !== 'cancel' && !typed) return { problem: 'levelMissing' };
  if (!draft.issuedAt) return { problem: 'issuedAtMissing' };
  if (Date.parse(draft.issuedAt) > now + FUTURE_TOLERANCE_MS) return { problem: 'issuedAtFuture' };
  if (!draft.reason.trim()) return { problem: 'reasonMissing' };
  return {
    request: {
      authority: draft.authority,
      area: draft.area,
      hazard: draft.hazard,
      action: draft.action,
      level: draft.action === 'cancel' ? null : normaliseCode(typed, knownCodes),
      issuedAt: draft.issuedAt,
      reason: draft.reason.trim(),
    },
  };
}

export function normaliseCode(typed: string, knownCodes: readonly string[]): string {
  const known = knownCodes.find((code) => code.toLowerCase() === typed.toLowerCase());
  if (known) return known;
  return /^\d/.test(typed) ? typed.toUpperCase() : typed.toLowerCase();
}
