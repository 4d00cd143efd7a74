import type { Language, OperationsKpis } from '@app/contracts';
import { MACAU_TIME_ZONE } from '../signals/macau-time.js';

export type KpiId =
  | 'teamsOut'
  | 'inspectorTrips'
  | 'vehicleTrips'
  | 'crewsOnStandby'
  | 'peopleOnStandby'
  | 'openHazards'
  | 'rectifiedHazards'
  | 'peopleMoved'
  | 'shelterOccupancy'
  | 'warningsSent'
  | 'silentTeams';

export interface KpiTile {
  id: KpiId;
  value: string;
  /** Shelter occupancy: the share of places taken, e.g. "38%". */
  detail?: string;
  /** `warn` draws attention: silent units, open hazards, shelters nearly full. */
  tone: 'plain' | 'warn' | 'bad';
}

const numberFormats = new Map<Language, Intl.NumberFormat>();

export function formatCount(n: number, language: Language): string {
  let f = numberFormats.get(language);
  if (!f) {
    f = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    numberFormats.set(language, f);
  }
  return Number.isFinite(n) ? f.format(n) : '–';
}

const stampFormats = new Map<Language, Intl.DateTimeFormat>();

/**
 * "5 Sep, 18:00:05" in Macau time: when live figures were last brought up to date. Seconds, because they change
 * every few seconds during an event and the HQ compares them with what the field says on the phone.
 */
export function formatStamp(iso: string | null | undefined, language: Language): string | undefined {
  const at = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(at)) return undefined;
  let f = stampFormats.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(language, { timeZone: MACAU_TIME_ZONE, hourCycle: 'h23', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    stampFormats.set(language, f);
  }
  return f.format(at);
}

/** Occupancy over capacity as a whole percentage; no capacity reads as 0 %. */
export function occupancyPercent(occupancy: number, capacity: number): number {
  return capacity > 0 ? Math.round((occupancy / capacity) * 100) : 0;
}

/** A shelter at 90 % is nearly full; over capacity is an emergency of its own. */
export function occupancyTone(occupancy: number, capacity: number): KpiTile['tone'] {
  if (capacity > 0 && occupancy > capacity) return 'bad';
  return occupancyPercent(occupancy, capacity) >= 90 ? 'warn' : 'plain';
}

/** The HQ's headline figures in the order the HQ reads them out. */
export function kpiTiles(k: OperationsKpis, language: Language): KpiTile[] {
  const n = (v: number) => formatCount(v, language);
  return [
    { id: 'teamsOut', value: n(k.inspectionTeamsOut), tone: 'plain' },
    { id: 'inspectorTrips', value: n(k.inspectorTrips), tone: 'plain' },
    { id: 'vehicleTrips', value: n(k.vehicleTrips), tone: 'plain' },
    { id: 'crewsOnStandby', value: n(k.crewsOnStandby), tone: 'plain' },
    { id: 'peopleOnStandby', value: n(k.peopleOnStandby), tone: 'plain' },
    { id: 'openHazards', value: n(k.openHazards), tone: k.openHazards > 0 ? 'warn' : 'plain' },
    { id: 'rectifiedHazards', value: n(k.rectifiedHazards), tone: 'plain' },
    { id: 'peopleMoved', value: n(k.peopleMoved), tone: 'plain' },
    {
      id: 'shelterOccupancy',
      value: `${n(k.shelterOccupancy)} / ${n(k.shelterCapacity)}`,
      detail: `${occupancyPercent(k.shelterOccupancy, k.shelterCapacity)}%`,
      tone: occupancyTone(k.shelterOccupancy, k.shelterCapacity),
    },
    { id: 'warningsSent', value: n(k.warningsSent), tone: 'plain' },
    { id: 'silentTeams', value: n(k.silentTeams), tone: k.silentTeams > 0 ? 'bad' : 'plain' },
  ];
}

/** How long ago, in whole minutes (never negative: a phone's clock may run a little ahead). */
export function minutesSince(iso: string | null | undefined, now: number): number | undefined {
  const at = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.floor((now - at) / 60_000));
}

export type AgeText = { key: 'ops.age.justNow' } | { key: 'ops.age.minutes'; minutes: number } | { key: 'ops.age.hours'; hours: number; minutes: number } | { key: 'ops.age.unknown' };

/** "just now", "12 min ago", "2 h 5 min ago": which message and its numbers. */
export function ageText(iso: string | null | undefined, now: number): AgeText {
  const minutes = minutesSince(iso, now);
  if (minutes === undefined) return { key: 'ops.age.unknown' };
  if (minutes < 1) return { key: 'ops.age.justNow' };
  if (minutes < 60) return { key: 'ops.age.minutes', minutes };
  return { key: 'ops.age.hours', hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
