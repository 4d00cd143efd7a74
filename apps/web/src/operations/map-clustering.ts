import type { HazardSeverity } from '@app/contracts';
import { MAX_ZOOM } from './map-projection.js';

export const MARKER_KINDS = ['team', 'crew', 'hazard', 'shelter'] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

/** One thing on the map, already projected into map coordinates. */
export interface MapMarker {
  /** Unique across kinds, e.g. `team:<id>`. */
  key: string;
  kind: MarkerKind;
  /** The team, report or shelter id. */
  id: string;
  x: number;
  y: number;
  label: string;
  /** A team or crew that has not checked in for too long. */
  silent?: boolean;
  severity?: HazardSeverity;
  /** Shelters: occupancy / capacity, 0..1 (or more when over capacity). */
  fill?: number;
}

export interface MarkerCluster {
  key: string;
  x: number;
  y: number;
  markers: MapMarker[];
  counts: Record<MarkerKind, number>;
  /** What the cluster's ring shows: a silent unit first, then the worst open hazard. */
  worst: 'silent' | HazardSeverity | null;
}

/** Markers closer than this many screen units (in the unzoomed map) fall into one cluster. */
export const CLUSTER_CELL = 28;

const SEVERITY_RANK: Record<HazardSeverity, number> = { low: 1, medium: 2, high: 3, critical: 4 };

/**
 * Grid clustering: the map is cut into square cells whose size shrinks as the zoom grows, and the markers of one cell
 * become one cluster at their mean position. At the deepest zoom nothing is merged, so every marker can be picked.
 * Deterministic: clusters come out in the order of their first marker.
 */
export function clusterMarkers(markers: readonly MapMarker[], zoom: number, cell = CLUSTER_CELL): MarkerCluster[] {
  const size = cell / Math.max(zoom, 1);
  const cells = new Map<string, MapMarker[]>();
  for (const marker of markers) {
    if (!Number.isFinite(marker.x) || !Number.isFinite(marker.y)) continue;
    const key = zoom >= MAX_ZOOM ? marker.key : `${Math.floor(marker.x / size)}:${Math.floor(marker.y / size)}`;
    const list = cells.get(key);
    if (list) list.push(marker);
    else cells.set(key, [marker]);
  }
  return [...cells.entries()].map(([key, members]) => summarise(members.length === 1 ? members[0]!.key : `cell:${key}`, members));
}

function summarise(key: string, markers: MapMarker[]): MarkerCluster {
  const counts: Record<MarkerKind, number> = { team: 0, crew: 0, hazard: 0, shelter: 0 };
  let worst: MarkerCluster['worst'] = null;
  for (const m of markers) {
    counts[m.kind]++;
    if (m.silent) worst = 'silent';
    else if (m.severity && worst !== 'silent' && (worst === null || SEVERITY_RANK[m.severity] > SEVERITY_RANK[worst])) worst = m.severity;
  }
  const x = markers.reduce((s, m) => s + m.x, 0) / markers.length;
  const y = markers.reduce((s, m) => s + m.y, 0) / markers.length;
  return { key, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, markers, counts, worst };
}
