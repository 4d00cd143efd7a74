import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Language, SignalBoard as Board } from '@app/contracts';
import { I18nProvider } from '../i18n/i18n.context.js';
import { board, entry, level } from './board.test-data.js';
import { SignalBoard } from './signal-board.js';
import { SignalDirectory } from './signal-directory.js';
import type { SignalBoardView } from './use-signal-board.js';

function render(b: Board | undefined, language: Language = 'en', extra: Partial<SignalBoardView> = {}, options = {}) {
  const directory = new SignalDirectory();
  if (b) directory.learn(b);
  const view: SignalBoardView = { board: b, origin: b ? 'server' : undefined, savedAt: undefined, failed: false, directory, reload: () => undefined, ...extra };
  const html = renderToStaticMarkup(
    createElement(I18nProvider, { initial: language, children: createElement(SignalBoard, { view, variant: 'staff', ...options }) }),
  );
  const doc = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  return { html, text: doc };
}

/** The cards of one authority column, as text. */
function cardsOf(html: string): string[] {
  return [...html.matchAll(/<li class="signal-card[^"]*"[^>]*>(.*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
}

const smg8 = entry({ authority: 'smg', hazard: 'tropical-cyclone', level: level('8SE', 3), since: '2024-09-05T14:00:00Z' });
const gdOrange = entry({ authority: 'gd-zhuhai', hazard: 'typhoon', level: level('orange', 4, '#F57C00', 'orange') });

describe('signal board rendering', () => {
  it('names the authority beside every signal, with the level in words as well as the badge', () => {
    const { html } = render(board([smg8, gdOrange]));
    const cards = cardsOf(html);
    expect(cards).toHaveLength(2);
    expect(cards[0]).toContain('SMG Macao');
    expect(cards[0]).toContain('Level 8SE');
    expect(cards[0]).toContain('8SE');
    expect(cards[1]).toContain('Zhuhai Met');
    expect(cards[1]).toContain('Level orange');
    expect(cards[1]).toContain('orange');
  });

  it('shows since when in Macau time, labelled as such, in the chosen language', () => {
    expect(render(board([smg8])).text).toContain('22:00 (Macau time, UTC+8)');
    const pt = render(board([smg8]), 'pt').text;
    expect(pt).toContain('hora de Macau, UTC+8');
    expect(pt).toContain('pt:Level 8SE');
    expect(pt).toContain('pt:SMG Macao');
  });

  it('never shows a stale or unknown source as "no signal"', () => {
    // Another SMG file still answers, so the unknown one is listed with its own explanation.
    const unknown = { ...smg8, level: null, freshness: 'unknown' as const, lastCheckedAt: '2024-09-05T13:00:00Z' };
    const lastKnown = entry({ authority: 'smg', hazard: 'storm-surge', level: level('orange', 4, '#F57C00', 'orange'), freshness: 'unknown' });
    const surge = entry({ authority: 'smg', hazard: 'thunderstorm' });
    const { html } = render(board([unknown, lastKnown, surge, gdOrange]));
    const unknownList = /data-testid="signal-tracks-unknown">(.*?)<\/div>/.exec(html)![1]!.replace(/<[^>]+>/g, ' ');
    expect(unknownList).toContain('Unknown — not “no signal”');
    expect(unknownList).toContain('Hazard tropical-cyclone');
    expect(unknownList).toContain('No readable answer from the source since');
    const quietList = /data-testid="signal-tracks-none">(.*?)<\/div>/.exec(html)![1]!;
    expect(quietList).toContain('Hazard thunderstorm');
    expect(quietList).not.toContain('tropical-cyclone');
    const [card] = cardsOf(html);
    expect(card).toContain('Last known: Level orange');
    expect(card).toContain('no readable answer since');
    expect(html).toContain('data-testid="signal-banner-unknown"');
  });

  it('shows the last known level under a stale banner for a whole authority', () => {
    const stale = { ...smg8, freshness: 'stale' as const, lastCheckedAt: '2024-09-05T13:00:00Z' };
    const { html, text } = render(board([stale, gdOrange]));
    expect(text).toContain('SMG Macao: feed not answering since');
    expect(text).toContain('21:00 (Macau time, UTC+8)');
    expect(text).toContain('Last known: Level 8SE');
    expect(html.match(/data-testid="signal-banner-stale"/g)).toHaveLength(1);
  });

  it('says what a signal is included in, and flags held readings only for HQ', () => {
    const rain = entry({
      authority: 'smg',
      hazard: 'rainstorm',
      includedIn: { hazard: 'tropical-cyclone', level: '8SE' },
      held: { level: 'red', action: 'issue', source: 'feed', receivedAt: '2024-09-05T14:01:00Z', reasons: [] },
    });
    const hq = render(board([smg8, rain]), 'en', {}, { showHolds: true }).text;
    expect(hq).toContain('Not signalled separately: included in Level 8SE.');
    expect(hq).toContain('Awaiting confirmation');
    expect(render(board([smg8, rain])).text).not.toContain('Awaiting confirmation');
  });

  it('lists quiet tracks under "No signal in force" only when they are fresh', () => {
    const surge = entry({ authority: 'smg', hazard: 'storm-surge' });
    const { html } = render(board([surge]));
    expect(html).toContain('data-testid="signal-tracks-none"');
    expect(html).toContain('No signal in force');
    expect(cardsOf(html)).toEqual([]);
  });

  it('lists the tracks of an authority that is not answering under its banner, as unknown, never as "no signal"', () => {
    const unknown = ['typhoon', 'rainstorm', 'fog'].map((hazard) => entry({ authority: 'gd-zhuhai', hazard, freshness: 'unknown', lastCheckedAt: null }));
    const { html, text } = render(board([smg8, ...unknown]));
    expect(cardsOf(html)).toHaveLength(1);
    expect(html).toContain('data-testid="signal-tracks-unknown"');
    expect(html).not.toContain('data-testid="signal-tracks-none"');
    expect(text).toContain('Zhuhai Met: no readable answer yet');
    expect(text).toContain('Hazard typhoon, Hazard rainstorm, Hazard fog');
  });

  it('says when the board is the copy saved on the device, and when it could not be loaded at all', () => {
    const saved = render(board([smg8]), 'zh-Hant', { origin: 'device', savedAt: '2024-09-05T14:06:00Z' }).text;
    expect(saved).toContain('本裝置');
    expect(saved).toContain('22:06（澳門時間，UTC+8）');
    const missing = render(undefined, 'en', { failed: true }).text;
    expect(missing).toContain('This does not mean “no signal”');
  });

  it('shows the meaning for residents', () => {
    const { text } = render(board([smg8]), 'en', {}, { showMeaning: true });
    expect(text).toContain('What it means: Meaning of 8SE');
  });
});
