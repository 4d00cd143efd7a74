import { LANGUAGES, type AlertContent } from '@app/contracts';
import { LANGUAGE_ENDONYMS } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';
import { alertTone, notificationPreview } from './alert-composer.model.js';

/** Each language's notification as a phone shows it: the headline as title, the instruction as body. */
export function NotificationPreviews({ content }: { content: Pick<AlertContent, 'status' | 'msgType' | 'info'> & { id?: string } }) {
  const { t } = useI18n();
  return (
    <section className="previews" aria-label={t('alerts.preview.title')} data-testid="notification-previews">
      <h3>{t('alerts.preview.title')}</h3>
      <div className="previews__grid">
        {LANGUAGES.map((l) => {
          const preview = notificationPreview(content, l);
          return (
            <div key={l} className={`notification-preview alert-tone--${alertTone(content.status)}`} lang={l} data-testid="notification-preview" data-language={l}>
              <span className="notification-preview__app">{LANGUAGE_ENDONYMS[l]}</span>
              <strong className="notification-preview__title">{preview.title}</strong>
              <span className="notification-preview__body">{preview.body}</span>
              <span className={preview.tooLarge ? 'char-count char-count--over' : 'char-count'}>{t('alerts.preview.bytes', { bytes: preview.bytes })}</span>
            </div>
          );
        })}
      </div>
    </section>
  );
}
