import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FieldTask, Language, VulnerableResident } from '@app/contracts';
import { I18nProvider } from '../i18n/i18n.context.js';
import { newOutboxItem, waitingCount, type OutboxItem } from './outbox.model.js';
import type { FieldOutbox } from './use-field-outbox.js';
import { WelfareCheckPanel } from './welfare-check-panel.js';
import { welfareCheckOutboxInput } from './welfare.model.js';

const at = new Date('2026-09-07T08:00:00Z');
const task = { id: 't1', kind: 'welfare-check', teamId: 'team', teamName: 'INS-07', title: 'Welfare check, Novos Aterros', vulnerableResidentId: 'r1', checklist: [], state: 'on-site' } as unknown as FieldTask;
const resident: VulnerableResident = {
  id: 'r1',
  name: 'Chan Tai Man',
  phone: '+853 6612 3456',
  address: 'Rua Central 12, 3/F',
  areaId: 'a1',
  location: null,
  kinds: ['elderly-alone', 'bedridden'],
  needs: 'Wheelchair; speaks Cantonese only',
  caseworker: null,
  lastOutcome: null,
  lastCheckedAt: null,
  shelterId: null,
};

function render(items: OutboxItem[], who: VulnerableResident | undefined, language: Language = 'en') {
  const outbox: FieldOutbox = { items, waiting: waitingCount(items), loaded: true, enqueue: async () => items[0]!, flush: async () => undefined, discard: async () => undefined };
  const html = renderToStaticMarkup(createElement(I18nProvider, { initial: language, children: createElement(WelfareCheckPanel, { task, resident: who, shelters: [], outbox }) }));
  return { html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

describe('a welfare-check task on the phone', () => {
  it('shows who to check on, where, what they need, and a way to record the outcome', () => {
    const { html, text } = render([], resident);
    expect(text).toContain('Chan Tai Man');
    expect(text).toContain('Address: Rua Central 12, 3/F');
    expect(text).toContain('Needs: Wheelchair; speaks Cantonese only');
    expect(text).toContain('Elderly, living alone');
    expect(html).toContain('href="tel:+85366123456"');
    expect(html).toContain('data-testid="welfare-record"');
  });

  it('says when the details are not on the phone, and still lets the outcome be recorded', () => {
    const { html, text } = render([], undefined, 'pt');
    expect(html).toContain('data-testid="welfare-resident-unknown"');
    expect(text).toContain('Registar o resultado');
  });

  it('shows an outcome recorded here that waits to be sent', () => {
    const queued = newOutboxItem({ ...welfareCheckOutboxInput({ clientId: 'c1', vulnerableResidentId: 'r1', outcome: 'safe', taskId: 't1', recordedAt: at.toISOString() }, task), userId: 'u' }, at);
    const { html, text } = render([queued], resident);
    expect(html).toMatch(/data-testid="welfare-recorded" data-outcome="safe" data-sent="false"/);
    expect(text).toContain('Outcome recorded here: Safe (waiting to send)');
  });

  it('offers to record where a moved resident went, once', () => {
    const moved = newOutboxItem({ ...welfareCheckOutboxInput({ clientId: 'c2', vulnerableResidentId: 'r1', outcome: 'moved', taskId: 't1', recordedAt: at.toISOString() }, task), userId: 'u' }, at);
    expect(render([moved], resident).html).toContain('data-testid="transfer-record"');
    const transfer = newOutboxItem({ id: 'c3', userId: 'u', kind: 'transfer', label: { what: '2', detail: 'Escola Hou Kong', ref: 't1' }, request: { path: '/api/transfers' } }, at);
    const { html, text } = render([moved, transfer], resident);
    expect(html).not.toContain('data-testid="transfer-record"');
    expect(text).toContain('People moved: 2, to Escola Hou Kong (waiting to send)');
  });
});
