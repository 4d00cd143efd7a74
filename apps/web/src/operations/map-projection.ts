import type { AreaFeature, LatLon, Position } from '@app/contracts';

/** Hengqin island and its bridges: the frame the map shows when no area outlines could be loaded. */
export const HENGQIN_BOUNDS = { minLon: 113.48, maxLon: 113.58, minLat: 22.08, maxLat: 22.16 } as const;

export interface MapPoint {
  x: number;
  y: number;
}

export interface MapOutline {
  id: string;
  /** SVG path data in the map's own coordinates. */
  d: string;
  /** Where the area's name goes. */
  label: MapPoint;
}

export interface MapProjection {
  width: number;
  height: number;
  project(point: LatLon): MapPoint;
  outlines: MapOutline[];
}

function ringsOf(feature: AreaFeature): Position[][] {
  return feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
}

/**
 * Fits the areas (and any extra points, e.g. places outside every area) into a `width`×`height` box, north up.
 * Equirectangular with the longitude scaled by cos(latitude): exact enough at Hengqin's size and needs no tiles.
 */
export function createProjection(areas: readonly AreaFeature[], extra: readonly LatLon[], width: number, height: number, margin = 16): MapProjection {
  const positions: Position[] = [...areas.flatMap((a) => ringsOf(a).flat()), ...extra.filter(isFinitePoint).map((p): Position => [p.lon, p.lat])];
  const b =
    positions.length > 0
      ? {
          minLon: Math.min(...positions.map((p) => p[0])),
          maxLon: Math.max(...positions.map((p) => p[0])),
          minLat: Math.min(...positions.map((p) => p[1])),
          maxLat: Math.max(...positions.map((p) => p[1])),
        }
      : HENGQIN_BOUNDS;
  const k = Math.cos((((b.minLat + b.maxLat) / 2) * Math.PI) / 180);
  const spanX = (b.maxLon - b.minLon) * k || 0.01;
  const spanY = b.maxLat - b.minLat || 0.01;
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
  // Centre the drawing in the box whichever side the aspect ratio leaves spare.
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const project = ({ lat, lon }: LatLon): MapPoint => ({
    x: round(offsetX + (lon - b.minLon) * k * scale),
    y: round(height - offsetY - (lat - b.minLat) * scale),
  });
  const outlines = areas.map((area) => {
    const d = ringsOf(area)
      .map((ring) => ring.map(([lon, lat], i) => `${i === 0 ? 'M' : 'L'}${fmt(project({ lat, lon }))}`).join(' ') + ' Z')
      .join(' ');
    return { id: area.id, d, label: project(area.properties.centroid) };
  });
  return { width, height, project, outlines };
}

function isFinitePoint(p: LatLon): boolean {
  return Number.isFinite(p.lat) && Number.isFinite(p.lon);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function fmt(p: MapPoint): string {
  return `${p.x} ${p.y}`;
}

/** The part of the map on screen: zoom 1 shows everything; the centre is in map coordinates. */
export interface MapView {
  zoom: number;
  cx: number;
  cy: number;
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;

export function initialView(width: number, height: number): MapView {
  return { zoom: MIN_ZOOM, cx: width / 2, cy: height / 2 };
}

/** Keeps the zoom in range and the visible window inside the map. */
export function clampView(view: MapView, width: number, height: number): MapView {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom));
  const halfW = width / zoom / 2;
  const halfH = height / zoom / 2;
  return {
    zoom,
    cx: Math.min(width - halfW, Math.max(halfW, view.cx)),
    cy: Math.min(height - halfH, Math.max(halfH, view.cy)),
  };
}

/** Zooms by a factor (2 = in, 0.5 = out), around `at` when given (a clicked cluster), else around the centre. */
export function zoomView(view: MapView, factor: number, width: number, height: number, at?: MapPoint): MapView {
  return clampView({ zoom: view.zoom * factor, cx: at?.x ?? view.cx, cy: at?.y ?? view.cy }, width, height);
}

/** Pans by a fraction of what is visible: dx 0.5 moves half a screen east, dy -0.5 half a screen north. */
export function panView(view: MapView, dx: number, dy: number, width: number, height: number): MapView {
  return clampView({ ...view, cx: view.cx + (dx * width) / view.zoom, cy: view.cy + (dy * height) / view.zoom }, width, height);
}

/** The SVG viewBox for a view. */
export function viewBoxOf(view: MapView, width: number, height: number): string {
  const w = width / view.zoom;
  const h = height / view.zoom;
  return [view.cx - w / 2, view.cy - h / 2, w, h].map(round).join(' ');
}
