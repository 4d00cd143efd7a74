import type { CapProblemLog } from './cap-structure.check.js';
import { capTimeToIso } from './cap-time.js';

/** The value if it is one of the schema's enumeration values, else null with a problem logged. */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[], path: string, log: CapProblemLog): T | null {
  if (value === null) return null;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  log.add('cap_bad_value', path, `"${value}" is not one of ${allowed.join(', ')}`);
  return null;
}

/** The time as written if it is a valid CAP time, else null with a problem logged. */
export function checkCapTime(value: string | null, path: string, log: CapProblemLog): string | null {
  if (value === null) return null;
  if (capTimeToIso(value) === null) {
    log.add('cap_bad_time', path, `"${value}" is not a CAP time (YYYY-MM-DDThh:mm:ss±hh:mm, no Z, no fractions)`);
    return null;
  }
  return value;
}
