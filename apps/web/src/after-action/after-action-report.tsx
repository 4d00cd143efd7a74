import type { AfterActionReport, Language } from '@app/contracts';
import { LANGUAGE_ENDONYMS } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';
import type { MessageKey } from '../i18n/catalogues.js';
import { formatCount } from '../operations/ops-format.js';
import { formatMacauDateTime } from '../signals/macau-time.js';
import { share } from './after-action.model.js';

/** A label from the catalogue when the code is one the app knows, else the code as the server sent it. */
function labelOf(t: (key: MessageKey) => string, prefix: string, code: string, known: readonly string[]): string {
  return known.includes(code) ? t(`${prefix}${code}` as MessageKey) : code;
}

const CATEGORIES = ['fallen-tree', 'flooding', 'loose-structure', 'landslide', 'power', 'blocked-road', 'other'];
const OUTCOMES = ['safe', 'needs-help', 'moved', 'not-reached'];
const CHANNELS = ['web-push'];

/** The HQ's published summary for one event, as a printable document. */
export function AfterActionReportView({ report }: { report: AfterActionReport }) {
  const { t, language } = useI18n();
  const n = (v: number) => formatCount(v, language);
  const when = (iso: string) => formatMacauDateTime(iso, language) ?? iso;
  const w = report.warnings;
  return (
    <article className="aar" data-testid="after-action-report" lang={report.language}>
      <header className="aar__header">
        <h2 className="aar__title">{t('afterAction.report.title')}</h2>
        <p className="aar__period" data-testid="aar-period">
          {t('afterAction.report.period', { from: when(report.from), to: when(report.to) })}
        </p>
        <p className="aar__generated">{t('afterAction.report.generated', { time: when(report.generatedAt) })}</p>
      </header>

      <section className="aar__section" data-testid="aar-warnings">
        <h3>{t('afterAction.warnings.title')}</h3>
        <dl className="aar__figures">
          <Figure label={t('afterAction.warnings.alerts')} value={n(w.alerts)} id="alerts" />
          <Figure label={t('afterAction.warnings.sent')} value={n(w.sent)} id="warnings-sent" />
          <Figure label={t('afterAction.warnings.failed')} value={n(w.failed)} id="warnings-failed" />
        </dl>
        <div className="aar__tables">
          <table className="aar__table">
            <caption>{t('afterAction.warnings.byChannel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('afterAction.col.channel')}</th>
                <th scope="col">{t('afterAction.col.sent')}</th>
                <th scope="col">{t('afterAction.col.share')}</th>
              </tr>
            </thead>
            <tbody>
              {w.byChannel.map((row) => (
                <tr key={row.channel}>
                  <th scope="row">{labelOf(t, 'afterAction.channel.', row.channel, CHANNELS)}</th>
                  <td>{n(row.sent)}</td>
                  <td>{`${share(row.sent, w.sent)}%`}</td>
                </tr>
              ))}
              {w.byChannel.length === 0 && <EmptyRow span={3} />}
            </tbody>
          </table>
          <table className="aar__table">
            <caption>{t('afterAction.warnings.byLanguage')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('afterAction.col.language')}</th>
                <th scope="col">{t('afterAction.col.sent')}</th>
                <th scope="col">{t('afterAction.col.share')}</th>
              </tr>
            </thead>
            <tbody>
              {w.byLanguage.map((row) => (
                <tr key={row.language}>
                  <th scope="row">{LANGUAGE_ENDONYMS[row.language as Language] ?? row.language}</th>
                  <td>{n(row.sent)}</td>
                  <td>{`${share(row.sent, w.sent)}%`}</td>
                </tr>
              ))}
              {w.byLanguage.length === 0 && <EmptyRow span={3} />}
            </tbody>
          </table>
        </div>
      </section>

      <section className="aar__section" data-testid="aar-signals">
        <h3>{t('afterAction.signals.title')}</h3>
        <table className="aar__table aar__table--wide">
          <thead>
            <tr>
              <th scope="col">{t('afterAction.col.time')}</th>
              <th scope="col">{t('afterAction.col.signal')}</th>
            </tr>
          </thead>
          <tbody>
            {report.signalTimeline.map((row, i) => (
              <tr key={`${row.at}-${i}`}>
                <td>
                  <time dateTime={row.at}>{when(row.at)}</time>
                </td>
                <td>{row.label}</td>
              </tr>
            ))}
            {report.signalTimeline.length === 0 && <EmptyRow span={2} />}
          </tbody>
        </table>
      </section>

      <section className="aar__section" data-testid="aar-teams">
        <h3>{t('afterAction.teams.title')}</h3>
        <dl className="aar__figures">
          <Figure label={t('afterAction.teams.inspectionTeams')} value={n(report.teams.inspectionTeams)} id="inspection-teams" />
          <Figure label={t('afterAction.teams.rescueCrews')} value={n(report.teams.rescueCrews)} id="rescue-crews" />
          <Figure label={t('afterAction.teams.tasks')} value={t('afterAction.teams.tasksDone', { done: n(report.teams.tasksDone), total: n(report.teams.tasks) })} id="tasks" />
          <Figure label={t('afterAction.teams.inspectorTrips')} value={n(report.teams.inspectorTrips)} id="inspector-trips" />
          <Figure label={t('afterAction.teams.vehicleTrips')} value={n(report.teams.vehicleTrips)} id="vehicle-trips" />
          <Figure label={t('afterAction.teams.vehicles')} value={n(report.teams.vehicles)} id="vehicles" />
          <Figure label={t('afterAction.crews.peakCrews')} value={n(report.crews.peakCrewsOnStandby)} id="peak-crews" />
          <Figure label={t('afterAction.crews.peakPeople')} value={n(report.crews.peakPeopleOnStandby)} id="peak-people" />
        </dl>
      </section>

      <section className="aar__section" data-testid="aar-hazards">
        <h3>{t('afterAction.hazards.title')}</h3>
        <dl className="aar__figures">
          <Figure label={t('afterAction.hazards.found')} value={n(report.hazards.found)} id="hazards-found" />
          <Figure label={t('afterAction.hazards.rectified')} value={n(report.hazards.rectified)} id="hazards-rectified" />
          <Figure label={t('afterAction.hazards.verified')} value={n(report.hazards.verified)} id="hazards-verified" />
          <Figure label={t('afterAction.hazards.open')} value={n(report.hazards.open)} id="hazards-open" />
        </dl>
        <table className="aar__table">
          <caption>{t('afterAction.hazards.byCategory')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('afterAction.col.category')}</th>
              <th scope="col">{t('afterAction.col.found')}</th>
              <th scope="col">{t('afterAction.col.rectified')}</th>
            </tr>
          </thead>
          <tbody>
            {report.hazards.byCategory.map((row) => (
              <tr key={row.category}>
                <th scope="row">{labelOf(t, 'ops.category.', row.category, CATEGORIES)}</th>
                <td>{n(row.found)}</td>
                <td>{n(row.rectified)}</td>
              </tr>
            ))}
            {report.hazards.byCategory.length === 0 && <EmptyRow span={3} />}
          </tbody>
        </table>
      </section>

      <section className="aar__section" data-testid="aar-evacuation">
        <h3>{t('afterAction.evacuation.title')}</h3>
        <dl className="aar__figures">
          <Figure label={t('afterAction.evacuation.peopleMoved')} value={n(report.evacuation.peopleMoved)} id="people-moved" />
          <Figure label={t('afterAction.evacuation.transfers')} value={n(report.evacuation.transfers)} id="transfers" />
          <Figure label={t('afterAction.evacuation.sheltersUsed')} value={n(report.evacuation.sheltersUsed)} id="shelters-used" />
          <Figure label={t('afterAction.evacuation.peakOccupancy')} value={n(report.evacuation.peakOccupancy)} id="peak-occupancy" />
          <Figure label={t('afterAction.evacuation.vulnerableChecked')} value={n(report.evacuation.vulnerableChecked)} id="vulnerable-checked" />
        </dl>
        <table className="aar__table">
          <caption>{t('afterAction.evacuation.outcomes')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('afterAction.col.outcome')}</th>
              <th scope="col">{t('afterAction.col.count')}</th>
            </tr>
          </thead>
          <tbody>
            {report.evacuation.welfareOutcomes.map((row) => (
              <tr key={row.outcome}>
                <th scope="row">{labelOf(t, 'afterAction.outcome.', row.outcome, OUTCOMES)}</th>
                <td>{n(row.count)}</td>
              </tr>
            ))}
            {report.evacuation.welfareOutcomes.length === 0 && <EmptyRow span={2} />}
          </tbody>
        </table>
      </section>

      <section className="aar__section" data-testid="aar-residents">
        <h3>{t('afterAction.residents.title')}</h3>
        <dl className="aar__figures">
          <Figure label={t('afterAction.residents.safe')} value={n(report.residents.safe)} id="residents-safe" />
          <Figure label={t('afterAction.residents.needHelp')} value={n(report.residents.needHelp)} id="residents-need-help" />
          <Figure label={t('afterAction.residents.handled')} value={n(report.residents.helpRequestsHandled)} id="help-handled" />
        </dl>
      </section>
    </article>
  );
}

function Figure({ label, value, id }: { label: string; value: string; id: string }) {
  return (
    <div className="aar__figure" data-testid={`aar-${id}`}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function EmptyRow({ span }: { span: number }) {
  const { t } = useI18n();
  return (
    <tr>
      <td colSpan={span} className="aar__none">
        {t('afterAction.none')}
      </td>
    </tr>
  );
}
