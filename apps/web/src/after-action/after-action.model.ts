import type { AfterActionFormat, Language } from '@app/contracts';
import { fromMacauInputValue, toMacauInputValue } from '../signals/macau-time.js';

export interface Period {
  from: string;
  to: string;
}

/** The default period: the last three days, which covers one typhoon's approach, landfall and clean-up. */
export const DEFAULT_PERIOD_DAYS = 3;

export function defaultPeriod(now: number): Period {
  return { from: new Date(now - DEFAULT_PERIOD_DAYS * 86_400_000).toISOString(), to: new Date(now).toISOString() };
}

/** A period from the address bar, or undefined when either end is missing or unreadable. */
export function periodFromSearch(search: URLSearchParams): Period | undefined {
  const from = search.get('from');
  const to = search.get('to');
  if (!from || !to || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to))) return undefined;
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

export type PeriodProblem = 'afterAction.period.missing' | 'afterAction.period.order';

/** Reads the two Macau-time inputs; names what is wrong instead of asking the server. */
export function periodFromInputs(fromValue: string, toValue: string): Period | PeriodProblem {
  const from = fromMacauInputValue(fromValue);
  const to = fromMacauInputValue(toValue);
  if (!from || !to) return 'afterAction.period.missing';
  if (Date.parse(from) >= Date.parse(to)) return 'afterAction.period.order';
  return { from, to };
}

export function periodInputs(period: Period): { from: string; to: string } {
  return { from: toMacauInputValue(Date.parse(period.from)), to: toMacauInputValue(Date.parse(period.to)) };
}

/** `GET /api/after-action?from=&to=&lang=` (and `&format=` for the downloads). */
export function afterActionPath(period: Period, language: Language, format?: AfterActionFormat): string {
  const q = new URLSearchParams({ from: period.from, to: period.to, lang: language });
  if (format) q.set('format', format);
  return `/api/after-action?${q.toString()}`;
}

/** "after-action-2024-09-05_2024-09-08.csv", dated in Macau time like the rest of the report. */
export function downloadName(period: Period, format: AfterActionFormat): string {
  const day = (iso: string) => toMacauInputValue(Date.parse(iso)).slice(0, 10);
  return `after-action-${day(period.from)}_${day(period.to)}.${format}`;
}

/** A share of a total as a whole percentage, for "sent by channel" style rows. */
export function share(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 100) : 0;
}
