import { describe, expect, it } from 'vitest';
import type { PublicAlert, ResidentStatusRequest } from '@app/contracts';
import {
  alertTextIn,
  base64UrlToBytes,
  enqueueReport,
  flushReports,
  loadAlerts,
  loadSubscription,
  orderPublicAlerts,
  queuedReports,
  saveAlerts,
  saveSubscription,
  statusReport,
  type KeyValueStore,
} from './resident.model.js';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const text = (headline: string) => ({ headline, description: 'd', instruction: 'i' });
const alert = (id: string, current: boolean, sent: string, info: Partial<PublicAlert['info']> = {}) =>
  ({ id, current, sent, info: { 'zh-Hans': text(`${id} 简`), 'zh-Hant': text(`${id} 繁`), pt: text(`${id} pt`), en: text(`${id} en`), ...info } }) as PublicAlert;

describe('public alerts on the resident page', () => {
  it('lists alerts in force first, newest first', () => {
    const ordered = orderPublicAlerts([alert('old', false, '2026-09-05T03:00:00Z'), alert('a', true, '2026-09-05T01:00:00Z'), alert('b', true, '2026-09-05T02:00:00Z')]);
    expect(ordered.map((a) => a.id)).toEqual(['b', 'a', 'old']);
  });

  it("reads the alert in the reader's language, falling back to the other Chinese script, then English", () => {
    expect(alertTextIn(alert('x', true, ''), 'pt').headline).toBe('x pt');
    expect(alertTextIn(alert('x', true, '', { 'zh-Hant': text('') }), 'zh-Hant')).toMatchObject({ language: 'zh-Hans', headline: 'x 简' });
    expect(alertTextIn(alert('x', true, '', { pt: text('') }), 'pt')).toMatchObject({ language: 'en', headline: 'x en' });
  });

  it('keeps the last list for offline reading and survives a damaged copy', () => {
    const store = memoryStore();
    saveAlerts(store, [alert('a', true, '2026-09-05T01:00:00Z')], new Date('2026-09-05T02:00:00Z'));
    expect(loadAlerts(store)).toMatchObject({ fetchedAt: '2026-09-05T02:00:00.000Z', items: [{ id: 'a' }] });
    store.setItem('qinao.publicAlerts', '{not json');
    expect(loadAlerts(store)).toBeUndefined();
  });

  it('stores and forgets the subscription with its manage token', () => {
    const store = memoryStore();
    saveSubscription(store, { id: 's1', manageToken: 'tok', endpoint: 'https://push.example/1', language: 'pt', areas: ['a1'] });
    expect(loadSubscription(store)?.manageToken).toBe('tok');
    saveSubscription(store, null);
    expect(loadSubscription(store)).toBeUndefined();
  });

  it('decodes the base64url VAPID key', () => {
    expect([...base64UrlToBytes('AQID_-8')]).toEqual([1, 2, 3, 255, 239]);
  });
});

describe("resident answers ('I'm safe' / 'I need help')", () => {
  it('sends contact details only with a request for help', () => {
    expect(statusReport('safe', 'c1', { contact: '6612 3456', alertId: 'a' })).toEqual({ status: 'safe', clientId: 'c1', alertId: 'a' });
    expect(statusReport('need-help', 'c2', { contact: ' 6612 3456 ' })).toEqual({ status: 'need-help', clientId: 'c2', contact: '6612 3456' });
  });

  it('queues answers once per client id and sends them in order when the network returns', async () => {
    const store = memoryStore();
    enqueueReport(store, statusReport('safe', 'c1'));
    enqueueReport(store, statusReport('need-help', 'c2'));
    enqueueReport(store, statusReport('safe', 'c1'));
    expect(queuedReports(store).map((r) => r.clientId)).toEqual(['c2', 'c1']);

    const sent: string[] = [];
    let online = false;
    const send = async (r: ResidentStatusRequest) => {
      if (!online) return 'retry' as const;
      sent.push(r.clientId);
      return 'sent' as const;
    };
    expect(await flushReports(store, send)).toBe(2);
    expect(sent).toEqual([]);
    online = true;
    expect(await flushReports(store, send)).toBe(0);
    expect(sent).toEqual(['c2', 'c1']);
    expect(store.data.size).toBe(0);
  });

  it('drops an answer the server refuses for good, so it does not block the others', async () => {
    const store = memoryStore();
    enqueueReport(store, statusReport('safe', 'bad'));
    enqueueReport(store, statusReport('safe', 'good'));
    const sent: string[] = [];
    const left = await flushReports(store, async (r) => (r.clientId === 'bad' ? 'drop' : (sent.push(r.clientId), 'sent')));
    expect({ left, sent }).toEqual({ left: 0, sent: ['good'] });
  });
});
