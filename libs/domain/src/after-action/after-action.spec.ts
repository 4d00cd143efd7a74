import type { AfterActionReport } from '@app/contracts';
import { LANGUAGES } from '@app/contracts';
import { DomainError } from '../domain-error.js';
import { afterActionCsv, csvCell } from './after-action.csv.js';
import { AFTER_ACTION_LABELS } from './after-action.labels.js';
import { afterActionPeriod } from './after-action.period.js';
import { describeLevel, findAuthority, findHazard } from '../signals/signal-catalogue.lookup.js';
import { signalTimelineLabel } from './signal-timeline.label.js';

const report = (language: AfterActionReport['language']): AfterActionReport => ({
  from: '2024-09-05T00:00:00.000Z',
  to: '2024-09-08T00:00:00.000Z',
  generatedAt: '2024-09-08T01:00:00.000Z',
  language,
  warnings: { alerts: 3, sent: 200_123, failed: 17, byChannel: [{ channel: 'web-push', sent: 200_123 }], byLanguage: [{ language: 'zh-Hans', sent: 150_000 }, { language: 'pt', sent: 50_123 }] },
  signalTimeline: [{ at: '2024-09-06T02:00:00.000Z', authority: 'smg', hazard: 'typhoon', level: '8SE', label: 'Typhoon, No. 8 "SE", with =formula' }],
  teams: { inspectionTeams: 110, rescueCrews: 11, tasks: 120, tasksDone: 118, inspectorTrips: 705, vehicleTrips: 136, vehicles: 40 },
  crews: { peakCrewsOnStandby: 11, peakPeopleOnStandby: 660 },
  hazards: { found: 30, rectified: 25, verified: 20, open: 5, byCategory: [{ category: 'fallen-tree', found: 12, rectified: 10 }] },
  evacuation: { peopleMoved: 224, transfers: 40, sheltersUsed: 3, peakOccupancy: 180, vulnerableChecked: 224, welfareOutcomes: [{ outcome: 'safe', count: 200 }] },
  residents: { safe: 1000, needHelp: 12, helpRequestsHandled: 12 },
});

describe('after-action period', () => {
  it('accepts dates and date-times with an offset', () => {
    const period = afterActionPeriod('2024-09-05', '2024-09-08T08:00+08:00');
    expect(period.from.toISOString()).toBe('2024-09-05T00:00:00.000Z');
    expect(period.to.toISOString()).toBe('2024-09-08T00:00:00.000Z');
  });

  it.each([
    ['2024-09-08', '2024-09-05', /before/],
    ['2024-09-05', '2024-09-05', /before/],
    ['2024-01-01', '2024-09-05', /92 days/],
    ['yesterday', '2024-09-05', /ISO 8601/],
    ['2024-09-05T08:00', '2024-09-06', /offset/],
    ['2024-02-30', '2024-03-05', /real date|ISO/],
  ])('refuses %s → %s', (from, to, message) => {
    const attempt = () => afterActionPeriod(from, to);
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(message);
  });
});

describe('after-action CSV', () => {
  it('has one labelled row per figure, in the report language, with a BOM and CRLF', () => {
    const csv = afterActionCsv(report('zh-Hans'));
    expect(csv.startsWith('\uFEFFsection,item,detail,value\r\n')).toBe(true);
    expect(csv).toContain(`${AFTER_ACTION_LABELS['zh-Hans'].sections.teams},${AFTER_ACTION_LABELS['zh-Hans'].items.inspectorTrips},,705\r\n`);
    expect(csv).toContain(`,${AFTER_ACTION_LABELS['zh-Hans'].items.vehicleTrips},,136\r\n`);
    expect(csv).toContain('倒树,12/10');
    expect(afterActionCsv(report('en'))).toContain('Web Push,200123');
  });

  it('quotes commas and quotes, and neutralises formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(-5)).toBe('-5');
    expect(afterActionCsv(report('en'))).toContain('"Typhoon, No. 8 ""SE"", with =formula"');
  });

  it('labels every section and item in all four languages', () => {
    for (const language of LANGUAGES) {
      const labels = AFTER_ACTION_LABELS[language];
      for (const text of [...Object.values(labels.sections), ...Object.values(labels.items)]) expect(text.trim()).not.toBe('');
      expect(Object.keys(labels.items).sort()).toEqual(Object.keys(AFTER_ACTION_LABELS.en.items).sort());
    }
  });
});

describe('signal timeline labels', () => {
  it('names the authority, hazard and level from the catalogue, and says cancelled for none', () => {
    const label = signalTimelineLabel({ authority: 'smg', area: 'macau', hazard: 'tropical-cyclone', level: '8SE' }, 'zh-Hant');
    const parts = [findAuthority('smg')!.name['zh-Hant'], '澳門', findHazard('smg', 'tropical-cyclone')!.name['zh-Hant'], describeLevel('smg', 'tropical-cyclone', '8SE')!.name['zh-Hant']];
    expect(label).toBe(parts.join(' · '));
    expect(signalTimelineLabel({ authority: 'smg', area: 'macau', hazard: 'tropical-cyclone', level: null }, 'en')).toMatch(/cancelled$/);
    expect(signalTimelineLabel({ authority: 'nowhere', area: 'x', hazard: 'y', level: 'z' }, 'en')).toBe('nowhere · y · z');
  });
});
