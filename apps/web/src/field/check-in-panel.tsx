import { useId, useMemo, useState } from 'react';
import { CHECK_IN_NOTE_MAX, CHECK_IN_STATUSES, type AreaFeature, type CheckInStatus, type FieldTask, type Team } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { checkInTeamId, needsTeamChoice, teamOptions } from './check-in-team.model.js';
import { checkCheckIn, checkInRequest, hasProblems, type CheckInField, type FieldProblems, type PickedLocation } from './field-forms.model.js';
import { LocationPicker } from './location-picker.js';
import { useCheckInTeam } from './use-check-in-team.js';
import type { FieldOutbox } from './use-field-outbox.js';

/**
 * "I am here and this is how I am": a location (GPS, map or typed) and one tap on a status. The check-in goes to the
 * outbox with the time it was made, so one made without a network still counts for that time.
 */
export function CheckInPanel({ outbox, areas, tasks, teams: myTeams, userId }: { outbox: FieldOutbox; areas: AreaFeature[]; tasks: FieldTask[]; teams: Team[]; userId: string }) {
  const { t } = useI18n();
  const id = useId();
  const [location, setLocation] = useState<PickedLocation | null>(null);
  const [note, setNote] = useState('');
  const [chosenTeam, chooseTeam] = useCheckInTeam(userId);
  const [problems, setProblems] = useState<FieldProblems<CheckInField | 'team'>>({});
  const [saved, setSaved] = useState<CheckInStatus | undefined>();
  // A member of several teams says which one (the choice is remembered); the server knows the team of a member of one.
  const teams = useMemo(() => teamOptions(myTeams, tasks), [myTeams, tasks]);
  const choosing = needsTeamChoice(teams);
  const teamId = checkInTeamId(teams, chosenTeam);

  async function checkIn(status: CheckInStatus) {
    const found: FieldProblems<CheckInField | 'team'> = checkCheckIn(location, note);
    if (choosing && !teamId) found.team = 'field.checkIn.problem.team';
    setProblems(found);
    setSaved(undefined);
    if (hasProblems(found) || !location) return;
    const clientId = crypto.randomUUID();
    const request = checkInRequest(location, status, note, clientId, new Date());
    if (teamId) request.teamId = teamId;
    await outbox.enqueue({ id: clientId, kind: 'check-in', label: { what: status, detail: request.note }, request: { path: '/api/check-ins', json: request } });
    setNote('');
    setSaved(status);
  }

  return (
    <div className="field-form" data-testid="check-in-panel">
      <p className="panel__note">{t('field.checkIn.intro')}</p>
      <LocationPicker value={location} onChange={setLocation} areas={areas} problem={problems.location} testId="check-in-location" />
      {choosing && (
        <div className="form form__field">
          <label htmlFor={`${id}-team`}>{t('field.checkIn.team')}</label>
          <select id={`${id}-team`} value={teamId ?? ''} onChange={(e) => chooseTeam(e.target.value)} aria-invalid={!!problems.team} data-testid="check-in-team">
            <option value="">{t('field.checkIn.chooseTeam')}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
          {problems.team && <p className="field-problem">{t(problems.team)}</p>}
        </div>
      )}
      <div className="form form__field">
        <label htmlFor={`${id}-note`}>{t('field.checkIn.note')}</label>
        <textarea id={`${id}-note`} rows={2} maxLength={CHECK_IN_NOTE_MAX} value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={!!problems.note} data-testid="check-in-note" />
        {problems.note && <p className="field-problem">{t(problems.note)}</p>}
      </div>
      <fieldset className="field-choices">
        <legend>{t('field.checkIn.statusLegend')}</legend>
        <div className="field-status-buttons">
          {CHECK_IN_STATUSES.map((status) => (
            <button
              key={status}
              type="button"
              className={`button field-status field-status--${status}`}
              onClick={() => void checkIn(status)}
              data-testid={`check-in-${status}`}
            >
              {t(`field.checkIn.status.${status}`)}
            </button>
          ))}
        </div>
      </fieldset>
      {saved && (
        <p className="notice notice--success" role="status" data-testid="check-in-saved">
          <span className="notice__symbol" aria-hidden="true" />
          <span>{t('field.checkIn.saved')}</span>
        </p>
      )}
    </div>
  );
}
