import { describe, expect, it } from 'vitest';
import { CLUSTER_CELL, clusterMarkers, type MapMarker } from './map-clustering.js';
import { MAX_ZOOM } from './map-projection.js';

const m = (key: string, x: number, y: number, over: Partial<MapMarker> = {}): MapMarker => ({ key, kind: 'team', id: key, x, y, label: key, ...over });

describe('grid clustering', () => {
  const markers = [m('a', 10, 10), m('b', 12, 13), m('c', 200, 200), m('d', 20, 25)];

  it('merges markers of one cell at zoom 1 and leaves distant ones alone', () => {
    const clusters = clusterMarkers(markers, 1);
    expect(clusters.map((c) => c.markers.map((x) => x.key))).toEqual([['a', 'b', 'd'], ['c']]);
    expect(clusters[0]!.x).toBeCloseTo(14);
    expect(clusters[0]!.y).toBeCloseTo(16);
    // A cluster of one keeps its marker's key, so React keeps the same element as the zoom changes.
    expect(clusters[1]!.key).toBe('c');
  });

  it('splits clusters as the zoom grows', () => {
    // At zoom 4 a cell is 7 units wide: a (10,10) and b (12,13) share cell (1,1); d (20,25) does not.
    const clusters = clusterMarkers(markers, 4);
    expect(clusters.map((c) => c.markers.length)).toEqual([2, 1, 1]);
    expect(CLUSTER_CELL / 4).toBe(7);
  });

  it('never merges at the deepest zoom, even markers on the same spot', () => {
    const same = [m('a', 50, 50), m('b', 50, 50)];
    expect(clusterMarkers(same, MAX_ZOOM - 1)).toHaveLength(1);
    expect(clusterMarkers(same, MAX_ZOOM)).toHaveLength(2);
  });

  it('counts kinds and shows the worst thing in the cluster', () => {
    const mixed = [
      m('h1', 1, 1, { kind: 'hazard', severity: 'medium' }),
      m('h2', 2, 2, { kind: 'hazard', severity: 'critical' }),
      m('s1', 3, 3, { kind: 'shelter', fill: 0.5 }),
    ];
    const [cluster] = clusterMarkers(mixed, 1);
    expect(cluster!.counts).toEqual({ team: 0, crew: 0, hazard: 2, shelter: 1 });
    expect(cluster!.worst).toBe('critical');
    const [withSilent] = clusterMarkers([...mixed, m('t1', 4, 4, { silent: true })], 1);
    expect(withSilent!.worst).toBe('silent');
  });

  it('skips markers without a usable position and returns nothing for nothing', () => {
    expect(clusterMarkers([m('x', NaN, 1)], 1)).toEqual([]);
    expect(clusterMarkers([], 3)).toEqual([]);
  });

  it('is deterministic: the same input gives the same clusters', () => {
    expect(clusterMarkers(markers, 2)).toEqual(clusterMarkers(markers, 2));
  });
});
