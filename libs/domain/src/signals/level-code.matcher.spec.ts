import { describe, expect, it } from 'vitest';
import { matchLevelCode, normaliseCodeToken } from './level-code.matcher.js';
import { findHazard } from './signal-catalogue.lookup.js';

const hazard = (authority: string, id: string) => findHazard(authority, id)!;

describe('matchLevelCode', () => {
  it('normalises spacing, punctuation, case and full-width characters', () => {
    expect(normaliseCodeToken(' 8-s.e. ')).toBe('8SE');
    expect(normaliseCodeToken('ＴＣ８ＳＥ')).toBe('TC8SE');
  });

  it('matches every level by its own code in any case', () => {
    for (const [authority, id] of [
      ['smg', 'tropical-cyclone'],
      ['smg', 'storm-surge'],
      ['gd-zhuhai', 'typhoon'],
    ] as const) {
      for (const level of hazard(authority, id).levels) {
        expect(matchLevelCode(hazard(authority, id), level.code.toLowerCase())).toEqual({ kind: 'level', code: level.code });
      }
    }
  });

  it('reads colour names in English, Portuguese and Chinese', () => {
    const typhoon = hazard('gd-zhuhai', 'typhoon');
    expect(matchLevelCode(typhoon, 'Orange')).toEqual({ kind: 'level', code: 'orange' });
    expect(matchLevelCode(typhoon, 'laranja')).toEqual({ kind: 'level', code: 'orange' });
    expect(matchLevelCode(typhoon, '白色')).toEqual({ kind: 'level', code: 'white' });
    expect(matchLevelCode(typhoon, 'TYPHOON-RED')).toEqual({ kind: 'level', code: 'red' });
    expect(matchLevelCode(typhoon, 'B')).toEqual({ kind: 'level', code: 'blue' });
  });

  it('reports none, unknown and ambiguous codes', () => {
    const surge = hazard('smg', 'storm-surge');
    expect(matchLevelCode(surge, 'NIL')).toEqual({ kind: 'none' });
    expect(matchLevelCode(hazard('smg', 'tropical-cyclone'), 'TC NIL')).toEqual({ kind: 'none' });
    expect(matchLevelCode(surge, 'SS-NIL')).toEqual({ kind: 'none' });
    expect(matchLevelCode(surge, 'B')).toEqual({ kind: 'ambiguous', token: 'B', candidates: ['blue', 'black'] });
    expect(matchLevelCode(surge, 'white')).toEqual({ kind: 'unknown', token: 'WHITE' });
  });

  it('maps any in-force code of a single-level warning to its one level', () => {
    expect(matchLevelCode(hazard('smg', 'thunderstorm'), 'TS')).toEqual({ kind: 'level', code: 'in-force' });
    expect(matchLevelCode(hazard('smg', 'thunderstorm'), 'NIL')).toEqual({ kind: 'none' });
  });
});
