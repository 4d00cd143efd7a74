import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formProblemFor, type FormProblem } from '../forms/form-problem.js';
import { FormStatus } from '../forms/form-status.js';
import { useI18n } from '../i18n/i18n.context.js';
import { PageHeading } from '../layout/page-heading.js';
import { usePageTitle } from '../layout/page-title.js';
import { AlertEditor } from '../alerts/alert-editor.js';
import { AlertReview } from '../alerts/alert-review.js';
import { alertTone, groupTemplates, isEditable } from '../alerts/alert-composer.model.js';
import { StatusTag } from '../alerts/drill-banner.js';
import { ResidentStatusTile } from '../alerts/resident-status-tile.js';
import { useAlertsDesk, type AlertsDeskView } from '../alerts/use-alerts-desk.js';
import { useSession } from '../session/session.context.js';

/** `/command/alerts`: compose alerts from templates, approve them as a second person, follow their delivery. */
export function CommandAlertsPage() {
  const { t, language } = useI18n();
  const session = useSession();
  usePageTitle('alerts.desk.title');
  const desk = useAlertsDesk();
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('alert');
  const selected = desk.alerts?.find((a) => a.id === selectedId);
  const composer = session.status === 'authenticated' && ['admin', 'commander', 'operator'].includes(session.user.role);
  const select = (id: string) => setParams({ alert: id });

  return (
    <div className="area area--command" data-testid="alerts-desk">
      <div className="page-intro page-intro--with-action">
        <div>
          <PageHeading>{t('alerts.desk.title')}</PageHeading>
          <p className="lead">{t('alerts.desk.intro')}</p>
        </div>
        <Link to="/command" className="button button--outline">
          {t('alerts.desk.back')}
        </Link>
      </div>
      <div className="alerts-desk-layout">
        <div className="alerts-desk-layout__side">
          {composer && <NewAlert desk={desk} onCreated={select} />}
          <section className="panel" data-testid="alert-list">
            <h2 className="panel__title">{t('alerts.list.title')}</h2>
            {desk.failed && <p className="notice notice--error">{t('alerts.list.failed')}</p>}
            {desk.alerts?.length === 0 && <p className="panel__empty">{t('alerts.list.empty')}</p>}
            <ul className="alert-list">
              {desk.alerts?.map((alert) => (
                <li key={alert.id}>
                  <button
                    type="button"
                    className={`alert-list__item alert-tone--${alertTone(alert.status)}${alert.id === selectedId ? ' alert-list__item--on' : ''}`}
                    onClick={() => select(alert.id)}
                    data-testid="alert-list-item"
                    data-alert={alert.id}
                    data-state={alert.state}
                  >
                    <span className="alert-list__state">{t(`alerts.state.${alert.state}`)}</span>
                    <StatusTag status={alert.status} />
                    <span className="alert-list__headline">{alert.info[language]?.headline}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <ResidentStatusTile api={desk.api} />
        </div>
        <div className="alerts-desk-layout__main">
          {selected ? (
            <section className="panel" data-testid="alert-detail" data-alert={selected.id}>
              <h2 className="panel__title">
                {t(`alerts.state.${selected.state}`)}
                <StatusTag status={selected.status} />
              </h2>
              {isEditable(selected) && composer ? <AlertEditor key={selected.id} alert={selected} desk={desk} /> : <AlertReview alert={selected} desk={desk} />}
            </section>
          ) : (
            <p className="panel__empty">{t('alerts.desk.choose')}</p>
          )}
        </div>
      </div>
    </div>
  );
}

function NewAlert({ desk, onCreated }: { desk: AlertsDeskView; onCreated: (id: string) => void }) {
  const { t, language } = useI18n();
  const [templateId, setTemplateId] = useState('');
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [busy, setBusy] = useState(false);
  const groups = groupTemplates(desk.templates);

  async function create() {
    if (!templateId || busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const alert = await desk.api.createFromTemplate(templateId);
      desk.put(alert);
      onCreated(alert.id);
    } catch (err) {
      setProblem(formProblemFor(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" data-testid="new-alert">
      <h2 className="panel__title">{t('alerts.new.title')}</h2>
      <div className="form__field">
        <label htmlFor="new-alert-template">{t('alerts.new.template')}</label>
        <select id="new-alert-template" value={templateId} onChange={(e) => setTemplateId(e.target.value)} data-testid="template-select">
          <option value="">{t('alerts.new.choose')}</option>
          {groups.map((group) => (
            <optgroup key={group.key} label={group.key === 'other' ? t('alerts.new.otherGroup') : group.key}>
              {group.templates.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.name[language] ?? template.id}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="button" className="button button--primary" disabled={!templateId || busy} onClick={create} data-testid="template-create">
        {t('alerts.new.create')}
      </button>
      <FormStatus problem={problem} done={undefined} />
    </section>
  );
}
