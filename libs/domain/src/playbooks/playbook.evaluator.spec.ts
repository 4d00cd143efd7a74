import { SIGNAL_ACTIONS, type SignalAction } from '@app/contracts';
import { describe, expect, it } from 'vitest';
import { endedPlaybooks, evaluatePlaybooks, type PlaybookSignalChange } from './playbook.evaluator.js';
import type { PlaybookRuleDefinition } from './playbook-rule.types.js';
import { planPlaybookRuns } from './playbook-run.plan.js';
import { PLAYBOOK_RULES } from './rules/playbook-rules.data.js';

const tc = (previousLevel: string | null, level: string | null, action: SignalAction = level === null ? 'cancel' : 'issue'): PlaybookSignalChange => ({
  authority: 'smg',
  area: 'macau',
  hazard: 'tropical-cyclone',
  previousLevel,
  level,
  action,
});
const smg = (hazard: string, previousLevel: string | null, level: string | null): PlaybookSignalChange => ({
  ...tc(previousLevel, level),
  hazard,
});
const gd = (hazard: string, previousLevel: string | null, level: string | null, area = 'hengqin'): PlaybookSignalChange => ({
  authority: 'gd-zhuhai',
  area,
  hazard,
  previousLevel,
  level,
  action: level === null ? 'cancel' : 'issue',
});

describe('evaluatePlaybooks on Macau tropical cyclone signals', () => {
  it.each<[string, PlaybookSignalChange, string[]]>([
    ['none → 8SE (issue)', tc(null, '8SE'), ['smg-tc8-cross-border', 'school-suspension-smg-tc8']],
    ['1 → 8NE', tc('1', '8NE'), ['smg-tc8-cross-border', 'school-suspension-smg-tc8']],
    ['3 → 8NW (upgrade)', tc('3', '8NW', 'update'), ['smg-tc8-cross-border', 'school-suspension-smg-tc8']],
    ['3 → 10 (jump)', tc('3', '10', 'update'), ['smg-tc8-cross-border', 'school-suspension-smg-tc8']],
    ['8NE → 8SE (sideways)', tc('8NE', '8SE', 'update'), []],
    ['8SE → 8SE (repeat)', tc('8SE', '8SE', 'update'), []],
    ['8SE → 9', tc('8SE', '9', 'update'), []],
    ['9 → 10', tc('9', '10', 'update'), []],
    ['10 → 8SW (lowered, still 8)', tc('10', '8SW', 'update'), []],
    ['8SW → 3 (lowered)', tc('8SW', '3', 'update'), ['smg-tc-below8-reopen']],
    ['9 → 1 (lowered)', tc('9', '1', 'update'), ['smg-tc-below8-reopen']],
    ['8NE → none (cancel)', tc('8NE', null), ['smg-tc-below8-reopen']],
    ['none → 1', tc(null, '1'), []],
    ['none → 3', tc(null, '3'), ['school-suspension-smg-tc3']],
    ['1 → 3', tc('1', '3', 'update'), ['school-suspension-smg-tc3']],
    ['3 → 3 (repeat)', tc('3', '3', 'update'), []],
    ['3 → 1', tc('3', '1', 'update'), []],
    ['3 → none (cancel)', tc('3', null), []],
  ])('%s fires %j', (_what, change, expected) => {
    expect(evaluatePlaybooks(change)).toEqual(expected);
  });

  it('treats a cancel as nothing in force, whatever level it names', () => {
    expect(evaluatePlaybooks(tc('8SE', '8SE', 'cancel'))).toEqual(['smg-tc-below8-reopen']);
    expect(evaluatePlaybooks(tc(null, '8SE', 'cancel'))).toEqual([]);
  });

  it('fires nothing for a level the catalogue does not know', () => {
    expect(evaluatePlaybooks(tc(null, 'T8'))).toEqual([]);
    expect(evaluatePlaybooks(tc('8', '3', 'update'))).toEqual([]);
  });

  it('does not mix up authorities or hazards that share level codes', () => {
    expect(evaluatePlaybooks({ ...tc(null, '8SE'), authority: 'gd-zhuhai' })).toEqual([]);
    expect(evaluatePlaybooks({ ...tc(null, '8SE'), hazard: 'strong-monsoon' })).toEqual([]);
  });
});

