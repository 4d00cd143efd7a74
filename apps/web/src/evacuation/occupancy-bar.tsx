import type { Shelter } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { occupancyView } from './shelters.model.js';

/** People in against places, as a bar and in words; the colour says nearly full, full or closed. */
export function OccupancyBar({ shelter }: { shelter: Pick<Shelter, 'occupancy' | 'capacity' | 'open'> }) {
  const { t } = useI18n();
  const view = occupancyView(shelter);
  return (
    <div className={`evac-occupancy evac-occupancy--${view.tone}`} data-testid="shelter-occupancy" data-occupancy={shelter.occupancy} data-capacity={shelter.capacity}>
      <div
        className="evac-occupancy__track"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={shelter.capacity}
        aria-valuenow={shelter.occupancy}
        aria-label={t('evac.shelter.meter')}
      >
        <span className="evac-occupancy__fill" style={{ width: `${view.bar}%` }} />
      </div>
      <p className="evac-occupancy__text">
        <span data-testid="shelter-occupancy-text">{t('evac.shelter.occupancy', { occupancy: shelter.occupancy, capacity: shelter.capacity, percent: view.percent })}</span>
        {' · '}
        <span data-testid="shelter-free">{view.tone === 'full' ? t('evac.shelter.full') : t('evac.shelter.free', { free: view.free })}</span>
      </p>
    </div>
  );
}
