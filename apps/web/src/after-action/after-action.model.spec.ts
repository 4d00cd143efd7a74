import { describe, expect, it } from 'vitest';
import { afterActionPath, defaultPeriod, downloadName, periodFromInputs, periodFromSearch, periodInputs, share } from './after-action.model.js';

describe('after-action period', () => {
  it('defaults to the last three days', () => {
    const now = Date.parse('2026-09-08T00:00:00Z');
    expect(defaultPeriod(now)).toEqual({ from: '2026-09-05T00:00:00.000Z', to: '2026-09-08T00:00:00.000Z' });
  });

  it('reads Macau-time inputs and names a missing or reversed period', () => {
    expect(periodFromInputs('2026-09-05T08:00', '2026-09-06T20:30')).toEqual({ from: '2026-09-05T00:00:00.000Z', to: '2026-09-06T12:30:00.000Z' });
    expect(periodFromInputs('', '2026-09-06T20:30')).toBe('afterAction.period.missing');
    expect(periodFromInputs('2026-09-06T20:30', '2026-09-05T08:00')).toBe('afterAction.period.order');
    expect(periodInputs({ from: '2026-09-05T00:00:00.000Z', to: '2026-09-06T12:30:00.000Z' })).toEqual({ from: '2026-09-05T08:00', to: '2026-09-06T20:30' });
  });

  it('takes the period from the address only when both ends are times', () => {
    expect(periodFromSearch(new URLSearchParams('from=2026-09-05T00:00:00Z&to=2026-09-06T00:00:00Z'))).toEqual({
      from: '2026-09-05T00:00:00.000Z',
      to: '2026-09-06T00:00:00.000Z',
    });
    expect(periodFromSearch(new URLSearchParams('from=2026-09-05T00:00:00Z'))).toBeUndefined();
    expect(periodFromSearch(new URLSearchParams('from=yesterday&to=2026-09-06T00:00:00Z'))).toBeUndefined();
  });
});

describe('after-action requests and files', () => {
  const period = { from: '2026-09-05T00:00:00.000Z', to: '2026-09-07T15:59:00.000Z' };

  it('asks for the report in the reader’s language, and for a file format when downloading', () => {
    expect(afterActionPath(period, 'zh-Hant')).toBe('/api/after-action?from=2026-09-05T00%3A00%3A00.000Z&to=2026-09-07T15%3A59%3A00.000Z&lang=zh-Hant');
    expect(afterActionPath(period, 'pt', 'csv')).toMatch(/&lang=pt&format=csv$/);
  });

  it('names downloads by the Macau dates of the period', () => {
    expect(downloadName(period, 'csv')).toBe('after-action-2026-09-05_2026-09-07.csv');
    expect(downloadName({ from: '2026-09-04T16:00:00.000Z', to: '2026-09-07T16:00:00.000Z' }, 'json')).toBe('after-action-2026-09-05_2026-09-08.json');
  });

  it('computes shares as whole percentages', () => {
    expect(share(1, 3)).toBe(33);
    expect(share(5, 0)).toBe(0);
  });
});
