import type { SignalAction, SignalHoldReason, SignalKey, SignalLevelCode } from '@app/contracts';
import type { SignalCatalogue } from './catalogue/catalogue.types.js';
import { SIGNAL_CATALOGUE } from './catalogue/signal-catalogue.data.js';
import { DomainError } from '../domain-error.js';
import { findHazard, levelRank } from './signal-catalogue.lookup.js';
import { suppressingSignal, type TrackLevel } from './signal-rules.policy.js';

export interface SignalTransition extends SignalKey {
  /** The level shown now; null for none (or nothing ever recorded). */
  previousLevel: SignalLevelCode | null;
  nextLevel: SignalLevelCode | null;
  action: SignalAction | null;
  /** The other tracks' current levels, for rules across hazards. */
  current?: readonly TrackLevel[];
}

export interface TransitionAssessment {
  needsConfirmation: boolean;
  reasons: SignalHoldReason[];
}

/**
 * Decides whether a change is plausible enough to show at once or must be held for an operator: a jump from none
 * above the hazard's limit (none → 9/10), a rise of more ranks than allowed, a high level dropping to none without
 * a cancel, or a signal issued while a rule says it is not issued separately. Thresholds are catalogue data.
 */
export function assessTransition(
  transition: SignalTransition,
  catalogue: SignalCatalogue = SIGNAL_CATALOGUE,
): TransitionAssessment {
  const { authority, hazard, previousLevel, nextLevel, action } = transition;
  const definition = findHazard(authority, hazard, catalogue);
  if (!definition) throw new DomainError('invalid', 'signal_unknown_hazard', `Unknown hazard ${authority}/${hazard}.`);
  const rank = (code: string | null): number => {
    const value = levelRank(authority, hazard, code, catalogue);
    if (value === undefined) throw new DomainError('invalid', 'signal_unknown_level', `Unknown level ${code} of ${authority}/${hazard}.`);
    return value;
  };
  const previousRank = rank(previousLevel);
  const nextRank = rank(nextLevel);
  const rule = definition.plausibility;
  const reasons: SignalHoldReason[] = [];
  const label = `${authority}/${hazard}`;

  if (previousRank === 0 && nextRank > rank(rule.maxLevelFromNone)) {
    reasons.push({
      code: 'jump_from_none',
      message: `${label} went from none straight to ${nextLevel}; above ${rule.maxLevelFromNone} this needs confirming.`,
    });
  }
  if (previousRank > 0 && nextRank - previousRank > rule.maxRankStepUp) {
    reasons.push({
      code: 'step_too_large',
      message:
        `${label} rose from ${previousLevel} to ${nextLevel}, ${nextRank - previousRank} levels at once ` +
        `(at most ${rule.maxRankStepUp} expected).`,
    });
  }
  if (
    nextRank === 0 &&
    action !== 'cancel' &&
    rule.cancelRequiredFrom !== null &&
    previousRank >= rank(rule.cancelRequiredFrom)
  ) {
    reasons.push({
      code: 'drop_without_cancel',
      message: `${label} ${previousLevel} disappeared without a cancel; from ${rule.cancelRequiredFrom} up a cancel is expected.`,
    });
  }
  if (nextRank > 0 && previousRank === 0) {
    const suppressor = suppressingSignal(transition, transition.current ?? [], catalogue);
    if (suppressor) {
      reasons.push({
        code: 'suppressed_hazard',
        message:
          `${label} ${nextLevel} was issued while ${authority}/${suppressor.hazard} ${suppressor.level} is up, ` +
          'under which it is not issued separately.',
      });
    }
  }
  return { needsConfirmation: reasons.length > 0, reasons };
}