describe('evaluatePlaybooks on other Macau signals', () => {
  it.each<[string, PlaybookSignalChange, string[]]>([
    ['storm surge yellow → orange', smg('storm-surge', 'yellow', 'orange'), ['smg-storm-surge-orange-evacuation']],
    ['storm surge none → black', smg('storm-surge', null, 'black'), ['smg-storm-surge-orange-evacuation']],
    ['storm surge orange → red', smg('storm-surge', 'orange', 'red'), []],
    ['storm surge blue → yellow', smg('storm-surge', 'blue', 'yellow'), []],
    ['storm surge red → none', smg('storm-surge', 'red', null), []],
    ['rainstorm yellow → red', smg('rainstorm', 'yellow', 'red'), ['school-suspension-smg-rainstorm-red']],
    ['rainstorm none → red', smg('rainstorm', null, 'red'), ['school-suspension-smg-rainstorm-red']],
    ['rainstorm red → black', smg('rainstorm', 'red', 'black'), ['smg-rainstorm-black-flood-patrols', 'school-suspension-smg-rainstorm-black']],
    ['rainstorm none → black', smg('rainstorm', null, 'black'), ['smg-rainstorm-black-flood-patrols', 'school-suspension-smg-rainstorm-black']],
    ['rainstorm black → red', smg('rainstorm', 'black', 'red'), []],
    ['thunderstorm none → in force', smg('thunderstorm', null, 'in-force'), []],
  ])('%s fires %j', (_what, change, expected) => {
    expect(evaluatePlaybooks(change)).toEqual(expected);
  });
});

describe('evaluatePlaybooks on Guangdong/Zhuhai signals', () => {
  it.each<[string, PlaybookSignalChange, string[]]>([
    ['typhoon none → white', gd('typhoon', null, 'white'), []],
    ['typhoon white → blue', gd('typhoon', 'white', 'blue'), ['zhuhai-wind-response-iv']],
    ['typhoon blue → yellow', gd('typhoon', 'blue', 'yellow'), ['school-suspension-gd', 'zhuhai-wind-response-iii']],
    ['typhoon none → yellow', gd('typhoon', null, 'yellow'), ['school-suspension-gd', 'zhuhai-wind-response-iii']],
    ['typhoon blue → orange (jump)', gd('typhoon', 'blue', 'orange'), ['school-suspension-gd', 'zhuhai-wind-response-ii']],
    ['typhoon yellow → orange', gd('typhoon', 'yellow', 'orange'), ['zhuhai-wind-response-ii']],
    ['typhoon orange → red', gd('typhoon', 'orange', 'red'), ['zhuhai-wind-response-i']],
    ['typhoon red → orange', gd('typhoon', 'red', 'orange'), []],
    ['typhoon red → red', gd('typhoon', 'red', 'red'), []],
    ['rainstorm orange → red', gd('rainstorm', 'orange', 'red'), ['school-suspension-gd']],
    ['rainstorm none → orange', gd('rainstorm', null, 'orange'), []],
    ['city-wide typhoon none → red', gd('typhoon', null, 'red', 'zhuhai'), ['school-suspension-gd', 'zhuhai-wind-response-i']],
    ['Doumen typhoon none → red', gd('typhoon', null, 'red', 'doumen'), []],
    ['Jinwan rainstorm orange → red', gd('rainstorm', 'orange', 'red', 'jinwan'), []],
  ])('%s fires %j', (_what, change, expected) => {
    expect(evaluatePlaybooks(change)).toEqual(expected);
  });
});

