import type { PlaybookRuleDefinition } from '../playbook-rule.types.js';
import { MACAU_RAINSTORM_BLACK_PATROLS } from './macau-rainstorm.rules.data.js';
import { MACAU_STORM_SURGE_EVACUATION } from './macau-storm-surge.rules.data.js';
import { MACAU_TC8_CROSS_BORDER, MACAU_TC_BELOW8_REOPEN } from './macau-tropical-cyclone.rules.data.js';
import {
  SCHOOL_SUSPENSION_GUANGDONG,
  SCHOOL_SUSPENSION_MACAU_RAINSTORM_BLACK,
  SCHOOL_SUSPENSION_MACAU_RAINSTORM_RED,
  SCHOOL_SUSPENSION_MACAU_TC3,
  SCHOOL_SUSPENSION_MACAU_TC8,
} from './school-suspension.rules.data.js';
import {
  ZHUHAI_WIND_RESPONSE_I,
  ZHUHAI_WIND_RESPONSE_II,
  ZHUHAI_WIND_RESPONSE_III,
  ZHUHAI_WIND_RESPONSE_IV,
} from './zhuhai-wind-response.rules.data.js';

/**
 * Every playbook rule, in the order the HQ sees runs that fire together. Adding a rule: see README.md one folder up.
 */
export const PLAYBOOK_RULES: readonly PlaybookRuleDefinition[] = [
  MACAU_TC8_CROSS_BORDER,
  MACAU_TC_BELOW8_REOPEN,
  MACAU_STORM_SURGE_EVACUATION,
  MACAU_RAINSTORM_BLACK_PATROLS,
  SCHOOL_SUSPENSION_MACAU_TC3,
  SCHOOL_SUSPENSION_MACAU_TC8,
  SCHOOL_SUSPENSION_MACAU_RAINSTORM_RED,
  SCHOOL_SUSPENSION_MACAU_RAINSTORM_BLACK,
  SCHOOL_SUSPENSION_GUANGDONG,
  ZHUHAI_WIND_RESPONSE_IV,
  ZHUHAI_WIND_RESPONSE_III,
  ZHUHAI_WIND_RESPONSE_II,
  ZHUHAI_WIND_RESPONSE_I,
];
