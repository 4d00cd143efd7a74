import { describe, expect, it } from 'vitest';
import { HAZARD_PHOTO_MAX_BYTES, HAZARD_PHOTO_MAX_EDGE } from '@app/contracts';
import { encodingSteps, fitWithin, fitsLimit } from './photo-sizing.js';

describe('photo sizing', () => {
  it('shrinks the longer edge to the limit and keeps the aspect ratio', () => {
    expect(fitWithin({ width: 4032, height: 3024 })).toEqual({ width: HAZARD_PHOTO_MAX_EDGE, height: 1200 });
    expect(fitWithin({ width: 3024, height: 4032 })).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin({ width: 4000, height: 1000 }, 1000)).toEqual({ width: 1000, height: 250 });
  });

  it('never enlarges a small picture and never goes below one pixel', () => {
    expect(fitWithin({ width: 640, height: 480 })).toEqual({ width: 640, height: 480 });
    expect(fitWithin({ width: 20000, height: 1 })).toEqual({ width: 1600, height: 1 });
  });

  it('tries falling qualities at full size first, then smaller sizes, never below the minimum edge', () => {
    const steps = encodingSteps(1600, 480);
    expect(steps.slice(0, 3)).toEqual([
      { maxEdge: 1600, quality: 0.85 },
      { maxEdge: 1600, quality: 0.72 },
      { maxEdge: 1600, quality: 0.6 },
    ]);
    expect(steps.map((s) => s.maxEdge).filter((e, i, all) => all.indexOf(e) === i)).toEqual([1600, 1200, 900, 675, 506]);
    expect(steps.every((s) => s.maxEdge >= 480)).toBe(true);
  });

  it('accepts a photo up to the byte limit, not an empty one', () => {
    expect(fitsLimit(HAZARD_PHOTO_MAX_BYTES)).toBe(true);
    expect(fitsLimit(HAZARD_PHOTO_MAX_BYTES + 1)).toBe(false);
    expect(fitsLimit(0)).toBe(false);
  });
});
