import type { Language } from '@app/contracts';

/**
 * Signals are issued on Macau and Zhuhai time (UTC+8, no daylight saving). Every time on the signal pages is shown
 * in that zone whatever the device's own zone is, and says so, so an HQ wall, a liaison phone and a resident abroad
 * all read the same clock.
 */
export const MACAU_TIME_ZONE = 'Asia/Macau';
const MACAU_OFFSET = '+08:00';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: Language, withDate: boolean): Intl.DateTimeFormat {
  const key = `${language}|${withDate}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(language, {
      timeZone: MACAU_TIME_ZONE,
      hourCycle: 'h23',
      hour: '2-digit',
      minute: '2-digit',
      ...(withDate ? { day: 'numeric', month: 'short' } : {}),
    });
    formats.set(key, found);
  }
  return found;
}

/** Date and time of day in Macau, e.g. "5 Sep, 22:00"; undefined for a missing or unreadable time. */
export function formatMacauDateTime(iso: string | null | undefined, language: Language): string | undefined {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? undefined : format(language, true).format(ms);
}

/** Time of day in Macau, e.g. "22:00". */
export function formatMacauTime(iso: string | null | undefined, language: Language): string | undefined {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? undefined : format(language, false).format(ms);
}

/**
 * The value for an `<input type="datetime-local">` showing the instant in Macau time ("2024-09-05T22:00").
 * The input has no zone of its own; the form labels it as Macau time.
 */
export function toMacauInputValue(epochMs: number): string {
  const shifted = new Date(epochMs + 8 * 3_600_000);
  return shifted.toISOString().slice(0, 16);
}

/** Reads a datetime-local value as Macau time and returns an ISO 8601 instant; undefined when it is not a time. */
export function fromMacauInputValue(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return undefined;
  const ms = Date.parse(`${value.length === 16 ? `${value}:00` : value}${MACAU_OFFSET}`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
