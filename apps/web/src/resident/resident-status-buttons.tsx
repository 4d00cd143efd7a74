import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ResidentStatus, ResidentStatusRequest } from '@app/contracts';
import type { MessageKey } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';
import { ApiRequestError, NetworkError } from '../session/auth-api.js';
import { browserStore } from './browser-store.js';
import { createResidentApi } from './resident-api.js';
import { enqueueReport, flushReports, queuedReports, statusReport } from './resident.model.js';

/** "I'm safe" / "I need help": anonymous; kept on the device and sent when the network returns if it cannot go now. */
export function ResidentStatusButtons({ alertId }: { alertId?: string }) {
  const { t } = useI18n();
  const api = useMemo(() => createResidentApi(), []);
  const [contact, setContact] = useState('');
  const [note, setNote] = useState<MessageKey | undefined>();

  const send = useCallback(
    async (report: ResidentStatusRequest): Promise<'sent' | 'retry' | 'drop'> => {
      try {
        return (await api.postStatus(report)) === null ? 'retry' : 'sent';
      } catch (err) {
        if (err instanceof NetworkError || (err instanceof ApiRequestError && (err.status >= 500 || err.status === 429))) return 'retry';
        return 'drop';
      }
    },
    [api],
  );

  const flush = useCallback(async () => {
    const store = browserStore();
    if (!store || queuedReports(store).length === 0) return;
    const left = await flushReports(store, send);
    setNote(left === 0 ? 'alerts.answer.sent' : 'alerts.answer.queued');
  }, [send]);

  useEffect(() => {
    void flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [flush]);

  async function answer(status: ResidentStatus) {
    const report = statusReport(status, crypto.randomUUID(), { alertId, contact });
    const store = browserStore();
    if (!store) {
      setNote((await send(report)) === 'sent' ? 'alerts.answer.sent' : 'alerts.answer.failed');
      return;
    }
    enqueueReport(store, report);
    await flush();
  }

  return (
    <section className="panel resident-answer" data-testid="resident-answer" aria-labelledby="resident-answer-title">
      <h2 id="resident-answer-title" className="panel__title">
        {t('alerts.answer.title')}
      </h2>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => answer('safe')} data-testid="answer-safe">
          {t('alerts.answer.safe')}
        </button>
        <button type="button" className="button button--danger" onClick={() => answer('need-help')} data-testid="answer-help">
          {t('alerts.answer.needHelp')}
        </button>
      </div>
      <div className="form__field">
        <label htmlFor="resident-contact">{t('alerts.answer.contact')}</label>
        <input id="resident-contact" value={contact} onChange={(e) => setContact(e.target.value)} autoComplete="tel" />
      </div>
      {note && (
        <p className="notice notice--info" role="status" data-testid="answer-note">
          {t(note)}
        </p>
      )}
    </section>
  );
}
