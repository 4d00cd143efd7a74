import { useI18n } from '../i18n/i18n.context.js';
import { formatCount, occupancyPercent, occupancyTone } from './ops-format.js';
import { sameSelection, type Selection } from './selection.js';
import { UpdatedAt } from './updated-at.js';
import type { OperationsView } from './use-operations.js';

/** Shelters with occupancy against capacity; the fullest first, closed ones last. */
export function SheltersPanel({ ops, selection, onSelect }: { ops: OperationsView; selection: Selection; onSelect(s: Selection): void }) {
  const { t, language } = useI18n();
  const shelters = [...ops.state.shelters].sort(
    (a, b) => Number(b.open) - Number(a.open) || occupancyPercent(b.occupancy, b.capacity) - occupancyPercent(a.occupancy, a.capacity),
  );
  return (
    <section className="panel ops-panel" data-testid="ops-shelters" aria-labelledby="ops-shelters-title">
      <h2 className="panel__title" id="ops-shelters-title">
        {t('ops.shelters.title')}
      </h2>
      <UpdatedAt iso={ops.state.updated.shelters} />
      {shelters.length === 0 && <p className="panel__empty">{t('ops.shelters.empty')}</p>}
      <ul className="ops-list">
        {shelters.map((shelter) => {
          const percent = occupancyPercent(shelter.occupancy, shelter.capacity);
          const selected = sameSelection(selection, 'shelter', shelter.id);
          return (
            <li
              key={shelter.id}
              className={`ops-list__item ops-occupancy--${occupancyTone(shelter.occupancy, shelter.capacity)}${selected ? ' ops-list__item--selected' : ''}`}
              data-testid="shelter-row"
              data-shelter={shelter.id}
            >
              <button type="button" className="ops-list__pick" onClick={() => onSelect({ kind: 'shelter', id: shelter.id })} aria-pressed={selected}>
                <span className="ops-list__name">{shelter.names[language] ?? shelter.id}</span>
                {!shelter.open && <span className="ops-tag">{t('ops.shelter.closed')}</span>}
              </button>
              <p className="ops-list__meta">
                {t('ops.shelter.occupancy', { occupancy: formatCount(shelter.occupancy, language), capacity: formatCount(shelter.capacity, language), percent })}
              </p>
              <meter className="ops-meter" min={0} max={Math.max(shelter.capacity, 1)} high={shelter.capacity * 0.9} optimum={0} value={shelter.occupancy} aria-label={t('ops.shelter.meter')} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
