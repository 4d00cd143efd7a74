import type { SignalAction, SignalHoldReason, SignalSource } from '@app/contracts';
import { SIGNAL_CATALOGUE, assessTransition, type SignalCatalogue, type TrackLevel } from '@app/domain';
import type { SignalReading } from './signal-reading.types.js';

export type ReadingDecision =
  /** First reading of a track, and nothing is in force: recorded, but not a change. */
  | { kind: 'initial'; supersedeHold: boolean }
  /** The board already shows this level. */
  | { kind: 'unchanged'; supersedeHold: boolean }
  /** The same reading is already waiting for confirmation. */
  | { kind: 'already_held' }
  /** An operator rejected this very reading from this source; it is not held again. */
  | { kind: 'dismissed' }
  /** Implausible: held for an operator, the board keeps its level. */
  | { kind: 'hold'; reasons: SignalHoldReason[]; supersedeHold: boolean }
  | { kind: 'change'; action: SignalAction; supersedeHold: boolean }
  /** `initialOnly` batches leave known tracks alone. */
  | { kind: 'skip' };

export interface DecisionInput {
  track: { level: string | null; receivedAt: Date | null; dismissedReading: string | null };
  openHold: { level: string | null } | null;
  reading: SignalReading;
  source: SignalSource;
  /** Levels of the other tracks, for rules across hazards. */
  others: readonly TrackLevel[];
  initialOnly?: boolean;
}

/** Recognises a reading again: the source and the level it gives. */
export function readingSignature(source: SignalSource, level: string | null): string {
  return `${source}:${level ?? 'none'}`;
}

/** The action a change records: what it did to the board, whatever verb the source used. */
export function changeAction(previousLevel: string | null, level: string | null): SignalAction {
  if (level === null) return 'cancel';
  return previousLevel === null ? 'issue' : 'update';
}

/**
 * Decides what one reading does to its track. The same state seen twice is not a new event; a change must pass the
 * catalogue's plausibility rules or it is held; a reading an operator rejected is not held again from the same source.
 */
export function decideReading(input: DecisionInput, catalogue: SignalCatalogue = SIGNAL_CATALOGUE): ReadingDecision {
  const { track, openHold, reading, source } = input;
  const known = track.receivedAt !== null;
  if (input.initialOnly && known) return { kind: 'skip' };
  const holdOpen = openHold !== null;
  if (!known && reading.level === null) return { kind: 'initial', supersedeHold: holdOpen };
  if (known && reading.level === track.level) return { kind: 'unchanged', supersedeHold: holdOpen };
  if (openHold && openHold.level === reading.level) return { kind: 'already_held' };
  if (source !== 'manual' && track.dismissedReading === readingSignature(source, reading.level)) return { kind: 'dismissed' };

  const assessment = assessTransition(
    { ...reading, previousLevel: track.level, nextLevel: reading.level, action: reading.action, current: input.others },
    catalogue,
  );
  if (assessment.needsConfirmation) return { kind: 'hold', reasons: assessment.reasons, supersedeHold: holdOpen };
  return { kind: 'change', action: changeAction(track.level, reading.level), supersedeHold: holdOpen };
}
