import { HAZARD_OPEN_STATES, type HazardReport, type LatLon, type Language, type PlaceView, type Shelter, type Team } from '@app/contracts';
import type { MapMarker, MarkerKind } from './map-clustering.js';
import type { MapPoint } from './map-projection.js';

export interface MarkerSources {
  teams: readonly Team[];
  hazards: readonly HazardReport[];
  shelters: readonly Shelter[];
  places: readonly PlaceView[];
}

/** Which layers are drawn. */
export type LayerSet = Record<MarkerKind, boolean>;
export const ALL_LAYERS: LayerSet = { team: true, crew: true, hazard: true, shelter: true };

/**
 * Everything the map draws: teams and crews at their last check-in (or at their base until they first check in),
 * open hazards, and open shelters. Things with no known position are left off the map (the lists still show them).
 */
export function buildMarkers(src: MarkerSources, project: (p: LatLon) => MapPoint, language: Language, layers: LayerSet = ALL_LAYERS): MapMarker[] {
  const places = new Map(src.places.map((p) => [p.id, p]));
  const markers: MapMarker[] = [];
  for (const team of src.teams) {
    const kind: MarkerKind = team.kind === 'rescue' ? 'crew' : 'team';
    if (!layers[kind]) continue;
    const base = team.basePlaceId ? places.get(team.basePlaceId) : undefined;
    const where: LatLon | undefined = team.lastPosition ?? (base ? { lat: base.lat, lon: base.lon } : undefined);
    if (!where) continue;
    markers.push({ key: `${kind}:${team.id}`, kind, id: team.id, ...project(where), label: team.name, silent: team.silent });
  }
  if (layers.hazard) {
    for (const report of src.hazards) {
      if (!HAZARD_OPEN_STATES.includes(report.state)) continue;
      markers.push({ key: `hazard:${report.id}`, kind: 'hazard', id: report.id, ...project(report.location), label: report.description, severity: report.severity });
    }
  }
  if (layers.shelter) {
    for (const shelter of src.shelters) {
      if (!shelter.open) continue;
      const fill = shelter.capacity > 0 ? shelter.occupancy / shelter.capacity : 0;
      markers.push({ key: `shelter:${shelter.id}`, kind: 'shelter', id: shelter.id, ...project(shelter.location), label: shelter.names[language] ?? shelter.id, fill });
    }
  }
  return markers;
}
