import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AfterActionReportView } from '../after-action/after-action-report.js';
import { defaultPeriod, periodFromInputs, periodFromSearch, periodInputs, type PeriodProblem } from '../after-action/after-action.model.js';
import { useAfterAction } from '../after-action/use-after-action.js';
import { FormStatus } from '../forms/form-status.js';
import { useI18n } from '../i18n/i18n.context.js';
import { PageHeading } from '../layout/page-heading.js';
import { usePageTitle } from '../layout/page-title.js';
import '../after-action/after-action.css';

/** `/command/after-action`: the summary the HQ publishes after an event, for a chosen period; print or download it. */
export function AfterActionPage() {
  const { t } = useI18n();
  usePageTitle('afterAction.title');
  const [params, setParams] = useSearchParams();
  const fromAddress = useMemo(() => periodFromSearch(params), [params]);
  const period = fromAddress;
  const initial = useMemo(() => periodInputs(fromAddress ?? defaultPeriod(Date.now())), [fromAddress]);
  const [fromValue, setFromValue] = useState(initial.from);
  const [toValue, setToValue] = useState(initial.to);
  const [periodProblem, setPeriodProblem] = useState<PeriodProblem | undefined>();
  const view = useAfterAction(period);

  function submit(e: FormEvent) {
    e.preventDefault();
    const read = periodFromInputs(fromValue, toValue);
    if (typeof read === 'string') {
      setPeriodProblem(read);
      return;
    }
    setPeriodProblem(undefined);
    // The period lives in the address, so the page can be reloaded, bookmarked and shared.
    setParams({ from: read.from, to: read.to });
  }

  return (
    <div className="area area--command aar-page" data-testid="after-action-page">
      <div className="page-intro page-intro--with-action aar-noprint">
        <div>
          <PageHeading>{t('afterAction.title')}</PageHeading>
          <p className="lead">{t('afterAction.intro')}</p>
        </div>
        <div className="button-row">
          <Link to="/command/operations" className="button button--outline">
            {t('afterAction.toOperations')}
          </Link>
          <Link to="/command" className="button button--outline">
            {t('ops.back')}
          </Link>
        </div>
      </div>
      <form className="form form--panel aar-controls aar-noprint" onSubmit={submit} noValidate data-testid="after-action-form">
        <div className="form__grid">
          <div className="form__field">
            <label htmlFor="aar-from">{t('afterAction.period.from')}</label>
            <input id="aar-from" type="datetime-local" value={fromValue} onChange={(e) => setFromValue(e.target.value)} data-testid="aar-from" required />
          </div>
          <div className="form__field">
            <label htmlFor="aar-to">{t('afterAction.period.to')}</label>
            <input id="aar-to" type="datetime-local" value={toValue} onChange={(e) => setToValue(e.target.value)} data-testid="aar-to" required />
          </div>
        </div>
        <p className="form__hint">{t('afterAction.period.hint')}</p>
        <div className="form__buttons button-row">
          <button type="submit" className="button button--primary" data-testid="aar-load">
            {t('afterAction.load')}
          </button>
          {view.report && (
            <>
              <button type="button" className="button button--outline" onClick={() => window.print()} data-testid="aar-print">
                {t('afterAction.print')}
              </button>
              <button type="button" className="button button--outline" onClick={() => void view.download('json')} data-testid="aar-json">
                {t('afterAction.downloadJson')}
              </button>
              <button type="button" className="button button--outline" onClick={() => void view.download('csv')} data-testid="aar-csv">
                {t('afterAction.downloadCsv')}
              </button>
            </>
          )}
        </div>
        {periodProblem && <p className="notice notice--error" role="alert">{t(periodProblem)}</p>}
        <FormStatus problem={view.problem ?? view.downloadProblem} done={undefined} />
      </form>
      {!period && <p className="panel__empty aar-noprint">{t('afterAction.choose')}</p>}
      {view.loading && <p className="panel__empty aar-noprint">{t('app.loading')}</p>}
      {view.report === null && <p className="notice notice--info aar-noprint">{t('afterAction.unavailable')}</p>}
      {view.report && !view.loading && <AfterActionReportView report={view.report} />}
    </div>
  );
}
