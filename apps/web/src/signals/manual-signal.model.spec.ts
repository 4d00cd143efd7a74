import { describe, expect, it } from 'vitest';
import { manualSignalRequestFrom, normaliseCode, type ManualSignalDraft } from './manual-signal.model.js';

const now = Date.parse('2024-09-05T14:00:00Z');
const draft: ManualSignalDraft = {
  authority: 'smg',
  area: 'macau',
  hazard: 'tropical-cyclone',
  action: 'issue',
  level: '8se',
  issuedAt: '2024-09-05T13:55:00.000Z',
  reason: ' SMG feed down; read from TDM ',
};

describe('manual signal entry', () => {
  it('builds the request with a catalogue spelling and a trimmed reason', () => {
    expect(manualSignalRequestFrom(draft, ['3', '8SE'], now)).toEqual({
      request: { ...draft, level: '8SE', reason: 'SMG feed down; read from TDM' },
    });
  });

  it('sends no level with a cancel', () => {
    const result = manualSignalRequestFrom({ ...draft, action: 'cancel', level: '' }, [], now);
    expect(result).toMatchObject({ request: { action: 'cancel', level: null } });
  });

  it('says what is missing', () => {
    expect(manualSignalRequestFrom({ ...draft, hazard: '' }, [], now)).toEqual({ problem: 'trackMissing' });
    expect(manualSignalRequestFrom({ ...draft, level: ' ' }, [], now)).toEqual({ problem: 'levelMissing' });
    expect(manualSignalRequestFrom({ ...draft, issuedAt: undefined }, [], now)).toEqual({ problem: 'issuedAtMissing' });
    expect(manualSignalRequestFrom({ ...draft, issuedAt: '2024-09-05T14:30:00Z' }, [], now)).toEqual({ problem: 'issuedAtFuture' });
    expect(manualSignalRequestFrom({ ...draft, reason: '  ' }, [], now)).toEqual({ problem: 'reasonMissing' });
  });

  it('spells unknown codes the way the catalogue does', () => {
    expect(normaliseCode('Orange', [])).toBe('orange');
    expect(normaliseCode('8nw', [])).toBe('8NW');
    expect(normaliseCode('IN-FORCE', ['in-force'])).toBe('in-force');
  });
});
