import { DomainError } from '../domain-error.js';

/** One typhoon lasts days, not months; a longer period is almost always a typo and would scan needlessly. */
export const AFTER_ACTION_MAX_DAYS = 92;

export interface AfterActionPeriod {
  from: Date;
  to: Date;
}

/** Parses and checks the `from`/`to` of an after-action request: ISO dates, from before to, at most 92 days. */
export function afterActionPeriod(from: string, to: string): AfterActionPeriod {
  const start = parseInstant('from', from);
  const end = parseInstant('to', to);
  if (start.getTime() >= end.getTime()) {
    throw new DomainError('invalid', 'after_action_period_order', '`from` must be before `to`');
  }
  if (end.getTime() - start.getTime() > AFTER_ACTION_MAX_DAYS * 86_400_000) {
    throw new DomainError('invalid', 'after_action_period_too_long', `the period may be at most ${AFTER_ACTION_MAX_DAYS} days`);
  }
  return { from: start, to: end };
}

function parseInstant(name: string, value: string): Date {
  // A date alone means its start in UTC; a date-time must say its offset, so 08:00 is never ambiguous.
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)) {
    throw new DomainError('invalid', 'after_action_bad_date', `\`${name}\` must be an ISO 8601 date or date-time with offset, e.g. 2024-09-05 or 2024-09-05T08:00+08:00`);
  }
  const date = new Date(value);
  // Date rolls 2024-02-30 over to March; a calendar date must read back the same.
  if (Number.isNaN(date.getTime()) || !sameCalendarDate(value, date)) throw new DomainError('invalid', 'after_action_bad_date', `\`${name}\` is not a real date`);
  return date;
}

function sameCalendarDate(text: string, date: Date): boolean {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number);
  // Checked in UTC against a date built from the same numbers, so the offset of a date-time does not matter.
  const check = new Date(Date.UTC(year!, month! - 1, day!));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month! - 1 && check.getUTCDate() === day;
}
