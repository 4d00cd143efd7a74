import { useId, type ReactNode } from 'react';
import { SIGNAL_PROBABILITIES, type SignalOutlook } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { useZonedTime } from './macau-time-label.js';
import { probabilityStep } from './outlook.model.js';
import type { SignalDirectory } from './signal-directory.js';
import type { SignalOutlookView } from './use-signal-outlook.js';

/** SMG's table of probabilities of upcoming signals, as entered by an operator, with who entered it and when. */
export function OutlookTable({ view, directory, children }: { view: SignalOutlookView; directory: SignalDirectory; children?: ReactNode }) {
  const { t, language } = useI18n();
  const titleId = useId();
  const { outlook } = view;
  const authority = outlook ? (directory.authorityName(outlook.authority)?.[language] ?? outlook.authority) : undefined;
  return (
    <section className="panel outlook" aria-labelledby={titleId} data-testid="signal-outlook">
      <h2 id={titleId} className="panel__title">
        {t('signals.outlook.title')}
      </h2>
      {outlook === undefined && !view.failed && <p>{t('signals.board.loading')}</p>}
      {outlook === undefined && view.failed && (
        <p className="notice notice--warning" role="status">
          <span className="notice__symbol" aria-hidden="true" />
          {t('signals.outlook.failed')}
        </p>
      )}
      {outlook === null && <p className="panel__empty">{t('signals.outlook.none')}</p>}
      {outlook && <OutlookRows outlook={outlook} authority={authority!} directory={directory} />}
      {children}
    </section>
  );
}

function OutlookRows({ outlook, authority, directory }: { outlook: SignalOutlook; authority: string; directory: SignalDirectory }) {
  const { t, language } = useI18n();
  const zoned = useZonedTime();
  return (
    <>
      <p className="panel__note">
        {t('signals.outlook.source', { authority, time: zoned(outlook.publishedAt) })}
      </p>
      <div className="table-scroll">
        <table className="data-table outlook-table">
          <thead>
            <tr>
              <th scope="col">{t('signals.outlook.col.signal')}</th>
              <th scope="col">{t('signals.outlook.col.probability')}</th>
              <th scope="col">{t('signals.outlook.col.window')}</th>
            </tr>
          </thead>
          <tbody>
            {outlook.rows.map((row) => (
              <tr key={row.level} data-testid="outlook-row" data-level={row.level}>
                <th scope="row">
                  {directory.level({ authority: outlook.authority, hazard: outlook.hazard }, row.level)?.name[language] ??
                    t('signals.outlook.signalCode', { code: row.level })}
                </th>
                <td>
                  <span className="probability">
                    <span className="probability__meter" aria-hidden="true" data-step={probabilityStep(row.probability)}>
                      {SIGNAL_PROBABILITIES.map((p) => (
                        <span key={p} className="probability__step" />
                      ))}
                    </span>
                    <span className="probability__word">{t(`signals.probability.${row.probability}`)}</span>
                  </span>
                </td>
                <td>{row.window ?? t('signals.outlook.noWindow')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {outlook.enteredAt && (
        <p className="panel__note">
          {t('signals.outlook.entered', { name: outlook.enteredBy ?? t('signals.outlook.unknownPerson'), time: zoned(outlook.enteredAt) })}
        </p>
      )}
    </>
  );
}
