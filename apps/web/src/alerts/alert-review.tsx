import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { LANGUAGES, type AlertAudience, type AreaFeature } from '@app/contracts';
import { formProblemFor, type FormProblem } from '../forms/form-problem.js';
import { FormStatus } from '../forms/form-status.js';
import { LANGUAGE_ENDONYMS } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';
import { useSession } from '../session/session.context.js';
import { formatMacauDateTime } from '../signals/macau-time.js';
import { LIVE_CONFIRMATION_PHRASES, alertTone, approvalBlock, isDrill, isLiveConfirmation, needsTypedConfirmation } from './alert-composer.model.js';
import type { EditableAlert } from './alerts-api.js';
import { AlertPeople } from './alert-people.js';
import { AreaMap } from './area-map.js';
import { AudienceLine } from './audience-line.js';
import { DeliveryProgress } from './delivery-progress.js';
import { DrillBanner } from './drill-banner.js';
import { NotificationPreviews } from './notification-previews.js';
import type { AlertsDeskView } from './use-alerts-desk.js';

/** A submitted or finished alert, read-only: everything an approver must see, and the actions its state allows. */
export function AlertReview({ alert, desk }: { alert: EditableAlert; desk: AlertsDeskView }) {
  const { t, language } = useI18n();
  const session = useSession();
  const user = session.status === 'authenticated' ? session.user : undefined;
  const [audience, setAudience] = useState<AlertAudience | null | undefined>();

  useEffect(() => {
    let live = true;
    if (alert.state === 'submitted') desk.api.audience(alert.id).then((a) => live && setAudience(a), () => live && setAudience(null));
    return () => {
      live = false;
    };
  }, [desk.api, alert.id, alert.state]);

  const time = (iso: string | null) => formatMacauDateTime(iso, language) ?? '—';
  const areaNames = alert.target.areaIds.map((id) => desk.areas.find((a) => a.id === id)?.properties.names[language] ?? id);

  return (
    <div className={`alert-review alert-tone--${alertTone(alert.status)}`} data-testid="alert-review" data-state={alert.state} data-status={alert.status}>
      <DrillBanner status={alert.status} />
      <dl className="facts">
        <AlertPeople alert={alert} />
        <dt>{t('alerts.field.severity')}</dt>
        <dd>{`${alert.urgency} · ${alert.severity} · ${alert.certainty}`}</dd>
        <dt>{t('alerts.field.responseTypes')}</dt>
        <dd>{alert.responseTypes.join(', ')}</dd>
        <dt>{t('alerts.review.times')}</dt>
        <dd>{t('alerts.review.timeRange', { effective: time(alert.effective), onset: time(alert.onset), expires: time(alert.expires) })}</dd>
        <dt>{t('alerts.target.title')}</dt>
        <dd data-testid="alert-target">{areaNames.join(', ') || '—'}</dd>
      </dl>
      <TargetMap areas={desk.areas} selected={alert.target.areaIds} />
      {alert.state === 'submitted' && <AudienceLine audience={audience} />}
      <div className="language-columns">
        {LANGUAGES.map((l) => (
          <section key={l} lang={l} className="language-column" data-testid="review-language" data-language={l}>
            <h3>{LANGUAGE_ENDONYMS[l]}</h3>
            <p className="language-column__headline">{alert.info[l]?.headline}</p>
            <p>{alert.info[l]?.description}</p>
            <p className="language-column__instruction">{alert.info[l]?.instruction}</p>
          </section>
        ))}
      </div>
      <NotificationPreviews content={alert} />
      {alert.state === 'submitted' && user && <ApprovalActions alert={alert} desk={desk} user={user} />}
      {alert.state === 'rejected' && alert.rejectionReason && (
        <p className="notice notice--warning">{t('alerts.review.rejectedBecause', { reason: alert.rejectionReason })}</p>
      )}
      {alert.state === 'published' && <PublishedActions alert={alert} desk={desk} />}
      {(alert.state === 'published' || alert.state === 'cancelled' || alert.state === 'expired') && <DeliveryProgress alertId={alert.id} api={desk.api} />}
    </div>
  );
}

