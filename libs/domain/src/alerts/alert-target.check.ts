import type { AlertCircle, AlertPolygon, AlertProblem, AlertTarget } from '@app/contracts';

/** Largest drawn circle: beyond this a message is no longer local to Hengqin and Macau (Pickering 2020). */
export const CIRCLE_MAX_RADIUS_KM = 50;

const inRange = (lat: unknown, lon: unknown): boolean =>
  typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

/** Problems with where an alert goes: at least one target, known area ids, well-formed polygons and circles. */
export function targetProblems(target: AlertTarget, knownAreaIds: ReadonlySet<string>): AlertProblem[] {
  const problems: AlertProblem[] = [];
  if (target.areaIds.length + target.polygons.length + target.circles.length === 0) {
    problems.push({ path: 'target', code: 'required', message: 'choose at least one area, or draw a polygon or circle' });
  }
  const seen = new Set<string>();
  target.areaIds.forEach((id, index) => {
    if (!knownAreaIds.has(id)) problems.push({ path: `target.areaIds[${index}]`, code: 'unknown_area', message: `area "${id}" is not a known area` });
    else if (seen.has(id)) problems.push({ path: `target.areaIds[${index}]`, code: 'duplicate', message: `area "${id}" is listed twice` });
    seen.add(id);
  });
  target.polygons.forEach((polygon, index) => {
    const problem = polygonProblem(polygon);
    if (problem) problems.push({ path: `target.polygons[${index}]`, code: 'bad_polygon', message: problem });
  });
  target.circles.forEach((circle, index) => {
    const problem = circleProblem(circle);
    if (problem) problems.push({ path: `target.circles[${index}]`, code: 'bad_circle', message: problem });
  });
  return problems;
}

/** Why a `[lat, lon]` ring is not a CAP polygon, or null. */
export function polygonProblem(polygon: AlertPolygon): string | null {
  if (!Array.isArray(polygon) || polygon.length < 4) return 'a polygon needs at least four points, the last equal to the first';
  const bad = polygon.findIndex((point) => !Array.isArray(point) || point.length !== 2 || !inRange(point[0], point[1]));
  if (bad >= 0) return `point ${bad + 1} is not a [lat, lon] pair within -90..90 and -180..180`;
  const first = polygon[0]!;
  const last = polygon[polygon.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) return 'a polygon must be closed: the last point must equal the first';
  if (new Set(polygon.slice(0, -1).map((p) => `${p[0]},${p[1]}`)).size < 3) return 'a polygon needs at least three distinct points';
  return null;
}

/** Why a circle is not a CAP circle, or null. */
export function circleProblem(circle: AlertCircle): string | null {
  if (!circle || !circle.center || !inRange(circle.center.lat, circle.center.lon)) return 'the centre must be a lat/lon within -90..90 and -180..180';
  if (typeof circle.radiusKm !== 'number' || !Number.isFinite(circle.radiusKm) || circle.radiusKm <= 0) return 'the radius must be a positive number of kilometres';
  if (circle.radiusKm > CIRCLE_MAX_RADIUS_KM) return `the radius must be at most ${CIRCLE_MAX_RADIUS_KM} km`;
  return null;
}
