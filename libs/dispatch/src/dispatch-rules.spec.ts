import { audienceForStatus, insideCircle, insidePolygon, targetAreaIds } from './alert-target-areas.js';
import { deliveryRowFor } from './delivery-outcome.mapper.js';

const AREAS = [
  { id: 'north', lat: 22.2, lon: 113.55 },
  { id: 'south', lat: 22.1, lon: 113.55 },
  { id: 'east', lat: 22.15, lon: 113.6 },
];

describe('alert targeting', () => {
  it('maps CAP status to who may receive it', () => {
    expect(audienceForStatus('Actual')).toBe('everyone');
    expect(audienceForStatus('Exercise')).toBe('drills');
    expect(audienceForStatus('Test')).toBe('test-devices');
    expect(audienceForStatus('Draft')).toBe('nobody');
  });

  it('adds areas whose centroid a drawn polygon or circle covers', () => {
    const square: [number, number][] = [[22.18, 113.5], [22.18, 113.58], [22.22, 113.58], [22.22, 113.5], [22.18, 113.5]];
    expect(insidePolygon(AREAS[0]!, square)).toBe(true);
    expect(insidePolygon(AREAS[1]!, square)).toBe(false);
    expect(targetAreaIds({ areaIds: ['south'], polygons: [square], circles: [] }, AREAS)).toEqual(['north', 'south']);
    const circle = { center: { lat: 22.151, lon: 113.601 }, radiusKm: 0.5 };
    expect(insideCircle(AREAS[2]!, circle)).toBe(true);
    expect(targetAreaIds({ areaIds: [], polygons: [], circles: [circle] }, AREAS)).toEqual(['east']);
    expect(targetAreaIds({ areaIds: [], polygons: [], circles: [{ ...circle, radiusKm: 0.01 }] }, AREAS)).toEqual([]);
  });
});

describe('delivery outcomes', () => {
  const policy = { maxAttempts: 3, retryBaseMs: 1_000 };

  it('maps final outcomes to final states', () => {
    expect(deliveryRowFor('1', 1, { kind: 'sent', status: 201, reason: '201 Created' }, policy)).toMatchObject({ state: 'sent', error: null, retryInMs: null });
    expect(deliveryRowFor('1', 1, { kind: 'gone', status: 410, reason: '410 Gone' }, policy)).toMatchObject({ state: 'removed', status: 410 });
    expect(deliveryRowFor('1', 1, { kind: 'rejected', status: 413, reason: 'too large' }, policy)).toMatchObject({ state: 'failed' });
    expect(deliveryRowFor('1', 1, { kind: 'expired', status: null, reason: 'expired' }, policy)).toMatchObject({ state: 'expired' });
  });

  it('retries with Retry-After or backoff until the attempts run out', () => {
    expect(deliveryRowFor('1', 1, { kind: 'throttled', status: 429, reason: '429', retryAfterMs: 7_000 }, policy)).toMatchObject({ state: 'pending', retryInMs: 7_000, attempted: true });
    expect(deliveryRowFor('1', 2, { kind: 'retry', status: 503, reason: '503' }, policy)).toMatchObject({ state: 'pending', retryInMs: 2_000 });
    expect(deliveryRowFor('1', 3, { kind: 'retry', status: 503, reason: '503' }, policy)).toMatchObject({ state: 'failed', retryInMs: null });
  });

  it('does not count a send the paused host never received', () => {
    expect(deliveryRowFor('1', 3, { kind: 'throttled', status: null, reason: 'paused', retryAfterMs: 500 }, policy)).toMatchObject({ state: 'pending', retryInMs: 500, attempted: false });
  });

  it('ends messages stopped before sending as cancelled or expired, and hands deferred ones back, without an attempt', () => {
    expect(deliveryRowFor('1', 1, { kind: 'cancelled', status: null, reason: 'alert cancelled' }, policy)).toMatchObject({ state: 'cancelled', retryInMs: null, attempted: false });
    expect(deliveryRowFor('1', 1, { kind: 'expired', status: null, reason: 'alert expired' }, policy)).toMatchObject({ state: 'expired', retryInMs: null, attempted: false });
    expect(deliveryRowFor('1', 3, { kind: 'deferred', status: null, reason: 'lease ending', retryAfterMs: 0 }, policy)).toMatchObject({ state: 'pending', retryInMs: 0, attempted: false });
  });
});
