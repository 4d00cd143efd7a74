/**
 * Reads SMG's local times (`YYYY-MM-DD HH:mm`, UTC+8 implied; seconds, `/` separators, a `T` or an explicit offset
 * also accepted) as an ISO instant. Returns null for anything that is not a real date and time.
 */
export function parseSmgTime(raw: string, utcOffset = '+08:00'): string | null {
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(raw.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '0', zone] = match;
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  const local = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (
    local.getUTCFullYear() !== y ||
    local.getUTCMonth() !== mo - 1 ||
    local.getUTCDate() !== d ||
    local.getUTCHours() !== h ||
    local.getUTCMinutes() !== mi ||
    local.getUTCSeconds() !== s
  ) {
    return null;
  }
  const offsetMinutes = offsetToMinutes(zone ?? utcOffset);
  if (offsetMinutes === null) return null;
  return new Date(local.getTime() - offsetMinutes * 60_000).toISOString();
}

function offsetToMinutes(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  if (Number(match[2]) > 14 || Number(match[3]) > 59) return null;
  return match[1] === '-' ? -minutes : minutes;
}