/*
 * Exhaustive check against the level order as written here (independent of the catalogue's rank lookup): for every
 * hazard a rule watches, every pair of levels (none included) and every action, a rule fires exactly when its
 * threshold is crossed in its direction and, with upTo, the new level is not above upTo.
 */
const ORDER: Record<string, string[][]> = {
  'smg/tropical-cyclone': [['1'], ['3'], ['8NE', '8SE', '8SW', '8NW'], ['9'], ['10']],
  'smg/rainstorm': [['yellow'], ['red'], ['black']],
  'smg/storm-surge': [['blue'], ['yellow'], ['orange'], ['red'], ['black']],
  'gd-zhuhai/typhoon': [['white'], ['blue'], ['yellow'], ['orange'], ['red']],
  'gd-zhuhai/rainstorm': [['yellow'], ['orange'], ['red']],
};
const AREAS: Record<string, string[]> = { smg: ['macau'], 'gd-zhuhai': ['hengqin', 'xiangzhou', 'doumen', 'jinwan', 'zhuhai'] };

function rankIn(track: string, code: string | null): number {
  if (code === null) return 0;
  return ORDER[track].findIndex((group) => group.includes(code)) + 1;
}

function expectedToFire(rule: PlaybookRuleDefinition, change: PlaybookSignalChange): boolean {
  const track = `${change.authority}/${change.hazard}`;
  const previous = rankIn(track, change.previousLevel);
  const next = change.action === 'cancel' ? 0 : rankIn(track, change.level);
  return rule.triggers.some((trigger) => {
    if (trigger.authority !== change.authority || !trigger.hazards.includes(change.hazard)) return false;
    if (trigger.areas && !trigger.areas.includes(change.area)) return false;
    const threshold = rankIn(track, trigger.level);
    if (trigger.on === 'lower') return previous >= threshold && next < threshold;
    const ceiling = trigger.upTo ? rankIn(track, trigger.upTo) : Infinity;
    return previous < threshold && next >= threshold && next <= ceiling;
  });
}

function allChanges(): PlaybookSignalChange[] {
  const changes: PlaybookSignalChange[] = [];
  for (const [track, groups] of Object.entries(ORDER)) {
    const [authority, hazard] = track.split('/');
    const levels = [null, ...groups.flat()];
    for (const area of AREAS[authority]) {
      for (const previousLevel of levels) {
        for (const level of levels) {
          for (const action of SIGNAL_ACTIONS) changes.push({ authority, area, hazard, previousLevel, level, action });
        }
      }
    }
  }
  return changes;
}

