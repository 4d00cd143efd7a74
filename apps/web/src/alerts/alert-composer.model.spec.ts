import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type AlertTemplate } from '@app/contracts';
import {
  DRILL_HEADLINE_PREFIXES,
  LIVE_CONFIRMATION_PHRASES,
  alertTone,
  approvalBlock,
  charCount,
  groupTemplates,
  isLiveConfirmation,
  localProblems,
  mergeAlert,
  needsTypedConfirmation,
  notificationPreview,
  problemsByPath,
  withDrillPrefix,
} from './alert-composer.model.js';
import { NOW, alertOf } from './alert.test-data.js';

const domainSource = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../../../../libs/domain/src/alerts', file), 'utf8');

describe('composer rules mirrored from the server', () => {
  it('uses the same confirmation phrases and drill prefixes as the domain library', () => {
    const confirmation = domainSource('alert-confirmation.ts');
    for (const phrase of Object.values(LIVE_CONFIRMATION_PHRASES)) expect(confirmation).toContain(`'${phrase}'`);
    const drill = domainSource('alert-drill.text.ts');
    for (const prefixes of Object.values(DRILL_HEADLINE_PREFIXES)) for (const prefix of Object.values(prefixes)) expect(drill).toContain(`'${prefix}'`);
  });

  it('finds nothing wrong with a complete alert', () => {
    expect(localProblems(alertOf(), NOW)).toEqual([]);
  });

  it('names the field of each problem: empty and over-long texts, bad time order, past expiry, no target', () => {
    const alert = alertOf({
      info: { ...alertOf().info, pt: { headline: '', description: 'x', instruction: 'y' }, en: { headline: 'h'.repeat(141), description: 'x', instruction: 'y' } },
      onset: '2026-09-05T01:00:00.000Z',
      expires: '2026-09-05T00:30:00.000Z',
      target: { areaIds: [], polygons: [], circles: [] },
      responseTypes: [],
    });
    const byPath = problemsByPath(localProblems(alert, NOW));
    expect(byPath.get('info.pt.headline')?.map((p) => p.code)).toEqual(['required']);
    expect(byPath.get('info.en.headline')?.map((p) => p.code)).toEqual(['too_long']);
    expect(byPath.get('onset')?.map((p) => p.code)).toEqual(['onset_before_effective']);
    expect(byPath.get('expires')?.map((p) => p.code).sort()).toEqual(['expires_in_past', 'expires_not_after_onset']);
    expect(byPath.has('target')).toBe(true);
    expect(byPath.has('responseTypes')).toBe(true);
    expect(byPath.has('info.zh-Hans.headline')).toBe(false);
  });

  it('counts a Chinese character or an emoji as one character', () => {
    expect(charCount('八号风球🌀')).toBe(5);
  });

  it('flags a notification that would not fit the push payload budget', () => {
    const long = alertOf({ info: { ...alertOf().info, 'zh-Hans': { headline: 'h', description: 'd', instruction: '风'.repeat(1100) } } });
    expect(notificationPreview(long, 'zh-Hans').tooLarge).toBe(true);
    expect(problemsByPath(localProblems(long, NOW)).get('info.zh-Hans.instruction')?.[0]?.code).toBe('push_payload_too_large');
    expect(notificationPreview(long, 'en').tooLarge).toBe(false);
  });
});

describe('notification preview', () => {
  it('is the headline and the instruction of that language', () => {
    const preview = notificationPreview(alertOf(), 'pt');
    expect(preview).toMatchObject({ title: 'Signal 8 pt', body: 'Stay indoors pt', drill: false });
  });

  it('puts the drill prefix in front of an exercise or test headline, once, in each language', () => {
    for (const language of LANGUAGES) {
      const exercise = notificationPreview(alertOf({ status: 'Exercise' }), language);
      expect(exercise.title).toBe(`${DRILL_HEADLINE_PREFIXES.Exercise[language]} Signal 8 ${language}`);
      expect(exercise.drill).toBe(true);
    }
    const prefixed = withDrillPrefix('[EXERCISE] Signal 8', 'Exercise', 'en');
    expect(withDrillPrefix(prefixed, 'Exercise', 'en')).toBe('[EXERCISE] Signal 8');
    expect(withDrillPrefix(prefixed, 'Test', 'en')).toBe('[TEST] Signal 8');
    expect(withDrillPrefix(prefixed, 'Actual', 'en')).toBe('Signal 8');
  });
});

describe('drill styling and approval', () => {
  it('gives each status its own look', () => {
    expect([alertTone('Actual'), alertTone('Exercise'), alertTone('Test'), alertTone('Draft')]).toEqual(['live', 'exercise', 'test', 'draft']);
  });

  it('asks for the typed phrase only for Extreme or Severe live alerts', () => {
    expect(needsTypedConfirmation({ status: 'Actual', severity: 'Severe' })).toBe(true);
    expect(needsTypedConfirmation({ status: 'Actual', severity: 'Extreme' })).toBe(true);
    expect(needsTypedConfirmation({ status: 'Actual', severity: 'Moderate' })).toBe(false);
    expect(needsTypedConfirmation({ status: 'Exercise', severity: 'Extreme' })).toBe(false);
  });

  it('accepts any language phrase, ignoring case and spacing', () => {
    expect(isLiveConfirmation('  send   live alert ')).toBe(true);
    expect(isLiveConfirmation('發送真實警報')).toBe(true);
    expect(isLiveConfirmation('SEND ALERT')).toBe(false);
  });

  it('blocks the author, other roles and alerts not awaiting approval', () => {
    const submitted = alertOf({ state: 'submitted', submittedBy: 'operator-1' });
    expect(approvalBlock(submitted, { id: 'commander-1', role: 'commander' })).toBeNull();
    expect(approvalBlock(submitted, { id: 'operator-1', role: 'commander' })).toBe('ownAlert');
    expect(approvalBlock({ ...submitted, createdBy: 'x', submittedBy: 'commander-1' }, { id: 'commander-1', role: 'commander' })).toBe('ownAlert');
    expect(approvalBlock(submitted, { id: 'operator-2', role: 'operator' })).toBe('role');
    expect(approvalBlock(alertOf(), { id: 'commander-1', role: 'commander' })).toBe('notSubmitted');
  });
});

describe('desk lists', () => {
  it('groups templates by signal with the unrelated ones last', () => {
    const t = (id: string, hazard: string | null) => ({ id, signal: hazard ? { authority: 'smg', area: 'macau', hazard, levels: [] } : null }) as unknown as AlertTemplate;
    const groups = groupTemplates([t('a', null), t('b', 'rainstorm'), t('c', 'tropical-cyclone'), t('d', 'rainstorm')]);
    expect(groups.map((g) => [g.key, g.templates.map((x) => x.id)])).toEqual([
      ['smg/rainstorm', ['b', 'd']],
      ['smg/tropical-cyclone', ['c']],
      ['other', ['a']],
    ]);
  });

  it('keeps alerts awaiting approval first and replaces an updated alert', () => {
    const a = alertOf({ id: 'a', state: 'published', updatedAt: '2026-09-05T01:00:00Z' });
    const b = alertOf({ id: 'b', state: 'draft', updatedAt: '2026-09-05T01:10:00Z' });
    const list = mergeAlert(mergeAlert([], a), b);
    expect(list.map((x) => x.id)).toEqual(['b', 'a']);
    const merged = mergeAlert(list, { ...b, state: 'submitted' });
    expect(merged.map((x) => [x.id, x.state])).toEqual([['b', 'submitted'], ['a', 'published']]);
  });
});
