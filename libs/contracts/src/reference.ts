import type { LocalizedText } from './languages.js';

/** Kinds of area an alert can target: the four Hengqin communities, housing estates, whole districts. */
export const AREA_KINDS = ['community', 'estate', 'district'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

/** Kinds of place shown on maps and used by playbooks (bridge closures, shelters, school suspensions). */
export const PLACE_KINDS = ['port', 'bridge', 'school', 'shelter', 'hq', 'hospital', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export function isAreaKind(value: unknown): value is AreaKind {
  return typeof value === 'string' && (AREA_KINDS as readonly string[]).includes(value);
}

export function isPlaceKind(value: unknown): value is PlaceKind {
  return typeof value === 'string' && (PLACE_KINDS as readonly string[]).includes(value);
}

/** A GeoJSON position: longitude first, then latitude (RFC 7946). */
export type Position = [lon: number, lat: number];

export interface PolygonGeometry {
  type: 'Polygon';
  /** The exterior ring first (counter-clockwise), then any holes; every ring closed (first position repeated last). */
  coordinates: Position[][];
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}

export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

export interface LatLon {
  lat: number;
  lon: number;
}

export interface AreaProperties {
  id: string;
  kind: AreaKind;
  names: LocalizedText;
  centroid: LatLon;
}

export interface AreaFeature {
  type: 'Feature';
  id: string;
  geometry: AreaGeometry;
  properties: AreaProperties;
}

/** `GET /api/areas`: every area as a GeoJSON FeatureCollection, ready for a map layer. */
export interface AreaFeatureCollection {
  type: 'FeatureCollection';
  features: AreaFeature[];
}

export interface PlaceView {
  id: string;
  kind: PlaceKind;
  names: LocalizedText;
  lat: number;
  lon: number;
  /** The area the place lies in; null when it lies in none (a bridge over water, a campus under Macau's jurisdiction). */
  areaId: string | null;
  /** People a shelter holds; null for places that are not shelters. */
  capacity: number | null;
}

/** `GET /api/places?kind=`: places ordered by kind, then id. */
export interface PlaceList {
  places: PlaceView[];
}
