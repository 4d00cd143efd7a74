import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type AfterActionReport, type Language } from '@app/contracts';
import { I18nProvider } from '../i18n/i18n.context.js';
import { AfterActionReportView } from './after-action-report.js';

const report: AfterActionReport = {
  from: '2026-09-05T00:00:00.000Z',
  to: '2026-09-07T00:00:00.000Z',
  generatedAt: '2026-09-07T01:00:00.000Z',
  language: 'en',
  warnings: { alerts: 3, sent: 200_123, failed: 17, byChannel: [{ channel: 'web-push', sent: 200_123 }], byLanguage: [{ language: 'zh-Hans', sent: 150_000 }, { language: 'pt', sent: 50_123 }] },
  signalTimeline: [{ at: '2026-09-05T06:00:00.000Z', authority: 'smg', hazard: 'tropical-cyclone', level: '8SE', label: 'Signal No. 8 (south-east) issued' }],
  teams: { inspectionTeams: 6, rescueCrews: 3, tasks: 40, tasksDone: 38, inspectorTrips: 152, vehicleTrips: 41, vehicles: 12 },
  crews: { peakCrewsOnStandby: 3, peakPeopleOnStandby: 27 },
  hazards: { found: 58, rectified: 51, verified: 40, open: 7, byCategory: [{ category: 'fallen-tree', found: 30, rectified: 28 }, { category: 'sinkhole', found: 1, rectified: 0 }] },
  evacuation: { peopleMoved: 312, transfers: 25, sheltersUsed: 4, peakOccupancy: 290, vulnerableChecked: 88, welfareOutcomes: [{ outcome: 'safe', count: 80 }, { outcome: 'moved', count: 8 }] },
  residents: { safe: 1520, needHelp: 14, helpRequestsHandled: 14 },
};

function text(language: Language) {
  const html = renderToStaticMarkup(createElement(I18nProvider, { initial: language, children: createElement(AfterActionReportView, { report }) }));
  return { html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

describe('after-action report page', () => {
  it('renders every section with its figures', () => {
    const { html, text: t } = text('en');
    for (const section of ['warnings', 'signals', 'teams', 'hazards', 'evacuation', 'residents']) expect(html).toContain(`data-testid="aar-${section}"`);
    expect(t).toContain('Delivered 200,123');
    expect(t).toContain('Web Push 200,123 100%');
    expect(t).toContain('简体中文 150,000 75%');
    expect(t).toContain('Signal No. 8 (south-east) issued');
    expect(t).toContain('Tasks done 38 of 40');
    expect(t).toContain('Inspector-trips 152');
    expect(t).toContain('Fallen tree 30 28');
    // A category the app does not know yet is shown as the server named it.
    expect(t).toContain('sinkhole 1 0');
    expect(t).toContain('Moved to a shelter 8');
    expect(t).toContain('Help requests handled 14');
  });

  it.each(LANGUAGES)('renders in %s', (language) => {
    const { text: t } = text(language);
    expect(t).toContain('152');
    expect(t).not.toMatch(/afterAction\.|ops\./);
  });

  it('speaks Chinese for the HQ', () => {
    expect(text('zh-Hans').text).toContain('巡查人次 152');
    expect(text('zh-Hant').text).toContain('出車輛次 41');
  });
});
