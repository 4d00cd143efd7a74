import type { SignalHistoryEntry } from '@app/contracts';
import type { SignalCatalogue } from '../signals/catalogue/catalogue.types.js';
import { SIGNAL_CATALOGUE } from '../signals/catalogue/signal-catalogue.data.js';
import { levelRank } from '../signals/signal-catalogue.lookup.js';
import type { PlaybookRuleDefinition, PlaybookTrigger } from './playbook-rule.types.js';
import { PLAYBOOK_RULES } from './rules/playbook-rules.data.js';

/** What the rules look at in a committed signal change. */
export type PlaybookSignalChange = Pick<SignalHistoryEntry, 'authority' | 'area' | 'hazard' | 'level' | 'previousLevel' | 'action'>;

interface ChangeRanks {
  previous: number;
  next: number;
}

function appliesTo(trigger: PlaybookTrigger, change: PlaybookSignalChange): boolean {
  return (
    trigger.authority === change.authority &&
    trigger.hazards.includes(change.hazard) &&
    (trigger.areas === undefined || trigger.areas.includes(change.area))
  );
}

/**
 * Ranks before and after the change (0 = none). A cancel leaves nothing in force whatever level it names. Undefined
 * when a level is not in the catalogue: no rule can judge such a change, so none fires.
 */
function ranksOf(change: PlaybookSignalChange, catalogue: SignalCatalogue): ChangeRanks | undefined {
  const previous = levelRank(change.authority, change.hazard, change.previousLevel, catalogue);
  const next = change.action === 'cancel' ? 0 : levelRank(change.authority, change.hazard, change.level, catalogue);
  return previous === undefined || next === undefined ? undefined : { previous, next };
}

function thresholdOf(trigger: PlaybookTrigger, hazard: string, code: string | undefined, catalogue: SignalCatalogue): number | undefined {
  return code === undefined ? undefined : levelRank(trigger.authority, hazard, code, catalogue);
}

function fires(trigger: PlaybookTrigger, change: PlaybookSignalChange, catalogue: SignalCatalogue): boolean {
  if (!appliesTo(trigger, change)) return false;
  const ranks = ranksOf(change, catalogue);
  const threshold = thresholdOf(trigger, change.hazard, trigger.level, catalogue);
  if (!ranks || threshold === undefined) return false;
  if (trigger.on === 'lower') return ranks.previous >= threshold && ranks.next < threshold;
  if (!(ranks.previous < threshold && ranks.next >= threshold)) return false;
  if (trigger.upTo === undefined) return true;
  const ceiling = thresholdOf(trigger, change.hazard, trigger.upTo, catalogue);
  return ceiling !== undefined && ranks.next <= ceiling;
}

/**
 * The rules a committed signal change fires, in rule order: a `rise` trigger when the level crosses its threshold
 * upwards (issued, or upgraded from below), a `lower` trigger when it crosses downwards (cancel included). Repeats and
 * moves within one rank (Macau 8NE → 8SE) cross nothing, so they fire nothing.
 */
export function evaluatePlaybooks(
  change: PlaybookSignalChange,
  rules: readonly PlaybookRuleDefinition[] = PLAYBOOK_RULES,
  catalogue: SignalCatalogue = SIGNAL_CATALOGUE,
): string[] {
  return rules.filter((rule) => rule.triggers.some((trigger) => fires(trigger, change, catalogue))).map((rule) => rule.id);
}

/**
 * The rules whose `rise` condition no longer holds on this change's track: the level is now below their threshold,
 * so the signal that fired their runs has gone. Such runs are closed (open tasks stay visible as open).
 */
export function endedPlaybooks(
  change: PlaybookSignalChange,
  rules: readonly PlaybookRuleDefinition[] = PLAYBOOK_RULES,
  catalogue: SignalCatalogue = SIGNAL_CATALOGUE,
): string[] {
  const ranks = ranksOf(change, catalogue);
  if (!ranks) return [];
  return rules
    .filter((rule) =>
      rule.triggers.some((trigger) => {
        if (trigger.on !== 'rise' || !appliesTo(trigger, change)) return false;
        const threshold = thresholdOf(trigger, change.hazard, trigger.level, catalogue);
        return threshold !== undefined && ranks.next < threshold;
      }),
    )
    .map((rule) => rule.id);
}
