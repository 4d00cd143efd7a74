import { LANGUAGES } from '@app/contracts';
import { describe, expect, it } from 'vitest';
import { findHazard } from '../signals/signal-catalogue.lookup.js';
import type { PlaybookRuleDefinition } from './playbook-rule.types.js';
import { findPlaybookRule, playbookRuleView } from './playbook-rule.view.js';
import { validatePlaybookRules } from './playbook-rules.validation.js';
import { PLAYBOOK_RULES } from './rules/playbook-rules.data.js';

const text = (en: string) => ({ 'zh-Hans': `规则${en}`, 'zh-Hant': `規則${en}`, pt: `Regra ${en}`, en: `Rule ${en}` });

function rule(overrides: Partial<PlaybookRuleDefinition> = {}): PlaybookRuleDefinition {
  return {
    id: 'test-rule',
    title: text('title'),
    summary: text('summary'),
    triggers: [{ authority: 'smg', hazards: ['tropical-cyclone'], on: 'rise', level: '8NE' }],
    checklist: [{ title: text('task') }],
    alertTemplateIds: ['smg-tc8-issued'],
    ...overrides,
  };
}

describe('the shipped playbook rules', () => {
  it('are valid: unique ids, four languages, real catalogue levels', () => {
    expect(validatePlaybookRules()).toEqual([]);
  });

  it('write every text in the four languages', () => {
    for (const r of PLAYBOOK_RULES) {
      const texts = [r.title, r.summary, ...r.checklist.flatMap((item) => (item.detail ? [item.title, item.detail] : [item.title]))];
      for (const t of texts) for (const language of LANGUAGES) expect(t[language].trim(), `${r.id} ${language}`).not.toBe('');
    }
  });

  it.each([
    ['smg-tc8-cross-border', 'smg', 'tropical-cyclone', 'rise', '8NE', /Lotus Bridge/],
    ['smg-tc-below8-reopen', 'smg', 'tropical-cyclone', 'lower', '8NE', /reopen/],
    ['smg-storm-surge-orange-evacuation', 'smg', 'storm-surge', 'rise', 'orange', /low-lying/],
    ['smg-rainstorm-black-flood-patrols', 'smg', 'rainstorm', 'rise', 'black', /flooding patrols/],
    ['school-suspension-smg-tc3', 'smg', 'tropical-cyclone', 'rise', '3', /infant, primary and special/],
    ['school-suspension-smg-tc8', 'smg', 'tropical-cyclone', 'rise', '8NE', /all non-tertiary/],
    ['school-suspension-smg-rainstorm-red', 'smg', 'rainstorm', 'rise', 'red', /Red rainstorm/],
    ['school-suspension-smg-rainstorm-black', 'smg', 'rainstorm', 'rise', 'black', /Black rainstorm/],
    ['zhuhai-wind-response-iv', 'gd-zhuhai', 'typhoon', 'rise', 'blue', /level IV/],
    ['zhuhai-wind-response-iii', 'gd-zhuhai', 'typhoon', 'rise', 'yellow', /level III/],
    ['zhuhai-wind-response-ii', 'gd-zhuhai', 'typhoon', 'rise', 'orange', /level II/],
    ['zhuhai-wind-response-i', 'gd-zhuhai', 'typhoon', 'rise', 'red', /five stops/],
  ])('include %s (%s %s %s %s)', (id, authority, hazard, on, level, title) => {
    const found = findPlaybookRule(id)!;
    expect(found.title.en).toMatch(title);
    expect(found.triggers).toContainEqual(expect.objectContaining({ authority, hazards: [hazard], on, level }));
    expect(findHazard(authority, hazard)!.levels.map((l) => l.code)).toContain(level);
  });

  it('send every school notice to the Hou Kong Middle School Affiliated Hengqin School', () => {
    const schoolRules = PLAYBOOK_RULES.filter((r) => r.id.startsWith('school-suspension-'));
    expect(schoolRules.map((r) => r.id)).toHaveLength(5);
    for (const r of schoolRules) expect(r.checklist.some((item) => item.title['zh-Hans'].includes('濠江中学附属横琴学校')), r.id).toBe(true);
  });

  it('cover Guangdong typhoon Yellow+ and rainstorm Red for class suspension in Hengqin', () => {
    const gd = findPlaybookRule('school-suspension-gd')!;
    expect(gd.triggers).toEqual([
      expect.objectContaining({ authority: 'gd-zhuhai', hazards: ['typhoon'], on: 'rise', level: 'yellow', areas: expect.arrayContaining(['hengqin']) }),
      expect.objectContaining({ authority: 'gd-zhuhai', hazards: ['rainstorm'], on: 'rise', level: 'red', areas: expect.arrayContaining(['hengqin']) }),
    ]);
  });

  it('spell out the five stops at Zhuhai response level I and mark the signal mapping to verify', () => {
    const levelI = findPlaybookRule('zhuhai-wind-response-i')!;
    expect(levelI.checklist.map((item) => item.title['zh-Hans'].slice(0, 2))).toEqual(expect.arrayContaining(['停课', '停工', '停运', '停业', '停市']));
    for (const id of ['zhuhai-wind-response-iv', 'zhuhai-wind-response-iii', 'zhuhai-wind-response-ii', 'zhuhai-wind-response-i']) {
      expect(findPlaybookRule(id)!.verify!.join(' ')).toMatch(/Mapping of the Guangdong typhoon signal/);
    }
  });

  it('offer pre-drafted alert templates for the signal', () => {
    expect(findPlaybookRule('smg-tc8-cross-border')!.alertTemplateIds).toContain('smg-tc8-issued');
    expect(findPlaybookRule('smg-storm-surge-orange-evacuation')!.alertTemplateIds).toContain('smg-stormsurge-orange');
    expect(findPlaybookRule('school-suspension-gd')!.alertTemplateIds).toContain('gd-rainstorm-red');
  });

  it('are shown as data for display', () => {
    const view = playbookRuleView(findPlaybookRule('school-suspension-smg-tc3')!);
    expect(view.triggers).toEqual([{ authority: 'smg', hazards: ['tropical-cyclone'], areas: null, on: 'rise', level: '3', upTo: '3' }]);
    expect(view.checklist[0].detail).toBeNull();
    expect(view.verify.length).toBeGreaterThan(0);
  });
});

