/** Hengqin and Macau are both UTC+8 with no daylight saving, so every time we write carries +08:00. */
const OFFSET_MS = 8 * 3_600_000;

/** An ISO instant as CAP writes it: `YYYY-MM-DDThh:mm:ss+08:00`, no `Z`, no fractions. */
export function formatCapTime(iso: string | Date): string {
  const ms = typeof iso === 'string' ? Date.parse(iso) : iso.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not a date and time: ${String(iso)}`);
  return `${new Date(ms + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** Local time for text: `YYYY-MM-DD hh:mm`. */
export function formatLocalTime(iso: string): string {
  return formatCapTime(iso).slice(0, 16).replace('T', ' ');
}
