import type { AreaFeature, Position } from '@app/contracts';

export interface MapShape {
  id: string;
  /** SVG path data in the map's own coordinates. */
  d: string;
  /** Label position. */
  x: number;
  y: number;
}

/**
 * Projects the areas onto an SVG box (equirectangular with the longitude scaled by cos(latitude), which is exact
 * enough at Hengqin's size), keeping the aspect ratio and a margin. No tiles: just the outlines.
 */
export function projectAreas(features: readonly AreaFeature[], width: number, height: number, margin = 8): MapShape[] {
  const rings = (f: AreaFeature): Position[][] => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat());
  const all = features.flatMap((f) => rings(f).flat());
  if (all.length === 0) return [];
  const lats = all.map((p) => p[1]);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const k = Math.cos((midLat * Math.PI) / 180);
  const xs = all.map((p) => p[0] * k);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...lats);
  const maxY = Math.max(...lats);
  const scale = Math.min((width - 2 * margin) / (maxX - minX || 1), (height - 2 * margin) / (maxY - minY || 1));
  const point = ([lon, lat]: Position): [number, number] => [margin + (lon * k - minX) * scale, height - margin - (lat - minY) * scale];
  return features.map((f) => {
    const d = rings(f)
      .map((ring) => ring.map((p, i) => `${i === 0 ? 'M' : 'L'}${point(p).map((n) => n.toFixed(1)).join(' ')}`).join(' ') + ' Z')
      .join(' ');
    const [x, y] = point([f.properties.centroid.lon, f.properties.centroid.lat]);
    return { id: f.id, d, x, y };
  });
}