describe('validatePlaybookRules', () => {
  it.each<[string, PlaybookRuleDefinition[], RegExp]>([
    ['a duplicate id', [rule(), rule()], /rule test-rule: the id is used more than once/],
    ['a malformed id', [rule({ id: 'Test Rule' })], /the id must be lower-case words/],
    ['a missing language', [rule({ title: { ...text('t'), pt: ' ' } })], /rule test-rule title: the pt text is missing/],
    ['an untranslated text', [rule({ summary: { ...text('s'), pt: 'Rule s' } })], /summary: the pt text is the same as the en text/],
    ['English in the Chinese text', [rule({ title: { ...text('t'), 'zh-Hant': 'Rule t' } })], /title: the zh-Hant text is not in Chinese/],
    ['Chinese in the English text', [rule({ checklist: [{ title: { ...text('x'), en: '濠江' } }] })], /checklist item 1 title: the en text is not in English/],
    ['a detail without Portuguese', [rule({ checklist: [{ title: text('x'), detail: { ...text('d'), pt: '' } }] })], /checklist item 1 detail: the pt text is missing/],
    ['an unknown authority', [rule({ triggers: [{ authority: 'hko', hazards: ['typhoon'], on: 'rise', level: '8' }] })], /unknown authority hko/],
    ['an unknown hazard', [rule({ triggers: [{ authority: 'smg', hazards: ['typhoon'], on: 'rise', level: 'red' }] })], /smg has no hazard typhoon/],
    ['an unknown level', [rule({ triggers: [{ authority: 'smg', hazards: ['tropical-cyclone'], on: 'rise', level: '8' }] })], /smg\/tropical-cyclone has no level 8$/],
    [
      'a level missing from one of the hazards',
      [rule({ triggers: [{ authority: 'smg', hazards: ['rainstorm', 'storm-surge'], on: 'rise', level: 'blue' }] })],
      /smg\/rainstorm has no level blue/,
    ],
    ['an unknown area', [rule({ triggers: [{ authority: 'gd-zhuhai', hazards: ['typhoon'], areas: ['macau'], on: 'rise', level: 'red' }] })], /gd-zhuhai has no area macau/],
    ['an empty area list', [rule({ triggers: [{ authority: 'gd-zhuhai', hazards: ['typhoon'], areas: [], on: 'rise', level: 'red' }] })], /areas is empty/],
    ['upTo below the level', [rule({ triggers: [{ authority: 'smg', hazards: ['tropical-cyclone'], on: 'rise', level: '8NE', upTo: '3' }] })], /upTo 3 is below level 8NE/],
    ['upTo on a lowering trigger', [rule({ triggers: [{ authority: 'smg', hazards: ['tropical-cyclone'], on: 'lower', level: '8NE', upTo: '9' }] })], /upTo only applies to a rise trigger/],
    ['no trigger', [rule({ triggers: [] })], /has no trigger/],
    ['an empty checklist', [rule({ checklist: [] })], /has an empty checklist/],
    ['a malformed template id', [rule({ alertTemplateIds: ['SMG TC8'] })], /alert template id "SMG TC8" must be lower-case/],
    ['a template listed twice', [rule({ alertTemplateIds: ['all-clear', 'all-clear'] })], /alert template id "all-clear" is listed twice/],
    ['welfare checks in an unknown area', [rule({ welfareChecks: { areas: ['coloane'] } })], /welfareChecks.areas names an unknown area coloane/],
    ['welfare checks for an unknown kind', [rule({ welfareChecks: { kinds: ['tourist' as never] } })], /welfareChecks.kinds names an unknown kind tourist/],
    ['welfare checks with an empty kind list', [rule({ welfareChecks: { kinds: [] } })], /welfareChecks.kinds is empty/],
  ])('reports %s', (_what, rules, problem) => {
    const problems = validatePlaybookRules(rules);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });

  it('accepts a well-formed rule', () => {
    expect(validatePlaybookRules([rule()])).toEqual([]);
    expect(validatePlaybookRules([rule({ welfareChecks: { areas: ['hetang', 'lianhua'], kinds: ['bedridden'] } })])).toEqual([]);
    expect(validatePlaybookRules([rule({ welfareChecks: { areas: null } })])).toEqual([]);
  });
});
