import { describe, expect, it } from 'vitest';
import { isOneAtATime, suppressingSignal } from './signal-rules.policy.js';

const key = { authority: 'smg', area: 'macau', hazard: 'rainstorm' };

describe('signal rules', () => {
  it('names the Macau signal 8+ under which rainstorm and thunderstorm are not issued separately', () => {
    for (const level of ['8NE', '8SE', '8SW', '8NW', '9', '10']) {
      const current = [{ authority: 'smg', area: 'macau', hazard: 'tropical-cyclone', level }];
      expect(suppressingSignal(key, current)).toEqual({ hazard: 'tropical-cyclone', level });
      expect(suppressingSignal({ ...key, hazard: 'thunderstorm' }, current)).toEqual({ hazard: 'tropical-cyclone', level });
    }
  });

  it('does not apply below 8, to other hazards or across authorities', () => {
    expect(suppressingSignal(key, [{ authority: 'smg', area: 'macau', hazard: 'tropical-cyclone', level: '3' }])).toBeNull();
    expect(suppressingSignal(key, [{ authority: 'smg', area: 'macau', hazard: 'tropical-cyclone', level: null }])).toBeNull();
    const eight = [{ authority: 'smg', area: 'macau', hazard: 'tropical-cyclone', level: '8SE' }];
    expect(suppressingSignal({ ...key, hazard: 'storm-surge' }, eight)).toBeNull();
    expect(suppressingSignal({ authority: 'gd-zhuhai', area: 'zhuhai', hazard: 'rainstorm' }, eight)).toBeNull();
  });

  it('allows one Macau tropical cyclone signal at a time', () => {
    expect(isOneAtATime('smg', 'tropical-cyclone')).toBe(true);
    expect(isOneAtATime('smg', 'storm-surge')).toBe(false);
  });
});
