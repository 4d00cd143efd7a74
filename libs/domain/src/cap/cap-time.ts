import { CAP_DATE_TIME_PATTERN } from './cap-schema.data.js';

/**
 * Reads a CAP time (`2024-09-05T18:00:00+08:00`) as an ISO instant (`2024-09-05T10:00:00.000Z`). Null when it does
 * not match the schema's pattern (a `Z`, fractions or missing offset) or is not a real date, time and offset.
 * Surrounding whitespace is allowed, as for any xs:dateTime.
 */
export function capTimeToIso(raw: string): string | null {
  const value = raw.trim();
  if (!CAP_DATE_TIME_PATTERN.test(value)) return null;
  const [y, mo, d, h, mi, s, oh, om] = [0, 5, 8, 11, 14, 17, 20, 23].map((at, index) =>
    Number(value.slice(at, index === 0 ? 4 : at + 2)),
  ) as [number, number, number, number, number, number, number, number];
  const sign = value[19];
  // The schema's "[-,+]" lets a comma through its pattern, but xs:dateTime itself never allows one.
  if (sign !== '+' && sign !== '-') return null;
  if (oh > 14 || om > 59 || (oh === 14 && om > 0)) return null;
  const local = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const valid =
    h < 24 &&
    local.getUTCFullYear() === y &&
    local.getUTCMonth() === mo - 1 &&
    local.getUTCDate() === d &&
    local.getUTCMinutes() === mi &&
    local.getUTCSeconds() === s;
  if (!valid) return null;
  const offsetMinutes = (oh * 60 + om) * (sign === '-' ? -1 : 1);
  return new Date(local.getTime() - offsetMinutes * 60_000).toISOString();
}
