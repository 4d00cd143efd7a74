import type { AlertContent } from '@app/contracts';
import { referenceData } from '../reference/reference-data.js';
import { validateAlertContent } from './alert-content.validation.js';
import { withDrillPrefixes } from './alert-drill.text.js';
import { draftFromTemplate } from './alert-template.catalogue.js';
import { FIXTURE_NOW } from './alert.fixture.js';

const knownAreaIds = referenceData().areas.map((area) => area.id);
const context = { now: FIXTURE_NOW, knownAreaIds };
const base = (): AlertContent => draftFromTemplate('smg-tc8-issued', { status: 'Actual', now: FIXTURE_NOW });
const hours = (n: number) => new Date(FIXTURE_NOW.getTime() + n * 3_600_000).toISOString();

describe('validateAlertContent', () => {
  it('accepts a complete alert drafted from a template', () => {
    expect(validateAlertContent(base(), context)).toEqual([]);
  });

  const cases: [string, (c: AlertContent) => AlertContent, string, string][] = [
    ['a missing language', (c) => ({ ...c, info: { ...c.info, pt: undefined as never } }), 'info.pt', 'required'],
    ['an empty headline', (c) => ({ ...c, info: { ...c.info, en: { ...c.info.en, headline: '  ' } } }), 'info.en.headline', 'required'],
    ['an empty description', (c) => ({ ...c, info: { ...c.info, 'zh-Hant': { ...c.info['zh-Hant'], description: '' } } }), 'info.zh-Hant.description', 'required'],
    ['an empty instruction', (c) => ({ ...c, info: { ...c.info, 'zh-Hans': { ...c.info['zh-Hans'], instruction: '' } } }), 'info.zh-Hans.instruction', 'required'],
    ['a headline over 140 characters', (c) => ({ ...c, info: { ...c.info, 'zh-Hans': { ...c.info['zh-Hans'], headline: '风'.repeat(141) } } }), 'info.zh-Hans.headline', 'too_long'],
    ['a control character', (c) => ({ ...c, info: { ...c.info, en: { ...c.info.en, description: 'Stay\u0007 indoors' } } }), 'info.en.description', 'control_character'],
    ['a line break in a headline', (c) => ({ ...c, info: { ...c.info, en: { ...c.info.en, headline: 'Stay\nindoors' } } }), 'info.en.headline', 'control_character'],
    ['a bidi override', (c) => ({ ...c, info: { ...c.info, pt: { ...c.info.pt, instruction: 'Fique \u202Eem casa' } } }), 'info.pt.instruction', 'bidi_character'],
    ['an empty event name', (c) => ({ ...c, event: { ...c.event, en: '' } }), 'event.en', 'required'],
    ['onset before effective', (c) => ({ ...c, effective: hours(2), onset: hours(1), expires: hours(5) }), 'onset', 'onset_before_effective'],
    ['expires equal to onset', (c) => ({ ...c, onset: hours(2), expires: hours(2) }), 'expires', 'expires_not_after_onset'],
    ['expires in the past', (c) => ({ ...c, effective: hours(-5), onset: hours(-4), expires: hours(-1) }), 'expires', 'expires_in_past'],
    ['an unreadable time', (c) => ({ ...c, onset: 'tomorrow' }), 'onset', 'bad_time'],
    ['no target', (c) => ({ ...c, target: { areaIds: [], polygons: [], circles: [] } }), 'target', 'required'],
    ['an unknown area', (c) => ({ ...c, target: { ...c.target, areaIds: ['atlantis'] } }), 'target.areaIds[0]', 'unknown_area'],
    ['an open polygon', (c) => ({ ...c, target: { ...c.target, polygons: [[[22.1, 113.5], [22.2, 113.5], [22.2, 113.6], [22.1, 113.6]]] } }), 'target.polygons[0]', 'bad_polygon'],
    ['a polygon with three points', (c) => ({ ...c, target: { ...c.target, polygons: [[[22.1, 113.5], [22.2, 113.5], [22.1, 113.5]]] } }), 'target.polygons[0]', 'bad_polygon'],
    ['a polygon out of range', (c) => ({ ...c, target: { ...c.target, polygons: [[[95, 113.5], [22.2, 113.5], [22.2, 113.6], [95, 113.5]]] } }), 'target.polygons[0]', 'bad_polygon'],
    ['a circle with no radius', (c) => ({ ...c, target: { ...c.target, circles: [{ center: { lat: 22.14, lon: 113.54 }, radiusKm: 0 }] } }), 'target.circles[0]', 'bad_circle'],
    ['a circle off the globe', (c) => ({ ...c, target: { ...c.target, circles: [{ center: { lat: 22.14, lon: 200 }, radiusKm: 2 }] } }), 'target.circles[0]', 'bad_circle'],
    ['a push payload over 3,000 bytes', (c) => ({ ...c, info: { ...c.info, 'zh-Hant': { ...c.info['zh-Hant'], instruction: '請留在室內。'.repeat(170) } } }), 'info.zh-Hant.instruction', 'push_payload_too_large'],
    ['Extreme with urgency Future', (c) => ({ ...c, severity: 'Extreme', urgency: 'Future' }), 'severity', 'severity_urgency_mismatch'],
    ['an all-clear that is not Minor', () => ({ ...draftFromTemplate('all-clear', { status: 'Actual', now: FIXTURE_NOW }), severity: 'Moderate' }), 'severity', 'all_clear_severity'],
    ['Unknown certainty', (c) => ({ ...c, certainty: 'Unknown' }), 'severity', 'unknown_value'],
    ['status still Draft', (c) => ({ ...c, status: 'Draft' }), 'status', 'status_undecided'],
    ['an Update without references', (c) => ({ ...c, msgType: 'Update' }), 'references', 'references_required'],
    ['an Alert with references', (c) => ({ ...c, references: [{ sender: 's', identifier: 'i', sent: hours(-1) }] }), 'references', 'unexpected_references'],
    ['a malformed event code', (c) => ({ ...c, eventCode: 'typhoon' }), 'eventCode', 'bad_event_code'],
    ['an exercise without prefixes', (c) => ({ ...c, status: 'Exercise' }), 'info.zh-Hans.headline', 'drill_prefix_missing'],
    [
      'an exercise saying it is not a drill (Portuguese)',
      (c) => withDrillPrefixes({ ...c, status: 'Exercise', info: { ...c.info, pt: { ...c.info.pt, description: 'ISTO NÃO É UM EXERCÍCIO. Fique em casa.' } } }),
      'info.pt.description',
      'not_a_drill_in_drill',
    ],
    [
      'a test saying it is not a drill (Chinese)',
      (c) => withDrillPrefixes({ ...c, status: 'Test', info: { ...c.info, 'zh-Hant': { ...c.info['zh-Hant'], instruction: '這不是演習，請留在室內。' } } }),
      'info.zh-Hant.instruction',
      'not_a_drill_in_drill',
    ],
  ];

  it.each(cases)('refuses %s', (_name, breakIt, path, code) => {
    const problems = validateAlertContent(breakIt(base()), context);
    expect(problems).toContainEqual(expect.objectContaining({ path, code }));
    expect(problems.every((problem) => problem.message.length > 0)).toBe(true);
  });

  it('accepts a valid drawn polygon and circle without seeded areas', () => {
    const content = { ...base(), target: { areaIds: [], polygons: [[[22.13, 113.53], [22.15, 113.53], [22.15, 113.55], [22.13, 113.53]]] as [number, number][][], circles: [{ center: { lat: 22.14, lon: 113.54 }, radiusKm: 1.5 }] } };
    expect(validateAlertContent(content, context)).toEqual([]);
  });

  it('lets a live alert say it is not a drill', () => {
    const content = base();
    content.info.en.description = `This is not a drill. ${content.info.en.description}`;
    expect(validateAlertContent(content, context)).toEqual([]);
  });
});

describe('withDrillPrefixes', () => {
  it('adds each language prefix once and swaps a Test prefix for an Exercise one', () => {
    const exercise = withDrillPrefixes(withDrillPrefixes({ ...base(), status: 'Exercise' }));
    expect(exercise.info['zh-Hans'].headline).toMatch(/^\[演习\] 澳门/);
    expect(exercise.info['zh-Hant'].headline).toMatch(/^\[演習\] 澳門/);
    expect(exercise.info.pt.headline).toMatch(/^\[EXERCÍCIO\] Sinal/);
    expect(exercise.info.en.headline.match(/\[EXERCISE\]/g)).toHaveLength(1);
    const test = withDrillPrefixes({ ...exercise, status: 'Test' });
    expect(test.info.en.headline).toMatch(/^\[TEST\] Macau/);
    expect(test.info.en.headline).not.toContain('EXERCISE');
    expect(validateAlertContent(test, context)).toEqual([]);
  });

  it('leaves Actual content alone', () => {
    const content = base();
    expect(withDrillPrefixes(content)).toBe(content);
  });
});
