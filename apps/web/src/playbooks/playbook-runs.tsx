import { useId, useState } from 'react';
import type { PlaybookRun, PlaybookTask } from '@app/contracts';
import { formProblemFor, type FormProblem } from '../forms/form-problem.js';
import { FormStatus } from '../forms/form-status.js';
import { useI18n } from '../i18n/i18n.context.js';
import { MacauTime } from '../signals/macau-time-label.js';
import type { SignalDirectory } from '../signals/signal-directory.js';
import { runProgress, taskActions, tasksInOrder } from './playbook-runs.model.js';
import type { PlaybookRunsView } from './use-playbook-runs.js';

/** What the signals set off: each fired playbook with its checklist, acknowledged and done by named people. */
export function PlaybookRuns({ view, directory }: { view: PlaybookRunsView; directory: SignalDirectory }) {
  const { t } = useI18n();
  const titleId = useId();
  const { runs } = view;
  return (
    <section className="panel playbooks" aria-labelledby={titleId} data-testid="playbook-runs">
      <h2 id={titleId} className="panel__title">
        {t('playbooks.title')}
        {runs && runs.some((r) => r.status === 'open') && <span className="count-tag">{runs.filter((r) => r.status === 'open').length}</span>}
      </h2>
      <p className="panel__note">{t('playbooks.note')}</p>
      {view.failed && (
        <p className="notice notice--warning" role="status">
          <span className="notice__symbol" aria-hidden="true" />
          {t('playbooks.failed')}
        </p>
      )}
      {runs === undefined && !view.failed && <p>{t('signals.board.loading')}</p>}
      {runs && runs.length === 0 && <p className="panel__empty">{t('playbooks.none')}</p>}
      {runs && runs.length > 0 && (
        <ul className="playbook-list">
          {runs.map((run) => (
            <PlaybookRunCard key={run.id} run={run} view={view} directory={directory} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PlaybookRunCard({ run, view, directory }: { run: PlaybookRun; view: PlaybookRunsView; directory: SignalDirectory }) {
  const { t, language } = useI18n();
  const headingId = useId();
  const { done, total } = runProgress(run);
  const trigger = run.trigger;
  const level = trigger.level === null ? t('signals.level.none') : (directory.level(trigger, trigger.level)?.name[language] ?? trigger.level);
  return (
    <li className={`playbook-run playbook-run--${run.status}`} data-testid="playbook-run" data-rule={run.ruleId} aria-labelledby={headingId}>
      <div className="playbook-run__head">
        <h3 id={headingId} className="playbook-run__title">
          {run.title[language]}
        </h3>
        <span className={`status-tag status-tag--${run.status}`}>{t(`playbooks.status.${run.status}`)}</span>
      </div>
      <p className="playbook-run__summary">{run.summary[language]}</p>
      <p className="playbook-run__trigger">
        {t('playbooks.trigger', {
          authority: directory.authorityName(trigger.authority)?.[language] ?? trigger.authority,
          hazard: directory.hazardName(trigger)?.[language] ?? trigger.hazard,
          level,
        })}{' '}
        <MacauTime iso={run.firedAt} />
      </p>
      <p className="playbook-run__progress">{t('playbooks.progress', { done, total })}</p>
      {run.alertTemplateIds.length > 0 && <p className="playbook-run__templates">{t('playbooks.templates', { count: run.alertTemplateIds.length })}</p>}
      <ol className="task-list">
        {tasksInOrder(run).map((task) => (
          <TaskItem key={task.id} task={task} view={view} readOnly={run.status === 'closed'} />
        ))}
      </ol>
    </li>
  );
}

function TaskItem({ task, view, readOnly }: { task: PlaybookTask; view: PlaybookRunsView; readOnly: boolean }) {
  const { t, language } = useI18n();
  const noteId = useId();
  const statusId = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const allowed = taskActions(task);

  async function act(action: 'acknowledge' | 'done') {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await view.api.act(task.id, action, note.trim() ? { note: note.trim() } : {});
      setNote('');
      // The change also arrives as `playbook.updated`; the refetch covers a connection that is down just now.
      view.reload();
    } catch (err) {
      setProblem(formProblemFor(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className={`task task--${task.state}`} data-testid="playbook-task" data-state={task.state}>
      <div className="task__head">
        <span className="task__symbol" aria-hidden="true" />
        <div className="task__text">
          <p className="task__title">{task.title[language]}</p>
          {task.detail && <p className="task__detail">{task.detail[language]}</p>}
        </div>
        <span className={`status-tag status-tag--${task.state}`}>{t(`playbooks.task.state.${task.state}`)}</span>
      </div>
      {(task.acknowledgedAt || task.doneAt) && (
        <ul className="task__trail">
          {task.acknowledgedAt && (
            <li>
              {t('playbooks.task.acknowledgedBy', { name: task.acknowledgedBy ?? t('signals.outlook.unknownPerson') })}{' '}
              <MacauTime iso={task.acknowledgedAt} />
            </li>
          )}
          {task.doneAt && (
            <li>
              {t('playbooks.task.doneBy', { name: task.doneBy ?? t('signals.outlook.unknownPerson') })} <MacauTime iso={task.doneAt} />
            </li>
          )}
          {task.note && <li className="task__note">{t('playbooks.task.note', { note: task.note })}</li>}
        </ul>
      )}
      {!readOnly && (allowed.acknowledge || allowed.done) && (
        <div className="task__actions">
          <div className="form__buttons">
            {allowed.acknowledge && (
              <button type="button" className="button button--outline" disabled={busy} onClick={() => void act('acknowledge')} data-testid="task-acknowledge">
                {t('playbooks.task.acknowledge')}
              </button>
            )}
            {allowed.done && (
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void act('done')} data-testid="task-done">
                {t('playbooks.task.done')}
              </button>
            )}
          </div>
          {/* The note is optional and most tasks need none: it stays folded until asked for. */}
          <details className="task__note-toggle">
            <summary>{t('playbooks.task.addNote')}</summary>
            <div className="form__field task__note-field">
              <label htmlFor={noteId}>{t('playbooks.task.noteLabel')}</label>
              <input id={noteId} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
            </div>
          </details>
          <FormStatus id={statusId} problem={problem} done={undefined} />
        </div>
      )}
    </li>
  );
}
