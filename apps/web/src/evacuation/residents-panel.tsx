import { useState } from 'react';
import { WELFARE_OUTCOMES } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { formatMacauDateTime } from '../signals/macau-time.js';
import { ResidentFacts } from './resident-facts.js';
import { ResidentForm } from './resident-form.js';
import { matchesFilter, type ResidentFilter } from './residents.model.js';
import { shelterName } from './shelters.model.js';
import type { EvacuationDeskView } from './use-evacuation-desk.js';

/** The register of vulnerable residents, filtered by area, latest outcome and "due"; the HQ adds and edits entries. */
export function ResidentsPanel({ desk, onFilter }: { desk: EvacuationDeskView; onFilter(filter: ResidentFilter): void }) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState<string | 'new' | undefined>();
  const { filter } = desk;
  const areaNames = new Map(desk.areas.map((a) => [a.id, a.properties.names[language] ?? a.id]));
  const shelterNames = new Map((desk.shelters.items ?? []).map((s) => [s.id, shelterName(s, language)]));
  // The list on screen follows a new filter at once; the server's answer for it replaces it when it comes.
  const residents = (desk.residents.items ?? []).filter((r) => matchesFilter(r, filter));

  return (
    <section className="panel evac-panel" data-testid="evac-register" aria-labelledby="evac-register-title">
      <div className="evac-panel__head">
        <h2 className="panel__title" id="evac-register-title">
          {t('evac.register.title')}
        </h2>
        <button type="button" className="button button--outline" onClick={() => setEditing((e) => (e === 'new' ? undefined : 'new'))} aria-expanded={editing === 'new'} data-testid="resident-new">
          {t('evac.register.new')}
        </button>
      </div>
      <p className="panel__note">{t('evac.register.privacy')}</p>
      {editing === 'new' && <ResidentForm desk={desk} areas={desk.areas} onDone={() => setEditing(undefined)} />}
      <div className="evac-filters" role="group" aria-label={t('evac.filter.label')}>
        <label>
          {t('evac.filter.area')}
          <select value={filter.area} onChange={(e) => onFilter({ ...filter, area: e.target.value })} data-testid="filter-area">
            <option value="">{t('evac.filter.any')}</option>
            {desk.areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.properties.names[language] ?? a.id}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('evac.filter.outcome')}
          <select value={filter.outcome} onChange={(e) => onFilter({ ...filter, outcome: e.target.value as ResidentFilter['outcome'] })} data-testid="filter-outcome">
            <option value="">{t('evac.filter.any')}</option>
            <option value="none">{t('evac.filter.neverChecked')}</option>
            {WELFARE_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`evac.outcome.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="choice">
          <input type="checkbox" checked={filter.due} onChange={(e) => onFilter({ ...filter, due: e.target.checked })} data-testid="filter-due" />
          {t('evac.filter.due')}
        </label>
      </div>
      {desk.residents.failed && <p className="notice notice--error">{t('evac.loadFailed')}</p>}
      {desk.residents.items === undefined && !desk.residents.failed && <p className="panel__empty">{t('app.loading')}</p>}
      {desk.residents.items && residents.length === 0 && <p className="panel__empty">{t('evac.register.empty')}</p>}
      {residents.length > 0 && (
        <p className="panel__note" data-testid="register-count">
          {t('evac.register.count', { count: residents.length })}
        </p>
      )}
      <ul className="evac-list">
        {residents.map((resident) => (
          <li key={resident.id} className="evac-list__item" data-testid="resident-row" data-resident={resident.id} data-due={!!resident.welfareCheckDueSince}>
            <p className="evac-list__line">
              <span className="evac-list__name">{resident.name}</span>
              {resident.welfareCheckDueSince && (
                <span className="evac-tag evac-tag--due">{t('evac.due.since', { time: formatMacauDateTime(resident.welfareCheckDueSince, language) ?? '–' })}</span>
              )}
              <button
                type="button"
                className="button button--outline evac-list__action"
                onClick={() => setEditing((e) => (e === resident.id ? undefined : resident.id))}
                aria-expanded={editing === resident.id}
                data-testid="resident-edit"
              >
                {t('evac.register.edit')}
              </button>
            </p>
            <ResidentFacts
              resident={resident}
              areaName={areaNames.get(resident.areaId) ?? resident.areaId}
              shelterName={resident.shelterId ? (shelterNames.get(resident.shelterId) ?? '–') : undefined}
            />
            {editing === resident.id && <ResidentForm key={resident.id} desk={desk} areas={desk.areas} resident={resident} onDone={() => setEditing(undefined)} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
