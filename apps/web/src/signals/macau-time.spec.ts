import { describe, expect, it } from 'vitest';
import { formatMacauDateTime, formatMacauTime, fromMacauInputValue, toMacauInputValue } from './macau-time.js';

describe('Macau time', () => {
  it('shows times on the Macau clock whatever the machine zone (tests run in UTC)', () => {
    expect(formatMacauTime('2024-09-05T14:00:00Z', 'en')).toBe('22:00');
    expect(formatMacauDateTime('2024-09-05T16:30:00Z', 'en')).toMatch(/6 Sept?|Sep 6/);
    expect(formatMacauDateTime('2024-09-05T16:30:00Z', 'en')).toContain('00:30');
  });

  it('returns nothing for missing or unreadable times', () => {
    expect(formatMacauDateTime(null, 'en')).toBeUndefined();
    expect(formatMacauTime('yesterday', 'pt')).toBeUndefined();
  });

  it('reads a datetime-local value as Macau time and writes one back', () => {
    expect(fromMacauInputValue('2024-09-05T22:00')).toBe('2024-09-05T14:00:00.000Z');
    expect(toMacauInputValue(Date.parse('2024-09-05T14:00:00Z'))).toBe('2024-09-05T22:00');
    expect(fromMacauInputValue('')).toBeUndefined();
    expect(fromMacauInputValue('2024-13-45T99:00')).toBeUndefined();
  });
});
