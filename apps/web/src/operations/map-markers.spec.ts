import { describe, expect, it } from 'vitest';
import type { PlaceView } from '@app/contracts';
import { buildMarkers } from './map-markers.js';
import { report, shelter, T0, team } from './ops.test-data.js';

const project = ({ lat, lon }: { lat: number; lon: number }) => ({ x: lon, y: lat });
const base: PlaceView = { id: 'hq', kind: 'hq', names: { 'zh-Hans': '指挥部', 'zh-Hant': '指揮部', pt: 'Sede', en: 'HQ' }, lat: 22.11, lon: 113.51, areaId: null, capacity: null };

describe('map markers', () => {
  it('places units at their last check-in, or at their base until the first one', () => {
    const markers = buildMarkers(
      {
        teams: [
          team('ins-1', { lastPosition: { lat: 22.13, lon: 113.55, at: T0, byName: 'Chan' }, silent: true }),
          team('crew-1', { kind: 'rescue', basePlaceId: 'hq' }),
          team('nowhere'),
        ],
        hazards: [],
        shelters: [],
        places: [base],
      },
      project,
      'en',
    );
    expect(markers).toEqual([
      { key: 'team:ins-1', kind: 'team', id: 'ins-1', x: 113.55, y: 22.13, label: 'INS-1', silent: true },
      { key: 'crew:crew-1', kind: 'crew', id: 'crew-1', x: 113.51, y: 22.11, label: 'CREW-1', silent: false },
    ]);
  });

  it('shows open hazards with their severity and open shelters with their fill, in the reader’s language', () => {
    const markers = buildMarkers(
      { teams: [], hazards: [report('r1', { severity: 'high' }), report('r2', { state: 'rectified' })], shelters: [shelter('s1'), shelter('s2', { open: false })], places: [] },
      project,
      'pt',
    );
    expect(markers.map((m) => [m.key, m.severity ?? m.fill, m.kind === 'shelter' ? m.label : undefined])).toEqual([
      ['hazard:r1', 'high', undefined],
      ['shelter:s1', 0.25, 'Abrigo s1'],
    ]);
  });

  it('leaves out layers that are switched off', () => {
    const src = { teams: [team('a', { basePlaceId: 'hq' })], hazards: [report('r1')], shelters: [shelter('s1')], places: [base] };
    expect(buildMarkers(src, project, 'en', { team: false, crew: true, hazard: true, shelter: false }).map((m) => m.kind)).toEqual(['hazard']);
  });
});
