import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Language } from '@app/contracts';
import { I18nProvider } from '../i18n/i18n.context.js';
import { OutboxPanel } from './outbox-panel.js';
import { claim, newOutboxItem, settle, waitingCount, type OutboxItem } from './outbox.model.js';
import type { FieldOutbox } from './use-field-outbox.js';

const at = new Date('2026-09-07T08:00:00Z');
const report = (id: string) =>
  newOutboxItem({ id, userId: 'u1', kind: 'report', label: { what: 'flooding', detail: 'Underpass flooded', photos: 2 }, request: { path: '/api/reports' } }, at);
const refused = settle(claim(report('r-409'), at)!, { kind: 'permanent', problem: { status: 409, code: 'client_id_conflict', message: 'This client id was used for another report.' } }, at);
const invalid = settle(claim(report('r-400'), at)!, { kind: 'permanent', problem: { status: 400, code: 'validation_failed', message: 'location must be in Hengqin or Macau' } }, at);

function render(items: OutboxItem[], language: Language = 'en') {
  const outbox: FieldOutbox = { items, waiting: waitingCount(items), loaded: true, enqueue: async () => items[0]!, flush: async () => undefined, discard: async () => undefined };
  const html = renderToStaticMarkup(createElement(I18nProvider, { initial: language, children: createElement(OutboxPanel, { outbox, onFix: () => undefined }) }));
  return { html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

describe('the outbox list', () => {
  it('counts what waits and shows each item with its state', () => {
    const { html, text } = render([report('a'), refused]);
    expect(text).toContain('Waiting to send: 1');
    expect(html).toContain('data-client-id="a"');
    expect(html).toMatch(/data-client-id="a"[^>]*data-state="pending"/);
    expect(text).toContain('Hazard report');
    expect(text).toContain('Flooding');
    expect(text).toContain('Photos: 2');
  });

  it('says why a record was refused, with the server’s reason, and offers to correct or discard it', () => {
    const { text } = render([invalid]);
    expect(text).toContain('The server refused this record (code 400 validation_failed).');
    expect(text).toContain('location must be in Hengqin or Macau');
    expect(text).toContain('Correct and send again');
    expect(text).toContain('Discard');
  });

  it('explains a 409 conflict in every language', () => {
    expect(render([refused], 'en').text).toContain('already has a different record under this id');
    expect(render([refused], 'zh-Hans').text).toContain('服务器已有使用此编号的不同记录');
    expect(render([refused], 'zh-Hant').text).toContain('伺服器已有使用此編號的不同記錄');
    expect(render([refused], 'pt').text).toContain('O servidor já tem um registo diferente');
  });

  it('says when everything has been sent, and when nothing was recorded', () => {
    const sent = settle(claim(report('s'), at)!, { kind: 'delivered' }, at);
    expect(render([sent]).text).toContain('Everything recorded here has been sent.');
    expect(render([]).text).toContain('Nothing has been recorded on this phone yet.');
  });
});
