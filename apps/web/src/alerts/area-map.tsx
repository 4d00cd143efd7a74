import { useMemo } from 'react';
import type { AreaFeature } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { projectAreas } from './area-map.model.js';

const WIDTH = 320;
const HEIGHT = 240;

/** The seeded areas as outlines, the targeted ones filled; clicking an outline toggles it when the map is editable. */
export function AreaMap({ areas, selected, onToggle }: { areas: AreaFeature[]; selected: readonly string[]; onToggle?: (id: string) => void }) {
  const { t, language } = useI18n();
  const shapes = useMemo(() => projectAreas(areas, WIDTH, HEIGHT), [areas]);
  const names = new Map(areas.map((a) => [a.id, a.properties.names[language] ?? a.id]));
  if (shapes.length === 0) return null;
  return (
    <svg className="area-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('alerts.target.map')} data-testid="area-map">
      {shapes.map((shape) => {
        const on = selected.includes(shape.id);
        return (
          <path
            key={shape.id}
            d={shape.d}
            className={on ? 'area-map__area area-map__area--on' : 'area-map__area'}
            data-area={shape.id}
            data-selected={on}
            onClick={onToggle ? () => onToggle(shape.id) : undefined}
          >
            <title>{names.get(shape.id)}</title>
          </path>
        );
      })}
    </svg>
  );
}
