import type { SignalKey, SignalLevelCode } from '@app/contracts';
import type { SignalCatalogue } from './catalogue/catalogue.types.js';
import { SIGNAL_CATALOGUE } from './catalogue/signal-catalogue.data.js';
import { levelRank } from './signal-catalogue.lookup.js';

/** A track and the level currently in force on it (null for none). */
export interface TrackLevel extends SignalKey {
  level: SignalLevelCode | null;
}

/**
 * The signal under which `key`'s hazard is not issued separately right now (e.g. Macau rainstorm while signal 8 or
 * higher is up), or null. The board shows such a hazard as "included in" that signal rather than as "none".
 */
export function suppressingSignal(
  key: SignalKey,
  current: readonly TrackLevel[],
  catalogue: SignalCatalogue = SIGNAL_CATALOGUE,
): { hazard: string; level: SignalLevelCode } | null {
  for (const rule of catalogue.suppressionRules) {
    if (rule.authority !== key.authority || !rule.suppresses.includes(key.hazard)) continue;
    const threshold = levelRank(rule.authority, rule.hazard, rule.atOrAbove, catalogue) ?? Infinity;
    const trigger = current.find(
      (track) =>
        track.authority === rule.authority &&
        track.area === key.area &&
        track.hazard === rule.hazard &&
        track.level !== null &&
        (levelRank(track.authority, track.hazard, track.level, catalogue) ?? 0) >= threshold,
    );
    if (trigger?.level) return { hazard: trigger.hazard, level: trigger.level };
  }
  return null;
}

/** True when the catalogue says only one level of this hazard may be in force at a time. */
export function isOneAtATime(authority: string, hazard: string, catalogue: SignalCatalogue = SIGNAL_CATALOGUE): boolean {
  return catalogue.oneAtATime.some((rule) => rule.authority === authority && rule.hazard === hazard);
}
