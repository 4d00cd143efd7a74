import type { AlertTemplate } from '@app/contracts';
import { CROSSING_TEMPLATES } from './crossings.templates.data.js';
import { GD_ZHUHAI_TEMPLATES } from './gd-zhuhai.templates.data.js';
import { SAFETY_TEMPLATES } from './safety.templates.data.js';
import { SCHOOL_SUSPENSION_TEMPLATES } from './school-suspension.templates.data.js';
import { SMG_RAIN_TEMPLATES } from './smg-rain.templates.data.js';
import { SMG_STORM_SURGE_TEMPLATES } from './smg-storm-surge.templates.data.js';
import { SMG_TROPICAL_CYCLONE_TEMPLATES } from './smg-tropical-cyclone.templates.data.js';
import { ZHUHAI_WIND_RESPONSE_TEMPLATES } from './zhuhai-wind-response.templates.data.js';

/** Every alert template the composer offers; playbook rules refer to them by id. */
export const ALERT_TEMPLATES: readonly AlertTemplate[] = [
  ...SMG_TROPICAL_CYCLONE_TEMPLATES,
  ...SMG_STORM_SURGE_TEMPLATES,
  ...SMG_RAIN_TEMPLATES,
  ...GD_ZHUHAI_TEMPLATES,
  ...ZHUHAI_WIND_RESPONSE_TEMPLATES,
  ...SCHOOL_SUSPENSION_TEMPLATES,
  ...CROSSING_TEMPLATES,
  ...SAFETY_TEMPLATES,
];
