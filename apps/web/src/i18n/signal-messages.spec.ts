import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  PLAYBOOK_TASK_STATES,
  SIGNAL_ACTIONS,
  SIGNAL_FRESHNESS,
  SIGNAL_HOLD_REASONS,
  SIGNAL_PROBABILITIES,
  SIGNAL_SOURCES,
} from '@app/contracts';
import { CATALOGUES } from './catalogues.js';

/**
 * The signal pages build message keys from contract values (a source, a freshness, a probability…). A value added to
 * the contracts must come with its words in every language, or the page would show a raw key.
 */
const families: [string, readonly string[]][] = [
  ['signals.source', SIGNAL_SOURCES],
  ['signals.freshness', SIGNAL_FRESHNESS],
  ['signals.action', SIGNAL_ACTIONS],
  ['signals.manual.actionOption', SIGNAL_ACTIONS],
  ['signals.probability', SIGNAL_PROBABILITIES],
  ['signals.hold.reason', SIGNAL_HOLD_REASONS],
  ['signals.banner.title', SIGNAL_FRESHNESS.filter((f) => f !== 'fresh')],
  ['playbooks.task.state', PLAYBOOK_TASK_STATES],
  ['playbooks.status', ['open', 'closed']],
];

describe('signal messages', () => {
  it.each(LANGUAGES)('%s has words for every contract value the signal pages show', (language) => {
    const catalogue = CATALOGUES[language] as Record<string, string | undefined>;
    const missing = families.flatMap(([prefix, values]) => values.map((v) => `${prefix}.${v}`)).filter((key) => !catalogue[key]?.trim());
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES)('%s says Macau time with its UTC offset', (language) => {
    expect(CATALOGUES[language]['signals.time.macau']).toContain('UTC+8');
    expect(CATALOGUES[language]['signals.time.macau']).toContain('{time}');
  });

  it.each(LANGUAGES)('%s tells "unknown" apart from "no signal"', (language) => {
    const c = CATALOGUES[language];
    expect(c['signals.level.unknown']).not.toBe(c['signals.level.none']);
    expect(c['signals.banner.title.unknown']).not.toBe(c['signals.level.none']);
  });
});
