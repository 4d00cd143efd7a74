import type { MessageKey } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';
import type { OutboxItem } from './outbox.model.js';
import type { FieldOutbox } from './use-field-outbox.js';

function whatOf(item: OutboxItem): MessageKey | undefined {
  switch (item.kind) {
    case 'report':
      return `field.report.category.${item.label.what}` as MessageKey;
    case 'check-in':
      return `field.checkIn.status.${item.label.what}` as MessageKey;
    case 'transition':
      return `field.task.state.${item.label.what}` as MessageKey;
    case 'welfare-check':
      return `evac.outcome.${item.label.what}` as MessageKey;
    default:
      return undefined;
  }
}

/** Everything recorded on this phone, with what became of it; refused records say why and can be corrected or dropped. */
export function OutboxPanel({ outbox, onFix }: { outbox: FieldOutbox; onFix: (item: OutboxItem) => void }) {
  const { t, formatTime } = useI18n();

  function discard(item: OutboxItem) {
    if (window.confirm(t('field.outbox.confirmDiscard'))) void outbox.discard(item.id);
  }

  return (
    <div data-testid="outbox-panel">
      <div className="field-outbox__summary">
        <p className="field-outbox__count" data-testid="outbox-waiting" data-count={outbox.waiting}>
          {outbox.waiting > 0 ? t('field.outbox.waiting', { count: outbox.waiting }) : outbox.items.length > 0 ? t('field.outbox.allSent') : t('field.outbox.empty')}
        </p>
        {outbox.waiting > 0 && (
          <button type="button" className="button button--primary" onClick={() => void outbox.flush(true)} data-testid="outbox-send-now">
            {t('field.outbox.sendNow')}
          </button>
        )}
      </div>
      <ul className="field-outbox">
        {outbox.items.map((item) => {
          const what = whatOf(item);
          return (
            <li key={item.id} className={`field-outbox__item field-outbox__item--${item.state}`} data-testid="outbox-item" data-client-id={item.id} data-kind={item.kind} data-state={item.state}>
              <div className="field-outbox__head">
                <span className="field-outbox__kind">{t(`field.outbox.kind.${item.kind}`)}</span>
                <span className={`status-tag field-outbox__state field-outbox__state--${item.state}`} data-testid="outbox-state">
                  {t(`field.outbox.state.${item.state}`)}
                </span>
              </div>
              <p className="field-outbox__what">
                {what && <strong>{t(what)}</strong>}
                {item.kind === 'transfer' && <strong>{t('field.transfer.peopleCount', { count: item.label.what })}</strong>}
                {item.label.detail && <span className="field-outbox__detail">{` ${item.label.detail}`}</span>}
              </p>
              <p className="field-outbox__meta">
                {t('field.outbox.recorded', { time: formatTime(new Date(item.createdAt)) })}
                {item.label.photos ? ` · ${t('field.outbox.photoCount', { count: item.label.photos })}` : ''}
                {item.attempts > 0 && item.state !== 'sent' ? ` · ${t('field.outbox.tries', { count: item.attempts })}` : ''}
                {item.state === 'pending' && item.nextAttemptAt ? ` · ${t('field.outbox.nextTry', { time: formatTime(new Date(item.nextAttemptAt)) })}` : ''}
              </p>
              {item.state === 'failed' && item.problem && (
                <div className="notice notice--error" role="alert" data-testid="outbox-problem">
                  <span className="notice__symbol" aria-hidden="true" />
                  <div>
                    <p className="notice__text">
                      {item.problem.status === 409 ? t('field.outbox.conflict') : t('field.outbox.refused', { code: `${item.problem.status} ${item.problem.code}` })}
                    </p>
                    {item.problem.message && <p className="notice__detail">{item.problem.message}</p>}
                  </div>
                </div>
              )}
              {item.state === 'failed' && (
                <div className="field-outbox__actions">
                  {item.kind === 'report' && (
                    <button type="button" className="button button--primary" onClick={() => onFix(item)} data-testid="outbox-fix">
                      {t('field.outbox.fix')}
                    </button>
                  )}
                  <button type="button" className="button button--outline" onClick={() => discard(item)} data-testid="outbox-discard">
                    {t('field.outbox.discard')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