function TargetMap({ areas, selected }: { areas: AreaFeature[]; selected: string[] }) {
  return <AreaMap areas={areas} selected={selected} />;
}

const BLOCK_KEYS = { ownAlert: 'alerts.approve.blockedOwn', role: 'alerts.approve.blockedRole', notSubmitted: 'alerts.approve.blockedState' } as const;

function ApprovalActions({ alert, desk, user }: { alert: EditableAlert; desk: AlertsDeskView; user: { id: string; role: string } }) {
  const { t, language } = useI18n();
  const id = useId();
  const [confirmation, setConfirmation] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [busy, setBusy] = useState(false);
  const block = approvalBlock(alert, user);
  const typed = needsTypedConfirmation(alert);
  const drill = isDrill(alert.status);

  async function run(action: () => Promise<EditableAlert>) {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      desk.put(await action());
    } catch (err) {
      setProblem(formProblemFor(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="approval" data-testid="approval">
      <h3>{t('alerts.approve.title')}</h3>
      {block && (
        <p className="notice notice--info" data-testid="approval-blocked">
          {t(BLOCK_KEYS[block])}
        </p>
      )}
      {typed && (
        <div className="form__field">
          <label htmlFor={`${id}-confirm`}>{t('alerts.approve.typePhrase', { phrase: LIVE_CONFIRMATION_PHRASES[language] })}</label>
          <input id={`${id}-confirm`} value={confirmation} onChange={(e) => setConfirmation(e.target.value)} disabled={!!block} data-testid="approve-confirmation" autoComplete="off" />
        </div>
      )}
      <div className="button-row">
        <button
          type="button"
          className={`button button--primary button--${alertTone(alert.status)}`}
          disabled={!!block || busy || (typed && !isLiveConfirmation(confirmation))}
          onClick={() => run(() => desk.api.approve(alert.id, typed ? confirmation : undefined))}
          data-testid="alert-approve"
        >
          {t(drill ? (alert.status === 'Exercise' ? 'alerts.approve.approveExercise' : 'alerts.approve.approveTest') : 'alerts.approve.approveLive')}
        </button>
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-reason`}>{t('alerts.approve.reason')}</label>
        <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} disabled={!!block} data-testid="reject-reason" />
      </div>
      <button type="button" className="button button--outline" disabled={!!block || busy || reason.trim() === ''} onClick={() => run(() => desk.api.reject(alert.id, reason.trim()))} data-testid="alert-reject">
        {t('alerts.approve.reject')}
      </button>
      <FormStatus problem={problem} done={undefined} />
    </section>
  );
}

function PublishedActions({ alert, desk }: { alert: EditableAlert; desk: AlertsDeskView }) {
  const { t } = useI18n();
  const [, setParams] = useSearchParams();
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [busy, setBusy] = useState(false);

  /** Update, Cancel and the correction are new alerts: the desk opens them. */
  async function run(action: () => Promise<EditableAlert>) {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const created = await action();
      desk.put(created);
      setParams({ alert: created.id });
    } catch (err) {
      setProblem(formProblemFor(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="published-actions" data-testid="published-actions">
      <p className="panel__note">{t('alerts.published.readOnly')}</p>
      <div className="button-row">
        <button type="button" className="button button--outline" disabled={busy} onClick={() => run(() => desk.api.followUp(alert.id, 'update'))} data-testid="alert-follow-update">
          {t('alerts.published.update')}
        </button>
        <button type="button" className="button button--outline" disabled={busy} onClick={() => run(() => desk.api.followUp(alert.id, 'cancel'))} data-testid="alert-follow-cancel">
          {t('alerts.published.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() => {
            if (window.confirm(t('alerts.published.sentInErrorConfirm'))) void run(() => desk.api.sentInError(alert.id));
          }}
          data-testid="alert-sent-in-error"
        >
          {t('alerts.published.sentInError')}
        </button>
      </div>
      <FormStatus problem={problem} done={undefined} />
    </section>
  );
}
