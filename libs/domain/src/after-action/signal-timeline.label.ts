import type { Language } from '@app/contracts';
import { describeLevel, findArea, findAuthority, findHazard } from '../signals/signal-catalogue.lookup.js';
import { AFTER_ACTION_LABELS } from './after-action.labels.js';

export interface SignalChangeRow {
  authority: string;
  area: string;
  hazard: string;
  level: string | null;
}

/** "Macau SMG · Tropical cyclone · No. 8 Southeast" in the report's language; codes where the catalogue is silent. */
export function signalTimelineLabel(change: SignalChangeRow, language: Language): string {
  const authority = findAuthority(change.authority)?.name[language] ?? change.authority;
  const area = findArea(change.authority, change.area)?.name[language];
  const hazard = findHazard(change.authority, change.hazard)?.name[language] ?? change.hazard;
  const level = change.level === null
    ? AFTER_ACTION_LABELS[language].levelCancelled
    : describeLevel(change.authority, change.hazard, change.level)?.name[language] ?? change.level;
  return [authority, area, hazard, level].filter(Boolean).join(' · ');
}
