import { useState } from 'react';
import { HAZARD_OPEN_STATES, type HazardReport, type HazardReportState, type HazardReportTransitionRequest } from '@app/contracts';
import { formProblemFor, type FormProblem } from '../forms/form-problem.js';
import { FormStatus } from '../forms/form-status.js';
import { useI18n } from '../i18n/i18n.context.js';
import { nextReportStates, transitionNeeds } from './ops-filters.js';
import type { OperationsView } from './use-operations.js';

/** Moves a report one step: assign to a team, rectifying, rectified, verified, or close it with a reason. */
export function ReportActions({ report, ops }: { report: HazardReport; ops: OperationsView }) {
  const { t } = useI18n();
  const steps = nextReportStates(report.state);
  const [picked, setPicked] = useState<HazardReportState | ''>('');
  // A live update can move the report on meanwhile: a step no longer offered is no longer chosen.
  const to = picked && steps.includes(picked) ? picked : '';
  const setTo = setPicked;
  const [teamId, setTeamId] = useState(report.teamId ?? '');
  const [reason, setReason] = useState('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  if (steps.length === 0) return null;
  const needs = to ? transitionNeeds(to) : { team: false, reason: false, duplicateOf: false };
  const others = ops.state.hazards.filter((h) => h.id !== report.id && (HAZARD_OPEN_STATES.includes(h.state) || h.state === 'rectified' || h.state === 'verified'));
  const ready = to !== '' && (!needs.team || teamId) && (!needs.reason || reason.trim()) && (!needs.duplicateOf || duplicateOf);

  async function apply() {
    if (!to || !ready) return;
    const request: HazardReportTransitionRequest = {
      to,
      ...(needs.team ? { teamId } : {}),
      ...(needs.reason ? { reason: reason.trim() } : {}),
      ...(needs.duplicateOf ? { duplicateOf } : {}),
    };
    setBusy(true);
    setProblem(undefined);
    try {
      const updated = await ops.api.transitionReport(report.id, request);
      if (updated && typeof updated === 'object' && 'id' in updated) ops.dispatch({ type: 'reports', reports: [updated] });
      setTo('');
      setReason('');
    } catch (err) {
      setProblem(formProblemFor(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="ops-report-actions" data-testid="report-actions">
      <div className="button-row" role="group" aria-label={t('ops.report.actions')}>
        {steps.map((step) => (
          <button
            key={step}
            type="button"
            className={`button ${to === step ? 'button--primary' : 'button--outline'}`}
            aria-pressed={to === step}
            onClick={() => setTo(step)}
            data-testid={`report-to-${step}`}
          >
            {t(`ops.report.to.${step}`)}
          </button>
        ))}
      </div>
      {needs.team && (
        <label className="ops-field">
          {t('ops.report.team')}
          <select value={teamId} onChange={(e) => setTeamId(e.target.value)} data-testid="report-team">
            <option value="">{t('ops.taskForm.chooseTeam')}</option>
            {ops.state.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {needs.duplicateOf && (
        <label className="ops-field">
          {t('ops.report.duplicateOf')}
          <select value={duplicateOf} onChange={(e) => setDuplicateOf(e.target.value)} data-testid="report-duplicate-of">
            <option value="">{t('ops.report.chooseReport')}</option>
            {others.map((h) => (
              <option key={h.id} value={h.id}>
                {`${t(`ops.category.${h.category}`)} · ${h.description.slice(0, 60)}`}
              </option>
            ))}
          </select>
        </label>
      )}
      {needs.reason && (
        <label className="ops-field">
          {t('ops.report.reason')}
          <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} data-testid="report-reason" />
        </label>
      )}
      {to && (
        <button type="button" className="button button--primary" disabled={!ready || busy} onClick={apply} data-testid="report-apply">
          {t('ops.report.apply', { state: t(`ops.reportState.${to}`) })}
        </button>
      )}
      <FormStatus problem={problem} done={undefined} />
    </div>
  );
}
