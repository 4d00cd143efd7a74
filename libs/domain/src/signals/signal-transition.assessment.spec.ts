import { describe, expect, it } from 'vitest';
import { assessTransition, type SignalTransition } from './signal-transition.assessment.js';

const macauTc = (previousLevel: string | null, nextLevel: string | null, action: SignalTransition['action'] = 'issue') =>
  assessTransition({ authority: 'smg', area: 'macau', hazard: 'tropical-cyclone', previousLevel, nextLevel, action });

const codes = (assessment: ReturnType<typeof assessTransition>) => assessment.reasons.map((reason) => reason.code);

describe('assessTransition', () => {
  it('lets ordinary changes through', () => {
    for (const [from, to] of [
      [null, '1'],
      ['1', '3'],
      ['3', '8SE'],
      ['8SE', '8NE'],
      ['8NE', '9'],
      ['9', '10'],
      ['10', '8SW'],
      ['3', '1'],
      [null, '8NE'],
    ] as const) {
      expect(macauTc(from, to, 'update')).toEqual({ needsConfirmation: false, reasons: [] });
    }
    expect(macauTc('3', null, 'cancel').needsConfirmation).toBe(false);
    expect(macauTc('3', null, null).needsConfirmation).toBe(false);
  });

  it('holds none → 9 and none → 10', () => {
    for (const level of ['9', '10']) {
      const assessment = macauTc(null, level);
      expect(assessment.needsConfirmation).toBe(true);
      expect(codes(assessment)).toEqual(['jump_from_none']);
      expect(assessment.reasons[0]!.message).toContain(level);
    }
  });

  it('holds a rise of more ranks than the hazard allows', () => {
    expect(codes(macauTc('1', '9'))).toEqual(['step_too_large']);
    expect(codes(macauTc('3', '10'))).toEqual(['step_too_large']);
    expect(codes(macauTc('1', '8SE'))).toEqual([]);
  });

  it('holds Red/Black (and Macau 8+) disappearing without a cancel', () => {
    const rainstorm = (previousLevel: string, action: SignalTransition['action']) =>
      assessTransition({ authority: 'smg', area: 'macau', hazard: 'rainstorm', previousLevel, nextLevel: null, action });
    expect(codes(rainstorm('black', null))).toEqual(['drop_without_cancel']);
    expect(codes(rainstorm('red', 'update'))).toEqual(['drop_without_cancel']);
    expect(codes(rainstorm('red', 'cancel'))).toEqual([]);
    expect(codes(rainstorm('yellow', null))).toEqual([]);
    expect(codes(macauTc('8SE', null, null))).toEqual(['drop_without_cancel']);
    const gdTyphoon = assessTransition({ authority: 'gd-zhuhai', area: 'hengqin', hazard: 'typhoon', previousLevel: 'red', nextLevel: null, action: null });
    expect(codes(gdTyphoon)).toEqual(['drop_without_cancel']);
  });

  it('holds a rainstorm or thunderstorm signal issued while Macau 8 or higher is up', () => {
    const current = [{ authority: 'smg', area: 'macau', hazard: 'tropical-cyclone', level: '8SE' }];
    const rainstorm = assessTransition({ authority: 'smg', area: 'macau', hazard: 'rainstorm', previousLevel: null, nextLevel: 'yellow', action: 'issue', current });
    expect(codes(rainstorm)).toEqual(['suppressed_hazard']);
    const thunder = assessTransition({ authority: 'smg', area: 'macau', hazard: 'thunderstorm', previousLevel: null, nextLevel: 'in-force', action: 'issue', current });
    expect(codes(thunder)).toEqual(['suppressed_hazard']);
    const underThree = assessTransition({
      authority: 'smg',
      area: 'macau',
      hazard: 'rainstorm',
      previousLevel: null,
      nextLevel: 'yellow',
      action: 'issue',
      current: [{ authority: 'smg', area: 'macau', hazard: 'tropical-cyclone', level: '3' }],
    });
    expect(underThree.needsConfirmation).toBe(false);
  });

  it('reads thresholds from the catalogue: a tsunami may go straight to black', () => {
    expect(assessTransition({ authority: 'smg', area: 'macau', hazard: 'tsunami', previousLevel: null, nextLevel: 'black', action: 'issue' }).needsConfirmation).toBe(false);
    expect(assessTransition({ authority: 'smg', area: 'macau', hazard: 'rainstorm', previousLevel: null, nextLevel: 'black', action: 'issue' }).needsConfirmation).toBe(true);
  });

  it('refuses hazards and levels the catalogue does not know', () => {
    expect(() => assessTransition({ authority: 'smg', area: 'macau', hazard: 'volcano', previousLevel: null, nextLevel: '1', action: 'issue' })).toThrow(/Unknown hazard/);
    expect(() => macauTc(null, '11')).toThrow(/Unknown level/);
  });
});
