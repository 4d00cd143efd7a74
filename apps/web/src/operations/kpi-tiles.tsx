import type { OperationsKpis } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { formatStamp, kpiTiles, type KpiId } from './ops-format.js';
import './operations.css';

const STRIP: readonly KpiId[] = ['teamsOut', 'inspectorTrips', 'vehicleTrips', 'peopleOnStandby', 'openHazards', 'peopleMoved', 'shelterOccupancy', 'warningsSent'];

/** The HQ's headline figures with the time they were computed; `strip` is the compact row on the command home. */
export function KpiTiles({ kpis, variant = 'full' }: { kpis: OperationsKpis; variant?: 'full' | 'strip' }) {
  const { t, language } = useI18n();
  const tiles = kpiTiles(kpis, language).filter((tile) => variant === 'full' || STRIP.includes(tile.id));
  return (
    <div className={`kpi-tiles kpi-tiles--${variant}`} data-testid="kpi-tiles">
      <ul className="kpi-tiles__list">
        {tiles.map((tile) => (
          <li key={tile.id} className={`kpi-tile kpi-tile--${tile.tone}`} data-testid={`kpi-${tile.id}`} data-kpi={tile.id}>
            <span className="kpi-tile__label">{t(`ops.kpi.${tile.id}`)}</span>
            <span className="kpi-tile__value" data-testid="kpi-value">
              {tile.value}
            </span>
            {tile.detail && <span className="kpi-tile__detail">{tile.detail}</span>}
          </li>
        ))}
      </ul>
      <p className="kpi-tiles__updated" data-testid="kpi-updated">
        <time dateTime={kpis.at}>{t('ops.updatedAt', { time: formatStamp(kpis.at, language) ?? '–' })}</time>
        {kpis.since && (
          <>
            {' · '}
            <time dateTime={kpis.since}>{t('ops.kpi.since', { time: formatStamp(kpis.since, language) ?? '–' })}</time>
          </>
        )}
      </p>
    </div>
  );
}
