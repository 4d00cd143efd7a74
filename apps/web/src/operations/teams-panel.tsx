import { useState } from 'react';
import { TEAM_KINDS, TEAM_READINESS, type Team, type TeamReadiness } from '@app/contracts';
import { formProblemFor, type FormProblem } from '../forms/form-problem.js';
import { FormStatus } from '../forms/form-status.js';
import { useI18n } from '../i18n/i18n.context.js';
import { AgeLabel } from './age-label.js';
import { ALL_TEAMS, filterTeams, type TeamFilter } from './ops-filters.js';
import { UpdatedAt } from './updated-at.js';
import type { OperationsView } from './use-operations.js';
import { sameSelection, type Selection } from './selection.js';

/** Inspection teams and rescue crews with their readiness, last check-in and silence; the HQ sets readiness here. */
export function TeamsPanel({ ops, now, selection, onSelect }: { ops: OperationsView; now: number; selection: Selection; onSelect(s: Selection): void }) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<TeamFilter>(ALL_TEAMS);
  const teams = filterTeams(ops.state.teams, filter);
  return (
    <section className="panel ops-panel" data-testid="ops-teams" aria-labelledby="ops-teams-title">
      <h2 className="panel__title" id="ops-teams-title">
        {t('ops.teams.title')}
      </h2>
      <UpdatedAt iso={ops.state.updated.teams} />
      <div className="ops-filters">
        <label>
          {t('ops.filter.kind')}
          <select value={filter.kind} onChange={(e) => setFilter({ ...filter, kind: e.target.value as TeamFilter['kind'] })} data-testid="filter-team-kind">
            <option value="all">{t('ops.filter.all')}</option>
            {TEAM_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`ops.teamKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ops.filter.readiness')}
          <select value={filter.readiness} onChange={(e) => setFilter({ ...filter, readiness: e.target.value as TeamFilter['readiness'] })} data-testid="filter-team-readiness">
            <option value="all">{t('ops.filter.all')}</option>
            {TEAM_READINESS.map((r) => (
              <option key={r} value={r}>
                {t(`ops.readiness.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="choice">
          <input type="checkbox" checked={filter.silentOnly} onChange={(e) => setFilter({ ...filter, silentOnly: e.target.checked })} data-testid="filter-team-silent" />
          {t('ops.filter.silentOnly')}
        </label>
      </div>
      {teams.length === 0 && <p className="panel__empty">{t('ops.teams.empty')}</p>}
      <ul className="ops-list">
        {teams.map((team) => (
          <TeamRow key={`${team.id}:${team.readiness}`} team={team} ops={ops} now={now} selected={sameSelection(selection, 'team', team.id)} onSelect={() => onSelect({ kind: 'team', id: team.id })} />
        ))}
      </ul>
    </section>
  );
}

function TeamRow({ team, ops, now, selected, onSelect }: { team: Team; ops: OperationsView; now: number; selected: boolean; onSelect(): void }) {
  const { t } = useI18n();
  const [readiness, setReadiness] = useState<TeamReadiness>(team.readiness);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem | undefined>();

  async function save() {
    setBusy(true);
    setProblem(undefined);
    try {
      const updated = await ops.api.setReadiness(team.id, { readiness });
      if (updated && typeof updated === 'object' && 'id' in updated) ops.dispatch({ type: 'teams', teams: [updated] });
    } catch (err) {
      setProblem(formProblemFor(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li
      className={`ops-list__item${selected ? ' ops-list__item--selected' : ''}${team.silent ? ' ops-list__item--bad' : ''}`}
      data-testid="team-row"
      data-team={team.id}
      data-silent={team.silent}
      data-readiness={team.readiness}
    >
      <button type="button" className="ops-list__pick" onClick={onSelect} aria-pressed={selected}>
        <span className="ops-list__name">{team.name}</span>
        <span className={`ops-tag ops-tag--${team.kind}`}>{t(`ops.teamKind.${team.kind}`)}</span>
        <span className={`ops-tag ops-tag--readiness-${team.readiness}`}>{t(`ops.readiness.${team.readiness}`)}</span>
        {team.silent && <span className="ops-tag ops-tag--bad">{t('ops.team.silent')}</span>}
      </button>
      <p className="ops-list__meta">
        {t('ops.team.people', { count: team.headcount })}
        {' · '}
        {t('ops.team.vehicles', { count: team.vehicles.length })}
        {' · '}
        {team.lastPosition ? (
          <>
            {t('ops.team.lastCheckIn', { name: team.lastPosition.byName })} <AgeLabel iso={team.lastPosition.at} now={now} />
          </>
        ) : (
          t('ops.team.noCheckIn')
        )}
      </p>
      {selected && (
        <div className="ops-list__detail">
          {team.vehicles.length > 0 && (
            <p className="ops-list__meta">
              {team.vehicles.map((v) => `${v.plate} (${t(`ops.vehicle.${v.type}`)}, ${v.capacity})`).join(' · ')}
            </p>
          )}
          {team.phone && <p className="ops-list__meta">{t('ops.team.phone', { phone: team.phone })}</p>}
          <div className="ops-inline-form">
            <label>
              {t('ops.team.setReadiness')}
              <select value={readiness} onChange={(e) => setReadiness(e.target.value as TeamReadiness)} data-testid="readiness-select">
                {TEAM_READINESS.map((r) => (
                  <option key={r} value={r}>
                    {t(`ops.readiness.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button button--primary" disabled={busy || readiness === team.readiness} onClick={save} data-testid="readiness-save">
              {t('ops.team.saveReadiness')}
            </button>
          </div>
          <FormStatus problem={problem} done={undefined} />
        </div>
      )}
    </li>
  );
}
