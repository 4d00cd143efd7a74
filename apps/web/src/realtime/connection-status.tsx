import { useI18n } from '../i18n/i18n.context.js';
import { useLiveConnection } from './live-connection.context.js';

/**
 * The live-connection indicator. Each state has its own words and its own symbol shape as well as its colour,
 * so it reads the same without colour vision.
 */
export function ConnectionStatus() {
  const { state, lastContactAt } = useLiveConnection();
  const { t, formatTime } = useI18n();
  const label = t(`connection.state.${state}`);
  const contact =
    lastContactAt === undefined ? t('connection.noContact') : t('connection.lastContact', { time: formatTime(new Date(lastContactAt)) });
  return (
    <div className="connection-status" data-testid="connection-status" data-state={state}>
      <span className="connection-status__symbol" aria-hidden="true" />
      {/* Only the state is announced; the contact time changes every few seconds and would be noise. */}
      <span className="connection-status__label" role="status" aria-live="polite">
        <span className="visually-hidden">{t('connection.label')}: </span>
        {label}
      </span>
      <span className="connection-status__contact" data-testid="connection-last-contact">
        {lastContactAt === undefined ? (
          contact
        ) : (
          <time dateTime={new Date(lastContactAt).toISOString()}>{contact}</time>
        )}
      </span>
    </div>
  );
}
