import { useEffect, useState } from 'react';
import { TASK_STATES } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { formatMacauDateTime } from '../signals/macau-time.js';
import { filterTasks, needsClosedTasks, type TaskStateFilter } from './ops-filters.js';
import { TaskForm } from './task-form.js';
import { UpdatedAt } from './updated-at.js';
import type { OperationsView } from './use-operations.js';

/** Tasks sent to teams, filtered by state (closed ones are fetched when asked for); the HQ creates tasks here. */
export function TasksPanel({ ops }: { ops: OperationsView }) {
  const { t, language } = useI18n();
  const [filter, setFilter] = useState<TaskStateFilter>('open');
  const [failed, setFailed] = useState(false);
  const [creating, setCreating] = useState(false);
  const closedWanted = needsClosedTasks(filter);
  const { api, dispatch } = ops;
  useEffect(() => {
    if (!closedWanted) return;
    let live = true;
    api.tasks('all').then(
      (tasks) => live && dispatch({ type: 'tasks', tasks }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [closedWanted, api, dispatch]);
  const tasks = filterTasks(ops.state.tasks, filter);
  const areaNames = new Map(ops.areas.map((a) => [a.id, a.properties.names[language] ?? a.id]));
  const placeNames = new Map(ops.places.map((p) => [p.id, p.names[language] ?? p.id]));

  return (
    <section className="panel ops-panel" data-testid="ops-tasks" aria-labelledby="ops-tasks-title">
      <div className="ops-panel__head">
        <h2 className="panel__title" id="ops-tasks-title">
          {t('ops.tasks.title')}
        </h2>
        <button type="button" className="button button--outline" onClick={() => setCreating((c) => !c)} aria-expanded={creating} data-testid="task-new">
          {t('ops.tasks.new')}
        </button>
      </div>
      <UpdatedAt iso={ops.state.updated.tasks} />
      {creating && <TaskForm ops={ops} />}
      <div className="ops-filters">
        <label>
          {t('ops.filter.state')}
          <select value={filter} onChange={(e) => setFilter(e.target.value as TaskStateFilter)} data-testid="filter-task-state">
            <option value="open">{t('ops.filter.open')}</option>
            <option value="closed">{t('ops.filter.closed')}</option>
            <option value="all">{t('ops.filter.all')}</option>
            {TASK_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`ops.taskState.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {failed && closedWanted && <p className="notice notice--error">{t('ops.loadFailed')}</p>}
      {tasks.length === 0 && <p className="panel__empty">{t('ops.tasks.empty')}</p>}
      <ul className="ops-list">
        {tasks.map((task) => {
          const where = (task.areaId && areaNames.get(task.areaId)) || (task.placeId && placeNames.get(task.placeId)) || '';
          const checked = task.checklist.filter((c) => c.done).length;
          return (
            <li key={task.id} className="ops-list__item" data-testid="task-row" data-task={task.id} data-state={task.state}>
              <p className="ops-list__line">
                <span className="ops-list__name">{task.title}</span>
                <span className={`ops-tag ops-tag--task-${task.state}`}>{t(`ops.taskState.${task.state}`)}</span>
              </p>
              <p className="ops-list__meta">
                {t('ops.task.summary', { team: task.teamName, kind: t(`ops.taskKind.${task.kind}`), where: where || '–' })}
              </p>
              <p className="ops-list__meta">
                {t('ops.task.trips', { people: task.people, vehicles: task.vehicles, done: checked, total: task.checklist.length })}
                {' · '}
                {formatMacauDateTime(task.updatedAt, language)}
              </p>
              {task.reason && <p className="ops-list__meta">{t('ops.task.reason', { reason: task.reason })}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
