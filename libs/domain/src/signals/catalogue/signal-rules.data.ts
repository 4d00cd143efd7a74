import type { OneAtATimeRule, SuppressionRule } from './catalogue.types.js';

/** Only one Macau tropical cyclone signal is in force at a time. */
export const ONE_AT_A_TIME_RULES: readonly OneAtATimeRule[] = [{ authority: 'smg', hazard: 'tropical-cyclone' }];

/** SMG does not issue rainstorm or thunderstorm signals separately while signal 8 or higher is up. */
export const SUPPRESSION_RULES: readonly SuppressionRule[] = [
  { authority: 'smg', hazard: 'tropical-cyclone', atOrAbove: '8NE', suppresses: ['rainstorm', 'thunderstorm'] },
];

/** Codes feeds use for "nothing in force". */
export const NONE_CODES: readonly string[] = ['NIL', 'NONE', 'NULL', 'NA', 'N/A', '-', '0', 'OFF', 'CANCEL', 'CANCELLED'];
