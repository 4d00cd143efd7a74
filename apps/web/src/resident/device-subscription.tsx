import { useEffect, useMemo, useState } from 'react';
import type { AreaFeature } from '@app/contracts';
import { formProblemFor, type FormProblem } from '../forms/form-problem.js';
import { FormStatus } from '../forms/form-status.js';
import type { MessageKey } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';
import { browserStore } from './browser-store.js';
import { createResidentApi } from './resident-api.js';
import { base64UrlToBytes, loadSubscription, saveSubscription, type StoredSubscription } from './resident.model.js';

/** The service worker that shows pushed alerts; served from the site root so that it controls `/alerts`. */
export const SERVICE_WORKER_URL = '/sw.js';

function pushSupported(): boolean {
  return typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

/**
 * "Get alerts on this device": asks for notification permission, subscribes with the server's VAPID key for the
 * chosen language and areas, and keeps the manage token on the device, which is the only way to change or end it.
 */
export function DeviceSubscription() {
  const { t, language } = useI18n();
  const api = useMemo(() => createResidentApi(), []);
  const [areas, setAreas] = useState<AreaFeature[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [drills, setDrills] = useState(false);
  const [stored, setStored] = useState<StoredSubscription | undefined>(() => {
    const s = browserStore();
    return s ? loadSubscription(s) : undefined;
  });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [note, setNote] = useState<MessageKey | undefined>();
  const supported = pushSupported();

  useEffect(() => {
    api.areas().then((c) => setAreas(Array.isArray(c?.features) ? c.features : []), () => setAreas([]));
  }, [api]);

  async function subscribe() {
    if (busy || chosen.length === 0) return;
    setBusy(true);
    setProblem(undefined);
    setNote(undefined);
    try {
      if ((await Notification.requestPermission()) !== 'granted') {
        setNote('alerts.device.permissionDenied');
        return;
      }
      const registration = await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' });
      await navigator.serviceWorker.ready;
      const key = await api.vapidPublicKey();
      const push = (await registration.pushManager.getSubscription()) ?? (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64UrlToBytes(key) }));
      const json = push.toJSON() as { endpoint: string; keys: { p256dh: string; auth: string } };
      const answer = await api.subscribe({ subscription: { endpoint: json.endpoint, keys: json.keys }, language, areas: chosen, enrolledForDrills: drills });
      const next: StoredSubscription = { id: answer.id, manageToken: answer.manageToken, endpoint: json.endpoint, language, areas: chosen };
      const s = browserStore();
      if (s) saveSubscription(s, next);
      setStored(next);
      setNote('alerts.device.subscribed');
    } catch (err) {
      setProblem(err instanceof DOMException ? { key: 'alerts.device.failed', detail: err.message } : formProblemFor(err));
    } finally {
      setBusy(false);
    }
  }

  async function unsubscribe() {
    if (busy || !stored) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await api.unsubscribe(stored.id, stored.manageToken);
      const registration = await navigator.serviceWorker?.getRegistration(SERVICE_WORKER_URL);
      await (await registration?.pushManager.getSubscription())?.unsubscribe();
      const s = browserStore();
      if (s) saveSubscription(s, null);
      setStored(undefined);
      setNote('alerts.device.unsubscribed');
    } catch (err) {
      setProblem(formProblemFor(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel device-subscription" data-testid="device-subscription" aria-labelledby="device-title">
      <h2 id="device-title" className="panel__title">
        {t('alerts.device.title')}
      </h2>
      {!supported && <p className="panel__empty">{t('alerts.device.unsupported')}</p>}
      {supported && stored && (
        <>
          <p data-testid="device-subscribed">{t('alerts.device.active', { count: stored.areas.length })}</p>
          <button type="button" className="button button--outline" disabled={busy} onClick={unsubscribe} data-testid="device-unsubscribe">
            {t('alerts.device.unsubscribe')}
          </button>
        </>
      )}
      {supported && !stored && (
        <>
          <p className="panel__note">{t('alerts.device.intro')}</p>
          <fieldset className="choice-column">
            <legend>{t('alerts.device.areas')}</legend>
            {areas.map((area) => (
              <label key={area.id} className="choice">
                <input
                  type="checkbox"
                  checked={chosen.includes(area.id)}
                  onChange={() => setChosen((c) => (c.includes(area.id) ? c.filter((x) => x !== area.id) : [...c, area.id]))}
                  data-area={area.id}
                />
                {area.properties.names[language] ?? area.id}
              </label>
            ))}
          </fieldset>
          <label className="choice">
            <input type="checkbox" checked={drills} onChange={(e) => setDrills(e.target.checked)} data-testid="device-drills" />
            {t('alerts.device.drills')}
          </label>
          <button type="button" className="button button--primary" disabled={busy || chosen.length === 0} onClick={subscribe} data-testid="device-subscribe">
            {t('alerts.device.subscribe')}
          </button>
        </>
      )}
      <FormStatus problem={problem} done={note} />
    </section>
  );
}
