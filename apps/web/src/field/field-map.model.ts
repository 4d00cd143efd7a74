import type { AreaFeature, LatLon, Position } from '@app/contracts';

export interface FieldMapProjection {
  toPoint(location: LatLon): { x: number; y: number };
  toLocation(x: number, y: number): LatLon;
  /** `size`: the longer side of the outline's box, in map units (small areas get no label, it would not fit). */
  shapes: { id: string; d: string; x: number; y: number; size: number }[];
}

function ringsOf(feature: AreaFeature): Position[][] {
  return feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
}

/**
 * The seeded areas on an SVG box (equirectangular with the longitude scaled by cos(latitude), exact enough at
 * Hengqin's size), both ways: a tap on the map becomes a position. Undefined when there are no areas to draw.
 */
export function fieldMapProjection(features: readonly AreaFeature[], width: number, height: number, margin = 10): FieldMapProjection | undefined {
  const all = features.flatMap((f) => ringsOf(f).flat());
  if (all.length === 0) return undefined;
  const lats = all.map((p) => p[1]);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const k = Math.cos((midLat * Math.PI) / 180);
  const xs = all.map((p) => p[0] * k);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...lats);
  const maxY = Math.max(...lats);
  const scale = Math.min((width - 2 * margin) / (maxX - minX || 1), (height - 2 * margin) / (maxY - minY || 1));
  // Centre the drawing in the box.
  const offsetX = (width - (maxX - minX) * scale) / 2;
  const offsetY = (height - (maxY - minY) * scale) / 2;
  const toPoint = ({ lat, lon }: LatLon) => ({ x: offsetX + (lon * k - minX) * scale, y: height - offsetY - (lat - minY) * scale });
  const toLocation = (x: number, y: number): LatLon => ({ lon: ((x - offsetX) / scale + minX) / k, lat: (height - offsetY - y) / scale + minY });
  const shapes = features.map((f) => {
    const d = ringsOf(f)
      .map(
        (ring) =>
          ring
            .map(([lon, lat], i) => {
              const p = toPoint({ lat, lon });
              return `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`;
            })
            .join(' ') + ' Z',
      )
      .join(' ');
    const points = ringsOf(f).flat().map(([lon, lat]) => toPoint({ lat, lon }));
    const size = Math.max(Math.max(...points.map((p) => p.x)) - Math.min(...points.map((p) => p.x)), Math.max(...points.map((p) => p.y)) - Math.min(...points.map((p) => p.y)));
    const c = toPoint(f.properties.centroid);
    return { id: f.id, d, x: c.x, y: c.y, size };
  });
  return { toPoint, toLocation, shapes };
}

/** Whether the position lies inside the feature (even-odd rule over all rings, so holes count as outside). */
export function featureContains(feature: AreaFeature, { lat, lon }: LatLon): boolean {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  let inside = false;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}
