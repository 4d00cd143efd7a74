import { describe, expect, it } from 'vitest';
import type { AreaFeature } from '@app/contracts';
import { clampView, createProjection, initialView, MAX_ZOOM, panView, viewBoxOf, zoomView } from './map-projection.js';

const square = (id: string, lon: number, lat: number, size: number): AreaFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]] },
  properties: { id, kind: 'community', names: { 'zh-Hans': id, 'zh-Hant': id, pt: id, en: id }, centroid: { lat: lat + size / 2, lon: lon + size / 2 } },
});

describe('map projection', () => {
  const areas = [square('a', 113.5, 22.1, 0.02), square('b', 113.53, 22.13, 0.01)];
  const p = createProjection(areas, [], 640, 440, 16);

  it('fits the areas inside the box with north up and east right', () => {
    const corners = [p.project({ lat: 22.1, lon: 113.5 }), p.project({ lat: 22.14, lon: 113.54 })];
    for (const c of corners) {
      expect(c.x).toBeGreaterThanOrEqual(16 - 0.1);
      expect(c.x).toBeLessThanOrEqual(640 - 16 + 0.1);
      expect(c.y).toBeGreaterThanOrEqual(16 - 0.1);
      expect(c.y).toBeLessThanOrEqual(440 - 16 + 0.1);
    }
    // The north-east corner is right of and above the south-west one.
    expect(corners[1]!.x).toBeGreaterThan(corners[0]!.x);
    expect(corners[1]!.y).toBeLessThan(corners[0]!.y);
  });

  it('keeps the aspect ratio: a degree of latitude is longer on screen than a degree of longitude', () => {
    const o = p.project({ lat: 22.12, lon: 113.52 });
    const north = p.project({ lat: 22.13, lon: 113.52 });
    const east = p.project({ lat: 22.12, lon: 113.53 });
    const ratio = (east.x - o.x) / (o.y - north.y);
    expect(ratio).toBeCloseTo(Math.cos((22.12 * Math.PI) / 180), 1);
  });

  it('outlines each area with a closed path and puts its label at the centroid', () => {
    expect(p.outlines.map((o) => o.id)).toEqual(['a', 'b']);
    expect(p.outlines[0]!.d).toMatch(/^M[\d.]+ [\d.]+ (L[\d.]+ [\d.]+ ){4}Z$/);
    expect(p.outlines[1]!.label).toEqual(p.project({ lat: 22.135, lon: 113.535 }));
  });

  it('falls back to the Hengqin frame without areas, and to the points when only points are known', () => {
    const empty = createProjection([], [], 640, 440);
    expect(empty.outlines).toEqual([]);
    const mid = empty.project({ lat: 22.12, lon: 113.53 });
    expect(mid.x).toBeCloseTo(320, -1);
    expect(mid.y).toBeCloseTo(220, -1);
    const points = createProjection([], [{ lat: 22.1, lon: 113.5 }, { lat: 22.2, lon: 113.6 }, { lat: NaN, lon: 1 }], 640, 440);
    expect(points.project({ lat: 22.1, lon: 113.5 }).y).toBeGreaterThan(points.project({ lat: 22.2, lon: 113.6 }).y);
  });
});

describe('map view', () => {
  const W = 640;
  const H = 440;

  it('starts with everything in view', () => {
    expect(viewBoxOf(initialView(W, H), W, H)).toBe('0 0 640 440');
  });

  it('zooms around the centre or a point, within limits', () => {
    const v = zoomView(initialView(W, H), 2, W, H);
    expect(viewBoxOf(v, W, H)).toBe('160 110 320 220');
    const deep = [1, 2, 3, 4, 5].reduce((view) => zoomView(view, 2, W, H), v);
    expect(deep.zoom).toBe(MAX_ZOOM);
    expect(zoomView(initialView(W, H), 0.5, W, H).zoom).toBe(1);
    // Zooming at a corner point keeps the window inside the map.
    expect(viewBoxOf(zoomView(initialView(W, H), 2, W, H, { x: 0, y: 0 }), W, H)).toBe('0 0 320 220');
  });

  it('pans by a share of the visible window and stops at the edge', () => {
    const v = zoomView(initialView(W, H), 2, W, H);
    const east = panView(v, 0.25, 0, W, H);
    expect(east.cx).toBe(320 + 80);
    const far = panView(east, 5, 5, W, H);
    expect(viewBoxOf(far, W, H)).toBe('320 220 320 220');
    // At zoom 1 there is nowhere to pan.
    expect(panView(initialView(W, H), 0.3, -0.3, W, H)).toEqual(initialView(W, H));
  });

  it('clamps a view that came from elsewhere', () => {
    expect(clampView({ zoom: 50, cx: -100, cy: 9999 }, W, H)).toEqual({ zoom: MAX_ZOOM, cx: 40, cy: 440 - 27.5 });
  });
});