describe('evaluatePlaybooks, exhaustively', () => {
  const changes = allChanges();

  it('covers every watched hazard of the shipped rules', () => {
    const watched = new Set(PLAYBOOK_RULES.flatMap((r) => r.triggers.flatMap((t) => t.hazards.map((h) => `${t.authority}/${h}`))));
    expect([...watched].sort()).toEqual(Object.keys(ORDER).sort());
    expect(changes.length).toBeGreaterThan(1000);
  });

  it('fires a rule exactly when its threshold is crossed in its direction', () => {
    const mismatches: string[] = [];
    for (const change of changes) {
      const fired = evaluatePlaybooks(change);
      const expected = PLAYBOOK_RULES.filter((rule) => expectedToFire(rule, change)).map((rule) => rule.id);
      if (JSON.stringify(fired) !== JSON.stringify(expected)) {
        mismatches.push(`${change.authority}/${change.area}/${change.hazard} ${change.previousLevel}→${change.level} ${change.action}: ${fired} ≠ ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('never fires on a repeat or a move within one rank', () => {
    for (const change of changes) {
      const track = `${change.authority}/${change.hazard}`;
      if (change.action !== 'cancel' && rankIn(track, change.previousLevel) === rankIn(track, change.level)) {
        expect(evaluatePlaybooks(change), `${change.previousLevel}→${change.level}`).toEqual([]);
      }
    }
  });

  it('returns each rule at most once, in rule order', () => {
    const order = PLAYBOOK_RULES.map((r) => r.id);
    for (const change of changes) {
      const fired = evaluatePlaybooks(change);
      expect(new Set(fired).size).toBe(fired.length);
      expect([...fired].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(fired);
    }
  });
});

describe('endedPlaybooks', () => {
  it('names the rules whose threshold the track has dropped below', () => {
    expect(endedPlaybooks(tc('8SE', '3', 'update'))).toEqual(['smg-tc8-cross-border', 'school-suspension-smg-tc8']);
    expect(endedPlaybooks(tc('3', null))).toEqual(['smg-tc8-cross-border', 'school-suspension-smg-tc3', 'school-suspension-smg-tc8']);
    expect(endedPlaybooks(tc('8SE', '8SE', 'cancel'))).toEqual(['smg-tc8-cross-border', 'school-suspension-smg-tc3', 'school-suspension-smg-tc8']);
  });

  it('names nothing while the level stays at or above the thresholds', () => {
    expect(endedPlaybooks(tc('8SE', '9', 'update'))).toEqual([]);
    expect(endedPlaybooks(tc('10', '8NE', 'update'))).toEqual([]);
    expect(endedPlaybooks(gd('typhoon', 'red', 'red'))).toEqual([]);
  });

  it('keeps to the change’s authority, hazard and area', () => {
    expect(endedPlaybooks(gd('typhoon', 'orange', 'blue'))).toEqual(['school-suspension-gd', 'zhuhai-wind-response-iii', 'zhuhai-wind-response-ii', 'zhuhai-wind-response-i']);
    expect(endedPlaybooks(gd('typhoon', 'orange', null, 'doumen'))).toEqual([]);
    expect(endedPlaybooks(gd('rainstorm', 'red', 'orange'))).toEqual(['school-suspension-gd']);
  });

  it('names nothing for an unknown level', () => {
    expect(endedPlaybooks(tc('8SE', 'X', 'update'))).toEqual([]);
  });
});

describe('planPlaybookRuns', () => {
  it('copies the fired rules’ texts and numbers their tasks from 1', () => {
    const runs = planPlaybookRuns(tc('3', '8SE', 'update'));
    expect(runs.map((run) => run.ruleId)).toEqual(['smg-tc8-cross-border', 'school-suspension-smg-tc8']);
    const rule = PLAYBOOK_RULES.find((r) => r.id === 'smg-tc8-cross-border')!;
    expect(runs[0].title).toEqual(rule.title);
    expect(runs[0].title).not.toBe(rule.title);
    expect(runs[0].alertTemplateIds).toEqual([...rule.alertTemplateIds]);
    expect(runs[0].tasks.map((task) => task.position)).toEqual(rule.checklist.map((_item, index) => index + 1));
    expect(runs[0].tasks.map((task) => task.detail === null)).toEqual(rule.checklist.map((item) => item.detail === undefined));
  });

  it('carries the welfare checks a rule asks for, null when it asks for none', () => {
    const [tc8, school] = planPlaybookRuns(tc('3', '8SE', 'update'));
    expect(tc8.welfareChecks).toEqual({ areas: null, kinds: null });
    expect(school.welfareChecks).toBeNull();
    const surge = planPlaybookRuns({ authority: 'smg', area: 'macau', hazard: 'storm-surge', previousLevel: 'yellow', level: 'orange', action: 'update' });
    expect(surge.map((run) => [run.ruleId, run.welfareChecks])).toEqual([['smg-storm-surge-orange-evacuation', { areas: null, kinds: ['low-lying-home'] }]]);
  });

  it('plans nothing when nothing fires', () => {
    expect(planPlaybookRuns(tc('8NE', '8SE', 'update'))).toEqual([]);
  });
});
