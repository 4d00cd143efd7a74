import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.context.js';
import { PageHeading } from '../layout/page-heading.js';
import { usePageTitle } from '../layout/page-title.js';
import { HazardsPanel } from '../operations/hazards-panel.js';
import { KpiTiles } from '../operations/kpi-tiles.js';
import { OperationsMap } from '../operations/operations-map.js';
import { withLocalSilence } from '../operations/silence.js';
import type { Selection } from '../operations/selection.js';
import { SheltersPanel } from '../operations/shelters-panel.js';
import { TasksPanel } from '../operations/tasks-panel.js';
import { TeamsPanel } from '../operations/teams-panel.js';
import { useNow } from '../operations/use-now.js';
import { useOperations } from '../operations/use-operations.js';
import '../operations/operations.css';

const ROW_SELECTOR = { team: 'team', hazard: 'report', shelter: 'shelter' } as const;

/** `/command/operations`: the live operations picture — figures, map, teams, tasks, hazards and shelters. */
export function CommandOperationsPage() {
  const { t } = useI18n();
  usePageTitle('ops.title');
  const live = useOperations();
  const now = useNow();
  // Units turn silent on screen as the clock passes the limit, between the server's own updates.
  const teams = useMemo(
    () => withLocalSilence(live.state.teams, live.state.tasks, now, live.silentAfterMinutes),
    [live.state.teams, live.state.tasks, now, live.silentAfterMinutes],
  );
  const ops = useMemo(() => (teams === live.state.teams ? live : { ...live, state: { ...live.state, teams } }), [live, teams]);
  const [selection, setSelection] = useState<Selection>(null);

  /** A marker picked on the map: its row in the lists opens and comes into view. */
  const selectFromMap = (next: Selection) => {
    setSelection(next);
    if (!next) return;
    requestAnimationFrame(() => document.querySelector(`[data-${ROW_SELECTOR[next.kind]}="${CSS.escape(next.id)}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }));
  };

  return (
    <div className="area area--command ops-page" data-testid="operations-page" data-status={ops.status}>
      <div className="page-intro page-intro--with-action">
        <div>
          <PageHeading>{t('ops.title')}</PageHeading>
          <p className="lead">{t('ops.intro')}</p>
        </div>
        <div className="button-row">
          <Link to="/command/after-action" className="button button--outline" data-testid="open-after-action">
            {t('ops.openAfterAction')}
          </Link>
          <Link to="/command" className="button button--outline">
            {t('ops.back')}
          </Link>
        </div>
      </div>
      {ops.status === 'loading' && <p className="panel__empty">{t('app.loading')}</p>}
      {ops.status === 'unavailable' && <p className="notice notice--info">{t('ops.unavailable')}</p>}
      {ops.status === 'failed' && <p className="notice notice--error">{t('ops.loadFailed')}</p>}
      {ops.state.kpis && <KpiTiles kpis={ops.state.kpis} />}
      <div className="ops-layout">
        <div className="ops-layout__main">
          <OperationsMap state={ops.state} areas={ops.areas} places={ops.places} now={now} selection={selection} onSelect={selectFromMap} />
          <HazardsPanel ops={ops} now={now} selection={selection} onSelect={setSelection} />
          <TasksPanel ops={ops} />
        </div>
        <div className="ops-layout__side">
          <TeamsPanel ops={ops} now={now} selection={selection} onSelect={setSelection} />
          <SheltersPanel ops={ops} selection={selection} onSelect={setSelection} />
        </div>
      </div>
    </div>
  );
}
