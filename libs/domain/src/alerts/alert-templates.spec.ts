import { ALERT_STATUSES, LANGUAGES } from '@app/contracts';
import { PLAYBOOK_RULES } from '../playbooks/rules/playbook-rules.data.js';
import { referenceData } from '../reference/reference-data.js';
import { SIGNAL_AUTHORITIES } from '../signals/catalogue/authorities.data.js';
import { validateAlertContent } from './alert-content.validation.js';
import { draftFromTemplate, findAlertTemplate } from './alert-template.catalogue.js';
import { FIXTURE_NOW } from './alert.fixture.js';
import { toTraditionalChinese } from './chinese-script.converter.js';
import { ALERT_TEMPLATES } from './templates/alert-templates.data.js';

const knownAreaIds = referenceData().areas.map((area) => area.id);
const sendable = ALERT_STATUSES.filter((status) => status !== 'Draft');

describe('alert templates', () => {
  it('cover every template id a playbook rule offers', () => {
    const referenced = new Set(PLAYBOOK_RULES.flatMap((rule) => rule.alertTemplateIds));
    expect(referenced.size).toBeGreaterThan(10);
    const missing = [...referenced].filter((id) => findAlertTemplate(id) === null);
    expect(missing).toEqual([]);
  });

  it('have unique ids and cover the signals and notices the composer needs', () => {
    const ids = ALERT_TEMPLATES.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['smg-tc8-issued', 'smg-tc9-issued', 'smg-tc10-issued', 'smg-tc8-lowered', 'smg-stormsurge-orange', 'smg-stormsurge-red', 'smg-stormsurge-black', 'smg-rainstorm-red', 'smg-rainstorm-black', 'smg-thunderstorm', 'gd-typhoon-yellow', 'gd-typhoon-orange', 'gd-typhoon-red', 'gd-rainstorm-orange', 'gd-rainstorm-red', 'school-suspension-gd', 'lotus-bridge-closing', 'hengqin-port-reroute', 'low-lying-evacuation', 'all-clear']) {
      expect(ids).toContain(id);
    }
  });

  it('name signals that exist in the catalogue', () => {
    for (const template of ALERT_TEMPLATES.filter((t) => t.signal)) {
      const signal = template.signal!;
      const authority = SIGNAL_AUTHORITIES.find((a) => a.id === signal.authority);
      expect(authority, template.id).toBeDefined();
      expect(authority!.areas.map((a) => a.id), template.id).toContain(signal.area);
      const hazard = authority!.hazards.find((h) => h.id === signal.hazard);
      expect(hazard, template.id).toBeDefined();
      for (const level of signal.levels) expect(hazard!.levels.map((l) => l.code), template.id).toContain(level);
    }
  });

  it.each(ALERT_TEMPLATES.map((t) => [t.id] as const))('%s validates as Actual, Exercise and Test', (id) => {
    for (const status of sendable) {
      const content = draftFromTemplate(id, { status, now: FIXTURE_NOW });
      expect(validateAlertContent(content, { now: FIXTURE_NOW, knownAreaIds }), `${id} as ${status}`).toEqual([]);
    }
  });

  it('all-clear templates are Minor', () => {
    for (const template of ALERT_TEMPLATES.filter((t) => t.responseTypes.includes('AllClear'))) expect(template.severity, template.id).toBe('Minor');
  });

  it('write zh-Hant in Traditional characters: converting again changes nothing', () => {
    for (const template of ALERT_TEMPLATES) {
      const texts = [template.name['zh-Hant'], template.event['zh-Hant'], ...Object.values(template.info['zh-Hant'])];
      for (const text of texts) expect(toTraditionalChinese(text), template.id).toBe(text);
      // And they really differ from the Simplified text where the characters do.
      expect(template.info['zh-Hant'].headline, template.id).not.toBe(template.info['zh-Hans'].headline);
    }
  });

  it('have text in every language', () => {
    for (const template of ALERT_TEMPLATES) {
      for (const language of LANGUAGES) expect(template.info[language].headline.length, `${template.id} ${language}`).toBeGreaterThan(5);
    }
  });
});

describe('toTraditionalChinese', () => {
  it.each([
    ['台风', '颱風'],
    ['澳门', '澳門'],
    ['莲花大桥', '蓮花大橋'],
    ['横琴口岸', '橫琴口岸'],
    ['请勿前往低洼地区', '請勿前往低窪地區'],
    ['里面', '裏面'], // Hong Kong/Macau form, not Taiwan's 裡
  ])('%s → %s', (simplified, traditional) => {
    expect(toTraditionalChinese(simplified)).toBe(traditional);
  });

  it('leaves Latin text and numbers alone', () => {
    expect(toTraditionalChinese('Signal No. 8, 1.5 m')).toBe('Signal No. 8, 1.5 m');
  });
});
