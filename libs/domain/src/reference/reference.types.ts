import type { AreaKind, LatLon, LocalizedText, PlaceKind, PolygonGeometry } from '@app/contracts';

/** An area as an operator maintains it: the outline is data, the centroid is computed from it. */
export interface AreaDefinition {
  /** Stable id used by alerts, targeting and maps; never change it once alerts refer to it. */
  id: string;
  kind: AreaKind;
  names: LocalizedText;
  outline: PolygonGeometry;
  /** True while the outline is a sketch rather than a surveyed boundary. */
  approximate: boolean;
  /** What to check before relying on it. */
  note?: string;
}

export interface ReferenceArea extends AreaDefinition {
  centroid: LatLon;
}

export interface PlaceDefinition {
  id: string;
  kind: PlaceKind;
  names: LocalizedText;
  lat: number;
  lon: number;
  /** The area the place lies in, or null (over water, or under Macau's jurisdiction). */
  areaId: string | null;
  /** People a shelter holds; null for any place that is not a shelter. */
  capacity: number | null;
  /** True while the coordinates (and capacity) are estimates, not surveyed or officially confirmed. */
  approximate: boolean;
  note?: string;
}

/** A longitude/latitude box that every reference coordinate must fall in. */
export interface BoundingBox {
  minLon: number;
  maxLon: number;
  minLat: number;
  maxLat: number;
}
