import { useId, useMemo, useState } from 'react';
import { CHECK_IN_NOTE_MAX, CHECK_IN_STATUSES, type AreaFeature, type CheckInStatus, type FieldTask } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { checkCheckIn, checkInRequest, hasProblems, type CheckInField, type FieldProblems, type PickedLocation } from './field-forms.model.js';
import { LocationPicker } from './location-picker.js';
import type { FieldOutbox } from './use-field-outbox.js';

/**
 * "I am here and this is how I am": a location (GPS, map or typed) and one tap on a status. The check-in goes to the
 * outbox with the time it was made, so one made without a network still counts for that time.
 */
export function CheckInPanel({ outbox, areas, tasks }: { outbox: FieldOutbox; areas: AreaFeature[]; tasks: FieldTask[] }) {
  const { t } = useI18n();
  const id = useId();
  const [location, setLocation] = useState<PickedLocation | null>(null);
  const [note, setNote] = useState('');
  const [teamId, setTeamId] = useState('');
  const [problems, setProblems] = useState<FieldProblems<CheckInField>>({});
  const [saved, setSaved] = useState<CheckInStatus | undefined>();
  // A member of several teams says which one; the server knows the team of a member of exactly one.
  const teams = useMemo(() => [...new Map(tasks.map((task) => [task.teamId, task.teamName])).entries()], [tasks]);

  async function checkIn(status: CheckInStatus) {
    const found = checkCheckIn(location, note);
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
      {teams.length > 1 && (
        <div className="form form__field">
          <label htmlFor={`${id}-team`}>{t('field.checkIn.team')}</label>
          <select id={`${id}-team`} value={teamId} onChange={(e) => setTeamId(e.target.value)} data-testid="check-in-team">
            <option value="">{t('field.checkIn.anyTeam')}</option>
            {teams.map(([teamId, name]) => (
              <option key={teamId} value={teamId}>
                {name}
              </option>
            ))}
          </select>
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
