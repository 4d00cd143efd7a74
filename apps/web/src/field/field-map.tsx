import { useMemo, type MouseEvent } from 'react';
import type { AreaFeature, LatLon } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { fieldMapProjection } from './field-map.model.js';

const WIDTH = 320;
const HEIGHT = 220;
/** Outlines smaller than this (map units) are drawn without a label; their name is in the outline's tooltip. */
const LABEL_MIN_SIZE = 60;

/** The seeded areas as outlines on a small SVG (no tiles, works offline); a tap picks that position. */
export function FieldMap({ areas, picked, onPick, testId }: { areas: AreaFeature[]; picked: LatLon | null; onPick: (location: LatLon) => void; testId: string }) {
  const { t, language } = useI18n();
  const projection = useMemo(() => fieldMapProjection(areas, WIDTH, HEIGHT), [areas]);
  if (!projection) return null;
  const names = new Map(areas.map((a) => [a.id, a.properties.names[language] ?? a.id]));
  const marker = picked ? projection.toPoint(picked) : undefined;

  function pick(event: MouseEvent<SVGSVGElement>) {
    const svg = event.currentTarget;
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    const x = ((event.clientX - box.left) / box.width) * WIDTH;
    const y = ((event.clientY - box.top) / box.height) * HEIGHT;
    onPick(projection!.toLocation(x, y));
  }

  return (
    <svg className="field-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('field.location.map')} onClick={pick} data-testid={testId}>
      <rect x="0" y="0" width={WIDTH} height={HEIGHT} className="field-map__water" />
      {projection.shapes.map((shape) => (
        <path key={shape.id} d={shape.d} className="field-map__area" data-area={shape.id}>
          <title>{names.get(shape.id)}</title>
        </path>
      ))}
      {projection.shapes.filter((shape) => shape.size >= LABEL_MIN_SIZE).map((shape) => (
        <text key={`label-${shape.id}`} x={shape.x} y={shape.y} className="field-map__label" textAnchor="middle">
          {names.get(shape.id)}
        </text>
      ))}
      {marker && (
        <g className="field-map__marker" data-testid={`${testId}-marker`}>
          <circle cx={marker.x} cy={marker.y} r="9" />
          <circle cx={marker.x} cy={marker.y} r="3" className="field-map__marker-dot" />
        </g>
      )}
    </svg>
  );
}
