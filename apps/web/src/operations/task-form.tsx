import { useId, useState, type FormEvent } from 'react';
import { TASK_CHECKLIST_MAX, TASK_KINDS, TASK_TITLE_MAX, type CreateTaskRequest, type LatLon, type TaskKind } from '@app/contracts';
import { formProblemFor, type FormProblem } from '../forms/form-problem.js';
import { FormStatus } from '../forms/form-status.js';
import { useI18n } from '../i18n/i18n.context.js';
import { checklistLines, taskRequestProblem } from './task-request.js';
import type { OperationsView } from './use-operations.js';

/** A task started from something on the dashboard, e.g. a hazard report: sent to where it was reported. */
export interface TaskPreset {
  teamId?: string | null;
  title?: string;
  areaId?: string | null;
  location?: LatLon | null;
  hazardReportId?: string;
}

/** The HQ sends a team to an area or a place with a checklist, saying how many people and vehicles go. */
export function TaskForm({ ops, preset }: { ops: OperationsView; preset?: TaskPreset }) {
  const { t, language } = useI18n();
  // Two forms can be open at once (the tasks panel and a hazard report), so ids are made per form.
  const uid = useId();
  const [teamId, setTeamId] = useState(preset?.teamId ?? '');
  const [kind, setKind] = useState<TaskKind>('inspection');
  const [title, setTitle] = useState(preset?.title ?? '');
  const [areaId, setAreaId] = useState(preset?.areaId ?? '');
  const [placeId, setPlaceId] = useState('');
  const [checklist, setChecklist] = useState('');
  const [people, setPeople] = useState('');
  const [vehicles, setVehicles] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [done, setDone] = useState(false);
  const team = ops.state.teams.find((x) => x.id === teamId);

  function chooseTeam(id: string) {
    setTeamId(id);
    const chosen = ops.state.teams.find((x) => x.id === id);
    if (chosen) {
      setKind(chosen.kind === 'rescue' ? 'rescue' : 'inspection');
      setPeople(String(chosen.headcount));
      setVehicles(String(chosen.vehicles.length));
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    const request: CreateTaskRequest = {
      kind,
      teamId,
      title: title.trim(),
      areaId: areaId || null,
      placeId: placeId || null,
      ...(preset?.location ? { location: { lat: preset.location.lat, lon: preset.location.lon } } : {}),
      ...(preset?.hazardReportId ? { hazardReportId: preset.hazardReportId } : {}),
      checklist: checklistLines(checklist),
      ...(people.trim() ? { people: Number(people) } : {}),
      ...(vehicles.trim() ? { vehicles: Number(vehicles) } : {}),
    };
    const invalid = taskRequestProblem(request);
    if (invalid) {
      setProblem({ key: invalid });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const task = await ops.api.createTask(request);
      if (task && typeof task === 'object' && 'id' in task) ops.dispatch({ type: 'tasks', tasks: [task] });
      setTitle('');
      setChecklist('');
      setDone(true);
    } catch (err) {
      setProblem(formProblemFor(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form form--panel ops-task-form" onSubmit={submit} data-testid="task-form" noValidate>
      <h3 className="form__title">{t('ops.taskForm.title')}</h3>
      {preset?.location && <p className="form__hint">{t('ops.taskForm.atReport')}</p>}
      <div className="form__grid">
        <div className="form__field">
          <label htmlFor={`${uid}-team`}>{t('ops.taskForm.team')}</label>
          <select id={`${uid}-team`} value={teamId} onChange={(e) => chooseTeam(e.target.value)} data-testid="task-team" required>
            <option value="">{t('ops.taskForm.chooseTeam')}</option>
            {ops.state.teams.map((x) => (
              <option key={x.id} value={x.id}>
                {`${x.name} · ${t(`ops.readiness.${x.readiness}`)}`}
              </option>
            ))}
          </select>
        </div>
        <div className="form__field">
          <label htmlFor={`${uid}-kind`}>{t('ops.taskForm.kind')}</label>
          <select id={`${uid}-kind`} value={kind} onChange={(e) => setKind(e.target.value as TaskKind)} data-testid="task-kind">
            {TASK_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`ops.taskKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form__field">
        <label htmlFor={`${uid}-title`}>{t('ops.taskForm.taskTitle')}</label>
        <input id={`${uid}-title`} value={title} maxLength={TASK_TITLE_MAX} onChange={(e) => setTitle(e.target.value)} data-testid="task-title" required />
      </div>
      <div className="form__grid">
        <div className="form__field">
          <label htmlFor={`${uid}-area`}>{t('ops.taskForm.area')}</label>
          <select id={`${uid}-area`} value={areaId} onChange={(e) => setAreaId(e.target.value)} data-testid="task-area">
            <option value="">{t('ops.taskForm.none')}</option>
            {ops.areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.properties.names[language] ?? a.id}
              </option>
            ))}
          </select>
        </div>
        <div className="form__field">
          <label htmlFor={`${uid}-place`}>{t('ops.taskForm.place')}</label>
          <select id={`${uid}-place`} value={placeId} onChange={(e) => setPlaceId(e.target.value)} data-testid="task-place">
            <option value="">{t('ops.taskForm.none')}</option>
            {ops.places.map((p) => (
              <option key={p.id} value={p.id}>
                {p.names[language] ?? p.id}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form__field">
        <label htmlFor={`${uid}-checklist`}>{t('ops.taskForm.checklist')}</label>
        <p className="form__hint" id={`${uid}-checklist-hint`}>
          {t('ops.taskForm.checklistHint', { max: TASK_CHECKLIST_MAX })}
        </p>
        <textarea id={`${uid}-checklist`} rows={4} value={checklist} onChange={(e) => setChecklist(e.target.value)} aria-describedby={`${uid}-checklist-hint`} data-testid="task-checklist" />
      </div>
      <div className="form__grid">
        <div className="form__field">
          <label htmlFor={`${uid}-people`}>{t('ops.taskForm.people')}</label>
          <input id={`${uid}-people`} type="number" min={1} inputMode="numeric" value={people} placeholder={team ? String(team.headcount) : ''} onChange={(e) => setPeople(e.target.value)} data-testid="task-people" />
        </div>
        <div className="form__field">
          <label htmlFor={`${uid}-vehicles`}>{t('ops.taskForm.vehicles')}</label>
          <input id={`${uid}-vehicles`} type="number" min={0} inputMode="numeric" value={vehicles} onChange={(e) => setVehicles(e.target.value)} data-testid="task-vehicles" />
        </div>
      </div>
      <div className="form__buttons">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="task-create">
          {t('ops.taskForm.create')}
        </button>
      </div>
      <FormStatus problem={problem} done={done ? 'ops.taskForm.created' : undefined} />
    </form>
  );
}
