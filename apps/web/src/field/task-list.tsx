import { useId, useMemo, useState } from 'react';
import { TASK_REASON_MAX, type AreaFeature, type Shelter, type TaskState, type VulnerableResident } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { formatMacauDateTime } from '../signals/macau-time.js';
import { nextTaskSteps, transitionRequest } from './field-forms.model.js';
import { isClosed, withQueuedChanges, type ShownTask } from './tasks.model.js';
import type { FieldData } from './use-field-data.js';
import type { FieldOutbox } from './use-field-outbox.js';
import { WelfareCheckPanel } from './welfare-check-panel.js';
import { residentOfTask } from './welfare.model.js';

/** The team's tasks with their state, target and checklist; each step and tick goes through the outbox. */
export function TaskList({ data, outbox }: { data: FieldData; outbox: FieldOutbox }) {
  const { t, language } = useI18n();
  const shown = useMemo(() => withQueuedChanges(data.tasks ?? [], outbox.items, new Date()), [data.tasks, outbox.items]);
  const areaNames = useMemo(() => new Map(data.areas.map((a: AreaFeature) => [a.id, a.properties.names[language] ?? a.id])), [data.areas, language]);
  const placeNames = useMemo(() => new Map(data.places.map((p) => [p.id, p.names[language] ?? p.id])), [data.places, language]);

  return (
    <div data-testid="task-list">
      {data.tasksSavedAt && (
        <p className="notice notice--warning" data-testid="tasks-saved-copy">
          <span className="notice__symbol" aria-hidden="true" />
          <span>{t('field.tasks.savedAt', { time: formatMacauDateTime(data.tasksSavedAt, language) ?? '' })}</span>
        </p>
      )}
      {data.tasksFailed && !data.tasks && <p className="panel__empty">{t('field.tasks.failed')}</p>}
      {data.tasks && shown.length === 0 && (
        <p className="panel__empty" data-testid="tasks-empty">
          {t('field.tasks.empty')}
        </p>
      )}
      <ul className="field-tasks">
        {shown.map((s) => (
          <TaskCard key={s.task.id} shown={s} outbox={outbox} resident={residentOfTask(s.task, data.residents)} shelters={data.shelters} place={s.task.placeId ? (placeNames.get(s.task.placeId) ?? s.task.placeId) : s.task.areaId ? (areaNames.get(s.task.areaId) ?? s.task.areaId) : undefined} />
        ))}
      </ul>
    </div>
  );
}

function TaskCard({ shown, outbox, place, resident, shelters }: { shown: ShownTask; outbox: FieldOutbox; place: string | undefined; resident: VulnerableResident | undefined; shelters: Shelter[] }) {
  const { t } = useI18n();
  const id = useId();
  const { task, state, ticks, waiting } = shown;
  const [cannot, setCannot] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);

  async function step(to: TaskState) {
    if (to === 'cannot-complete' && !cannot) {
      setCannot(true);
      return;
    }
    const clientId = crypto.randomUUID();
    const body = transitionRequest(to, reason, clientId);
    if (!body) {
      setReasonMissing(true);
      return;
    }
    await outbox.enqueue({
      id: clientId,
      kind: 'transition',
      label: { what: to, detail: task.title, ref: task.id },
      request: { path: `/api/tasks/${encodeURIComponent(task.id)}/transition`, json: body },
    });
    setCannot(false);
    setReason('');
    setReasonMissing(false);
  }

  async function tick(itemId: string, done: boolean) {
    const item = task.checklist.find((c) => c.id === itemId);
    await outbox.enqueue({
      kind: 'checklist',
      label: { what: done ? 'done' : 'open', detail: item?.text, ref: `${task.id}/${itemId}` },
      request: { path: `/api/tasks/${encodeURIComponent(task.id)}/checklist/${encodeURIComponent(itemId)}`, json: { done } },
    });
  }

  const closed = isClosed(state);
  return (
    <li className={`field-task field-task--${state}`} data-testid="field-task" data-task={task.id} data-state={state}>
      <div className="field-task__head">
        <span className={`status-tag field-task__state field-task__state--${state}`}>{t(`field.task.state.${state}`)}</span>
        {waiting && (
          <span className="status-tag status-tag--open" data-testid="task-waiting">
            {t('field.tasks.waiting')}
          </span>
        )}
      </div>
      <h3 className="field-task__title">{task.title}</h3>
      <p className="field-task__meta">
        {t(`field.task.kind.${task.kind}`)}
        {' · '}
        {t('field.tasks.team', { team: task.teamName })}
      </p>
      <p className="field-task__meta">{place ? t('field.tasks.where', { place }) : t('field.tasks.wherePoint')}</p>
      {task.reason && <p className="field-task__meta">{t('field.tasks.closedReason', { reason: task.reason })}</p>}
      {task.kind === 'welfare-check' && <WelfareCheckPanel task={task} resident={resident} shelters={shelters} outbox={outbox} />}
      {task.checklist.length > 0 && (
        <fieldset className="field-checklist">
          <legend>{t('field.tasks.checklist')}</legend>
          {task.checklist.map((item) => (
            <label key={item.id} className="field-check">
              <input type="checkbox" checked={ticks[item.id] ?? item.done} disabled={closed} onChange={(e) => void tick(item.id, e.target.checked)} data-testid="task-check" />
              <span>{item.text}</span>
            </label>
          ))}
        </fieldset>
      )}
      {!closed && (
        <div className="field-task__steps">
          {nextTaskSteps(state)
            .filter((to) => to !== 'cannot-complete' || !cannot)
            .map((to) => (
              <button
                key={to}
                type="button"
                className={`button ${to === 'cannot-complete' ? 'button--outline' : 'button--primary'} field-task__step`}
                onClick={() => void step(to)}
                data-testid={`task-step-${to}`}
              >
                {t(`field.tasks.step.${to}`)}
              </button>
            ))}
        </div>
      )}
      {cannot && !closed && (
        <div className="form__field field-task__reason">
          <label htmlFor={`${id}-reason`}>{t('field.tasks.reason')}</label>
          <textarea id={`${id}-reason`} rows={3} maxLength={TASK_REASON_MAX} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={reasonMissing} data-testid="task-reason" />
          {reasonMissing && <p className="field-problem">{t('field.tasks.reasonNeeded', { max: TASK_REASON_MAX })}</p>}
          <div className="field-task__steps">
            <button type="button" className="button button--danger" onClick={() => void step('cannot-complete')} data-testid="task-confirm-cannot">
              {t('field.tasks.confirmCannot')}
            </button>
            <button type="button" className="button button--outline" onClick={() => setCannot(false)}>
              {t('field.tasks.cancel')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
