import { describe, expect, it } from 'vitest';
import { resident } from './evacuation.test-data.js';
import {
  ANY_RESIDENT,
  EMPTY_RESIDENT,
  checkResident,
  draftOfResident,
  dueResidents,
  filterFromParams,
  filterToParams,
  matchesFilter,
  mergeResident,
  parseLocation,
  residentInput,
  residentPatch,
  residentQuery,
  type ResidentDraft,
} from './residents.model.js';

const complete: ResidentDraft = { ...EMPTY_RESIDENT, name: ' Chan Tai Man ', address: 'Rua A 1', areaId: 'lianhua', kinds: ['bedridden'] };

describe('register filters', () => {
  it('asks the api only for what is filtered', () => {
    expect(residentQuery(ANY_RESIDENT)).toBe('');
    expect(residentQuery({ area: 'hetang', outcome: 'none', due: true })).toBe('?area=hetang&outcome=none&due=true');
    expect(residentQuery({ area: '', outcome: 'needs-help', due: false })).toBe('?outcome=needs-help');
  });

  it('reads the filter from the address and ignores values the api would refuse', () => {
    expect(filterFromParams(new URLSearchParams('area=hetang&outcome=safe&due=1'))).toEqual({ area: 'hetang', outcome: 'safe', due: true });
    expect(filterFromParams(new URLSearchParams('area=Not%20An%20Id&outcome=fine&due=yes'))).toEqual(ANY_RESIDENT);
    const filter = { area: 'lianhua', outcome: 'not-reached', due: true } as const;
    expect(filterFromParams(new URLSearchParams(filterToParams(filter)))).toEqual(filter);
    expect(filterToParams(ANY_RESIDENT)).toEqual({});
  });

  it('matches residents as the api filters them', () => {
    const checked = resident({ lastOutcome: 'safe', lastCheckedAt: '2026-09-06T09:00:00Z' });
    expect(matchesFilter(checked, { ...ANY_RESIDENT, outcome: 'safe' })).toBe(true);
    expect(matchesFilter(checked, { ...ANY_RESIDENT, outcome: 'none' })).toBe(false);
    expect(matchesFilter(resident(), { ...ANY_RESIDENT, outcome: 'none' })).toBe(true);
    expect(matchesFilter(resident(), { ...ANY_RESIDENT, area: 'lianhua' })).toBe(false);
    expect(matchesFilter(resident(), { ...ANY_RESIDENT, due: true })).toBe(false);
    expect(matchesFilter(resident({ welfareCheckDueSince: '2026-09-06T08:00:00Z' }), { ...ANY_RESIDENT, due: true })).toBe(true);
  });

  it('puts a saved resident in its place, or drops it when it no longer matches', () => {
    const a = resident({ id: 'a', name: 'Au', areaId: 'hetang' });
    const b = resident({ id: 'b', name: 'Bo', areaId: 'lianhua' });
    expect(mergeResident([b], a, ANY_RESIDENT).map((r) => r.id)).toEqual(['a', 'b']);
    expect(mergeResident([a, b], { ...a, name: 'Au Changed' }, ANY_RESIDENT).map((r) => r.name)).toEqual(['Au Changed', 'Bo']);
    const hetangOnly = { ...ANY_RESIDENT, area: 'hetang' };
    expect(mergeResident([a], { ...a, areaId: 'xiaohengqin' }, hetangOnly)).toEqual([]);
  });
});

describe('due welfare checks', () => {
  it('lists only residents with a pending request, the longest waiting first', () => {
    const list = [
      resident({ id: 'late', name: 'Late', welfareCheckDueSince: '2026-09-06T10:00:00Z' }),
      resident({ id: 'none', welfareCheckDueSince: null }),
      resident({ id: 'early', name: 'Early', welfareCheckDueSince: '2026-09-06T08:00:00Z' }),
      resident({ id: 'old-contract' }),
    ];
    delete (list[3] as { welfareCheckDueSince?: string | null }).welfareCheckDueSince;
    expect(dueResidents(list).map((r) => r.id)).toEqual(['early', 'late']);
  });
});

describe('resident form', () => {
  it('names every missing field', () => {
    expect(checkResident(EMPTY_RESIDENT)).toEqual({
      name: 'evac.resident.problem.name',
      address: 'evac.resident.problem.address',
      areaId: 'evac.resident.problem.area',
      kinds: 'evac.resident.problem.kinds',
    });
    expect(checkResident(complete)).toEqual({});
  });

  it('checks phone, lengths and position the way the api does', () => {
    expect(checkResident({ ...complete, phone: 'call me' }).phone).toBe('evac.resident.problem.phone');
    expect(checkResident({ ...complete, phone: '+853 6123-4567' }).phone).toBeUndefined();
    expect(checkResident({ ...complete, name: 'x'.repeat(81) }).name).toBe('evac.resident.problem.nameLong');
    expect(checkResident({ ...complete, needs: 'x'.repeat(501) }).needs).toBe('evac.resident.problem.textLong');
    expect(checkResident({ ...complete, location: '22.1 north' }).location).toBe('evac.resident.problem.location');
    expect(checkResident({ ...complete, location: '95, 113' }).location).toBe('evac.resident.problem.location');
    expect(checkResident({ ...complete, name: '\u202E\u200F ' }).name).toBe('evac.resident.problem.name');
  });

  it('reads a typed position, latitude first', () => {
    expect(parseLocation('22.1356, 113.5421')).toEqual({ lat: 22.1356, lon: 113.5421 });
    expect(parseLocation(' 22.1356 113.5421 ')).toEqual({ lat: 22.1356, lon: 113.5421 });
    expect(parseLocation('')).toBeUndefined();
  });

  it('sends trimmed texts, nulls for empty optional fields and kinds in the catalogue order', () => {
    expect(residentInput({ ...complete, kinds: ['low-lying-home', 'elderly-alone'], caseworker: '  ' })).toEqual({
      name: 'Chan Tai Man',
      phone: null,
      address: 'Rua A 1',
      areaId: 'lianhua',
      location: null,
      kinds: ['elderly-alone', 'low-lying-home'],
      needs: null,
      caseworker: null,
    });
  });

  it('patches only what was changed, and clears optional fields with null', () => {
    const before = resident();
    expect(residentPatch(before, draftOfResident(before))).toEqual({});
    expect(residentPatch(before, { ...draftOfResident(before), kinds: ['low-lying-home', 'elderly-alone'] })).toEqual({});
    expect(residentPatch(before, { ...draftOfResident(before), phone: '', needs: 'Oxygen', location: '' })).toEqual({ phone: null, needs: 'Oxygen', location: null });
    expect(residentPatch(before, { ...draftOfResident(before), areaId: 'lianhua', kinds: ['bedridden'] })).toEqual({ areaId: 'lianhua', kinds: ['bedridden'] });
  });
});
