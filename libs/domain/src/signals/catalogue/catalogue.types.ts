import type { LocalizedText } from '@app/contracts';

/** A display colour: shown together with text, never alone. */
export interface SignalColour {
  hex: string;
  name: LocalizedText;
  /** Spellings feeds use for this colour (English, Portuguese, Chinese, initials); matched case-insensitively. */
  aliases: readonly string[];
}

export interface SignalLevelDefinition {
  /** Stable code used in state, history and the wire (see SignalLevelCode). */
  code: string;
  /** 1 = lowest; levels of equal severity share a rank. */
  rank: number;
  colour: string;
  icon: string;
  name: LocalizedText;
  meaning: LocalizedText;
  /** Further spellings of this level in feeds, beyond its code and its colour's aliases. */
  aliases?: readonly string[];
}

/**
 * Thresholds above which a change is held for an operator to confirm. Codes refer to levels of the same hazard.
 */
export interface PlausibilityRule {
  /** Highest level that may appear straight from none; anything above is held. */
  maxLevelFromNone: string;
  /** Most ranks a level may rise in one change while a signal is already in force. */
  maxRankStepUp: number;
  /** From this level upwards, dropping to none without an explicit cancel is held; null = never. */
  cancelRequiredFrom: string | null;
}

/** Words that identify a hazard in CAP text and signal codes. */
export interface HazardKeywords {
  zh: readonly string[];
  en: readonly string[];
  /** Tokens in machine codes such as `TYPHOON-ORANGE`. */
  codes: readonly string[];
}

export interface SignalHazardDefinition {
  id: string;
  name: LocalizedText;
  /** OASIS Event Terms List code used in CAP eventCode, where one fits. */
  oetCode: string | null;
  /** Lowest first. */
  levels: readonly SignalLevelDefinition[];
  plausibility: PlausibilityRule;
  /** Prefixes some feeds put before level codes (e.g. `TC` in `TC8SE`); stripped when matching. */
  codePrefixes?: readonly string[];
  keywords?: HazardKeywords;
}

export interface SignalAreaDefinition {
  id: string;
  name: LocalizedText;
  /** Administrative division codes (GB/T 2260) used in CAP geocodes and identifiers. */
  adminCodes?: readonly string[];
  /** Words that name the area in CAP areaDesc text; more specific areas are tried first. */
  keywords?: readonly string[];
}

export interface SignalAuthorityDefinition {
  id: string;
  name: LocalizedText;
  shortName: LocalizedText;
  /** Area a signal applies to when the source names none (a Macau-wide SMG signal, a city-wide Zhuhai one). */
  defaultArea: string;
  areas: readonly SignalAreaDefinition[];
  hazards: readonly SignalHazardDefinition[];
  /** A feed document older than this is stale. */
  staleAfterMinutes: number;
  /** UTC offset of times the authority writes without one, e.g. SMG's `YYYY-MM-DD HH:mm`. */
  utcOffset: string;
}

/** "While `when` is at or above `atOrAbove`, the listed hazards are not signalled separately." */
export interface SuppressionRule {
  authority: string;
  hazard: string;
  atOrAbove: string;
  suppresses: readonly string[];
}

/** "Only one level of this hazard is in force at a time." */
export interface OneAtATimeRule {
  authority: string;
  hazard: string;
}

export interface SignalCatalogue {
  colours: Readonly<Record<string, SignalColour>>;
  authorities: readonly SignalAuthorityDefinition[];
  suppressionRules: readonly SuppressionRule[];
  oneAtATime: readonly OneAtATimeRule[];
  /** Codes that mean "no signal" in any feed (matched after removing spaces and punctuation, case-insensitively). */
  noneCodes: readonly string[];
}
