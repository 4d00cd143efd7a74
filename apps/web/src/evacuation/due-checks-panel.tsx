import { useId, useState } from 'react';
import type { VulnerableResident } from '@app/contracts';
import type { FormProblem } from '../forms/form-problem.js';
import { FormStatus } from '../forms/form-status.js';
import { useI18n } from '../i18n/i18n.context.js';
import { formatMacauDateTime } from '../signals/macau-time.js';
import { evacuationProblemFor } from './evacuation-problem.js';
import { ResidentFacts } from './resident-facts.js';
import { dueResidents } from './residents.model.js';
import type { EvacuationDeskView } from './use-evacuation-desk.js';
import { WelfareCheckForm } from './welfare-check-form.js';
import { welfareCheckTask } from './welfare-task.model.js';

/**
 * Welfare checks a playbook run asked for and nobody has taken up: the HQ sends a team (a welfare-check task) or
 * records the outcome itself, e.g. after reaching the resident by phone.
 */
export function DueChecksPanel({ desk }: { desk: EvacuationDeskView }) {
  const { t } = useI18n();
  const due = dueResidents(desk.register.items ?? []);
  // Said at the panel: the resident's row goes away once the check or the task answers the request.
  const [notice, setNotice] = useState<string | undefined>();
  return (
    <section className="panel evac-panel evac-panel--due" data-testid="evac-due" aria-labelledby="evac-due-title">
      <h2 className="panel__title" id="evac-due-title">
        {t('evac.due.title')}
        <span className="count-tag" data-testid="due-count">
          {due.length}
        </span>
      </h2>
      <p className="panel__note">{t('evac.due.intro')}</p>
      {desk.register.failed && <p className="notice notice--error">{t('evac.loadFailed')}</p>}
      {notice && (
        <p className="notice notice--success" role="status" data-testid="due-done">
          <span className="notice__symbol" aria-hidden="true" />
          {notice}
        </p>
      )}
      {desk.register.items && due.length === 0 && <p className="panel__empty">{t('evac.due.empty')}</p>}
      <ul className="evac-list">
        {due.map((resident) => (
          <DueRow key={resident.id} resident={resident} desk={desk} onDone={setNotice} />
        ))}
      </ul>
    </section>
  );
}

function DueRow({ resident, desk, onDone }: { resident: VulnerableResident; desk: EvacuationDeskView; onDone(notice: string): void }) {
  const { t, language } = useI18n();
  const id = useId();
  const [teamId, setTeamId] = useState('');
  const [recording, setRecording] = useState(false);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [busy, setBusy] = useState(false);
  const area = desk.areas.find((a) => a.id === resident.areaId);
  const areaName = area?.properties.names[language] ?? resident.areaId;

  async function sendTeam() {
    if (busy) return;
    if (!teamId) return setProblem({ key: 'evac.due.problem.team' });
    setBusy(true);
    setProblem(undefined);
    try {
      const task = await desk.api.createTask(welfareCheckTask(resident, teamId, t('evac.due.taskTitle', { area: areaName })));
      onDone(t('evac.due.taskDone', { name: resident.name, team: task.teamName }));
      desk.reloadResidents();
    } catch (err) {
      setProblem(evacuationProblemFor(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="evac-list__item" data-testid="due-row" data-resident={resident.id}>
      <p className="evac-list__line">
        <span className="evac-list__name">{resident.name}</span>
        <span className="evac-tag evac-tag--due">{t('evac.due.since', { time: formatMacauDateTime(resident.welfareCheckDueSince, language) ?? '–' })}</span>
      </p>
      <ResidentFacts resident={resident} areaName={areaName} />
      <div className="evac-due-actions">
        <div className="form__field">
          <label htmlFor={`${id}-team`}>{t('evac.due.team')}</label>
          <select id={`${id}-team`} value={teamId} onChange={(e) => setTeamId(e.target.value)} data-testid="due-team">
            <option value="">{t('evac.choose')}</option>
            {desk.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {t('evac.due.teamOption', { name: team.name, readiness: t(`evac.readiness.${team.readiness}`) })}
              </option>
            ))}
          </select>
        </div>
        <div className="button-row">
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void sendTeam()} data-testid="due-send-team">
            {t('evac.due.sendTeam')}
          </button>
          <button type="button" className="button button--outline" onClick={() => setRecording((r) => !r)} aria-expanded={recording} data-testid="due-record">
            {t('evac.due.record')}
          </button>
        </div>
      </div>
      <FormStatus problem={problem} done={undefined} />
      {recording && (
        <WelfareCheckForm
          residentId={resident.id}
          onCancel={() => setRecording(false)}
          onSubmit={async (request) => {
            await desk.api.recordWelfareCheck(request);
            onDone(t('evac.due.checkDone', { name: resident.name, outcome: t(`evac.outcome.${request.outcome}`) }));
            desk.reloadResidents();
          }}
        />
      )}
    </li>
  );
}
