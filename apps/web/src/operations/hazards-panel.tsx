import { useEffect, useState } from 'react';
import { HAZARD_OPEN_STATES } from '@app/contracts';
import { HAZARD_CATEGORIES, HAZARD_REPORT_STATES, HAZARD_SEVERITIES, type HazardReport } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { formatMacauDateTime } from '../signals/macau-time.js';
import { AgeLabel } from './age-label.js';
import { filterHazards, needsClosedReports, OPEN_HAZARDS, type HazardFilter } from './ops-filters.js';
import { ReportActions } from './report-actions.js';
import { ReportPhotos } from './report-photos.js';
import { TaskForm } from './task-form.js';
import { sameSelection, type Selection } from './selection.js';
import { UpdatedAt } from './updated-at.js';
import type { OperationsView } from './use-operations.js';

/** Hazard reports from the field, worst first, with the steps the HQ takes on them. */
export function HazardsPanel({ ops, now, selection, onSelect }: { ops: OperationsView; now: number; selection: Selection; onSelect(s: Selection): void }) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<HazardFilter>(OPEN_HAZARDS);
  const [failed, setFailed] = useState(false);
  const closedWanted = needsClosedReports(filter);
  const { api, dispatch } = ops;
  useEffect(() => {
    if (!closedWanted) return;
    let live = true;
    api.reports().then(
      (reports) => live && dispatch({ type: 'reports', reports }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [closedWanted, api, dispatch]);
  const reports = filterHazards(ops.state.hazards, filter);

  return (
    <section className="panel ops-panel" data-testid="ops-hazards" aria-labelledby="ops-hazards-title">
      <h2 className="panel__title" id="ops-hazards-title">
        {t('ops.hazards.title')}
      </h2>
      <UpdatedAt iso={ops.state.updated.hazards} />
      <div className="ops-filters">
        <label>
          {t('ops.filter.state')}
          <select value={filter.state} onChange={(e) => setFilter({ ...filter, state: e.target.value as HazardFilter['state'] })} data-testid="filter-hazard-state">
            <option value="open">{t('ops.filter.open')}</option>
            <option value="all">{t('ops.filter.all')}</option>
            {HAZARD_REPORT_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`ops.reportState.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ops.filter.category')}
          <select value={filter.category} onChange={(e) => setFilter({ ...filter, category: e.target.value as HazardFilter['category'] })} data-testid="filter-hazard-category">
            <option value="all">{t('ops.filter.all')}</option>
            {HAZARD_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`ops.category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ops.filter.severity')}
          <select value={filter.severity} onChange={(e) => setFilter({ ...filter, severity: e.target.value as HazardFilter['severity'] })} data-testid="filter-hazard-severity">
            <option value="all">{t('ops.filter.all')}</option>
            {HAZARD_SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`ops.severity.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {failed && closedWanted && <p className="notice notice--error">{t('ops.loadFailed')}</p>}
      {reports.length === 0 && <p className="panel__empty">{t('ops.hazards.empty')}</p>}
      <ul className="ops-list">
        {reports.map((report) => (
          <ReportRow
            key={report.id}
            report={report}
            ops={ops}
            now={now}
            selected={sameSelection(selection, 'hazard', report.id)}
            onSelect={() => onSelect(sameSelection(selection, 'hazard', report.id) ? null : { kind: 'hazard', id: report.id })}
          />
        ))}
      </ul>
    </section>
  );
}

function ReportRow({ report, ops, now, selected, onSelect }: { report: HazardReport; ops: OperationsView; now: number; selected: boolean; onSelect(): void }) {
  const { t, language } = useI18n();
  const team = report.teamId ? ops.state.teams.find((x) => x.id === report.teamId) : undefined;
  const [sending, setSending] = useState(false);
  const open = HAZARD_OPEN_STATES.includes(report.state);
  return (
    <li
      className={`ops-list__item ops-severity-edge--${report.severity}${selected ? ' ops-list__item--selected' : ''}`}
      data-testid="hazard-row"
      data-report={report.id}
      data-state={report.state}
      data-severity={report.severity}
    >
      <button type="button" className="ops-list__pick" onClick={onSelect} aria-expanded={selected}>
        <span className={`ops-tag ops-severity--${report.severity}`}>{t(`ops.severity.${report.severity}`)}</span>
        <span className="ops-list__name">{t(`ops.category.${report.category}`)}</span>
        <span className={`ops-tag ops-tag--report-${report.state}`}>{t(`ops.reportState.${report.state}`)}</span>
      </button>
      <p className="ops-list__text">{report.description}</p>
      <p className="ops-list__meta">
        {t('ops.report.by', { name: report.reportedByName })} <AgeLabel iso={report.recordedAt} now={now} />
        {team ? ` · ${t('ops.report.assignedTo', { team: team.name })}` : ''}
      </p>
      {selected && (
        <div className="ops-list__detail">
          {report.reason && <p className="ops-list__meta">{t('ops.task.reason', { reason: report.reason })}</p>}
          <ReportPhotos photos={report.photos} />
          <ReportActions report={report} ops={ops} />
          {open && (
            <button type="button" className="button button--outline" onClick={() => setSending((s) => !s)} aria-expanded={sending} data-testid="report-send-team">
              {t('ops.report.sendTeam')}
            </button>
          )}
          {open && sending && (
            <TaskForm
              ops={ops}
              preset={{
                teamId: report.teamId,
                title: `${t(`ops.category.${report.category}`)}: ${report.description}`.slice(0, 120),
                areaId: report.areaId,
                location: report.location,
                hazardReportId: report.id,
              }}
            />
          )}
          {report.history.length > 0 && (
            <ol className="ops-history">
              {report.history.map((step, i) => (
                <li key={i}>
                  {t('ops.report.step', { state: t(`ops.reportState.${step.to}`), name: step.byName, time: formatMacauDateTime(step.at, language) ?? '' })}
                  {step.reason ? ` — ${step.reason}` : ''}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </li>
  );
}
