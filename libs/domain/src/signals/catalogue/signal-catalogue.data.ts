import { SIGNAL_AUTHORITIES } from './authorities.data.js';
import type { SignalCatalogue } from './catalogue.types.js';
import { SIGNAL_COLOURS } from './colours.data.js';
import { NONE_CODES, ONE_AT_A_TIME_RULES, SUPPRESSION_RULES } from './signal-rules.data.js';

/** The catalogue as shipped; every lookup and rule reads it from here. */
export const SIGNAL_CATALOGUE: SignalCatalogue = {
  colours: SIGNAL_COLOURS,
  authorities: SIGNAL_AUTHORITIES,
  suppressionRules: SUPPRESSION_RULES,
  oneAtATime: ONE_AT_A_TIME_RULES,
  noneCodes: NONE_CODES,
};
