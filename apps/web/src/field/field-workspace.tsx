import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n.context.js';
import { PageHeading } from '../layout/page-heading.js';
import { usePageTitle } from '../layout/page-title.js';
import { useRealtimeEvent } from '../realtime/live-connection.context.js';
import { useWhenLive } from '../realtime/use-when-live.js';
import { CheckInPanel } from './check-in-panel.js';
import type { FieldAccess } from './field-access.js';
import { useFieldPwa } from './field-pwa.js';
import { OutboxPanel } from './outbox-panel.js';
import type { OutboxItem } from './outbox.model.js';
import { ReportForm } from './report-form.js';
import { TaskList } from './task-list.js';
import { useFieldData, type FieldData } from './use-field-data.js';
import { useFieldOutbox } from './use-field-outbox.js';
import { useOnline } from './use-online.js';
import './field.css';

const VIEWS = ['tasks', 'check-in', 'report', 'outbox'] as const;
type View = (typeof VIEWS)[number];
const VIEW_LABELS = { tasks: 'field.tab.tasks', 'check-in': 'field.tab.checkIn', report: 'field.tab.report', outbox: 'field.tab.outbox' } as const satisfies Record<View, string>;
const VIEW_TITLES = { tasks: 'field.tasks.title', 'check-in': 'field.checkIn.title', report: 'field.report.title', outbox: 'field.outbox.title' } as const satisfies Record<View, string>;

/** Task updates pushed by the server while the live connection is up; a reconnect reloads the list. */
function LiveTaskUpdates({ data }: { data: FieldData }) {
  useRealtimeEvent('ops.task', (envelope) => data.applyTask(envelope.payload.task));
  useWhenLive(data.reloadTasks);
  return null;
}

/**
 * The field app on a phone: four sections (tasks, check-in, report, outbox) behind big tabs, the outbox count always
 * in view. `live` is false while the session waits for the network (nothing pushed then; records still queue).
 */
export function FieldWorkspace({ access, live }: { access: FieldAccess; live: boolean }) {
  const { t } = useI18n();
  usePageTitle('field.title');
  useFieldPwa();
  const [params, setParams] = useSearchParams();
  const asked = params.get('view');
  const view: View = (VIEWS as readonly string[]).includes(asked ?? '') ? (asked as View) : 'tasks';
  const outbox = useFieldOutbox(access);
  const data = useFieldData(access);
  const online = useOnline();
  const [fixing, setFixing] = useState<OutboxItem | undefined>();

  const show = (next: View) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.set('view', next);
        return copy;
      },
      { replace: true },
    );

  return (
    <div className="area area--field field-app" data-testid="field-page" data-live={live ? 'true' : 'false'}>
      {live && <LiveTaskUpdates data={data} />}
      <div className="page-intro">
        <PageHeading>{t('field.title')}</PageHeading>
        <p className="lead field-app__intro">{t('field.intro')}</p>
      </div>
      {!online && (
        <p className="notice notice--warning" role="status" data-testid="field-offline">
          <span className="notice__symbol" aria-hidden="true" />
          <span>{t('field.offline')}</span>
        </p>
      )}
      <nav className="field-tabs" aria-label={t('field.tabs')}>
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            className={`field-tabs__tab${v === view ? ' field-tabs__tab--on' : ''}`}
            aria-current={v === view ? 'page' : undefined}
            onClick={() => show(v)}
            data-testid={`field-tab-${v}`}
          >
            <span>{t(VIEW_LABELS[v])}</span>
            {v === 'outbox' && outbox.waiting > 0 && (
              <span className="count-tag field-tabs__count" data-testid="outbox-count">
                {outbox.waiting}
              </span>
            )}
          </button>
        ))}
      </nav>
      <section className="panel field-section" aria-labelledby="field-section-title" data-view={view}>
        <h2 id="field-section-title" className="panel__title">
          {t(VIEW_TITLES[view])}
        </h2>
        {view === 'tasks' && <TaskList data={data} outbox={outbox} />}
        {view === 'check-in' && <CheckInPanel outbox={outbox} areas={data.areas} tasks={data.tasks ?? []} teams={data.teams} userId={access.userId} />}
        {view === 'report' && (
          <ReportForm
            key={fixing?.id ?? 'new'}
            outbox={outbox}
            areas={data.areas}
            tasks={data.tasks ?? []}
            fixing={fixing}
            onFixed={() => setFixing(undefined)}
          />
        )}
        {view === 'outbox' && (
          <OutboxPanel
            outbox={outbox}
            onFix={(item) => {
              setFixing(item);
              show('report');
            }}
          />
        )}
      </section>
    </div>
  );
}
