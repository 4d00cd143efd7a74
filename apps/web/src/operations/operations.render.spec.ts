import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Language } from '@app/contracts';
import { I18nProvider } from '../i18n/i18n.context.js';
import { KpiTiles } from './kpi-tiles.js';
import { OperationsMap } from './operations-map.js';
import { EMPTY_OPS, opsReducer } from './operations.model.js';
import { kpis, overview, report, shelter, T0, team } from './ops.test-data.js';

function render(element: ReactElement, language: Language = 'en') {
  const html = renderToStaticMarkup(createElement(I18nProvider, { initial: language, children: element }));
  return { html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

describe('KPI tiles', () => {
  it('shows every figure with its label and the time it was computed', () => {
    const { html, text } = render(createElement(KpiTiles, { kpis: kpis() }));
    expect(html.match(/data-testid="kpi-[a-zA-Z]+"/g)?.filter((m) => !m.includes('kpi-tiles') && !m.includes('kpi-value') && !m.includes('kpi-updated'))).toHaveLength(11);
    expect(text).toContain('Inspector-trips 12');
    expect(text).toContain('Shelter occupancy 90 / 400 23%');
    expect(text).toMatch(/Updated (Sep 5|5 Sept?), 18:00:00/);
  });

  it('keeps the strip short, in the reader’s language', () => {
    const { html, text } = render(createElement(KpiTiles, { kpis: kpis(), variant: 'strip' }), 'zh-Hans');
    expect(html.match(/class="kpi-tile /g)).toHaveLength(8);
    expect(text).toContain('巡查人次 12');
    expect(text).toContain('出车辆次 4');
  });
});

describe('operations map', () => {
  const state = opsReducer(EMPTY_OPS, {
    type: 'overview',
    overview: overview({
      teams: [team('ins-1', { silent: true, lastPosition: { lat: 22.10, lon: 113.50, at: T0, byName: 'Chan' } })],
      hazards: [report('r1', { severity: 'critical', location: { lat: 22.16, lon: 113.58, accuracyMeters: null } })],
      shelters: [shelter('s1', { location: { lat: 22.16, lon: 113.50 } })],
    }),
  });
  const props = { state, areas: [], places: [], now: Date.parse(T0) + 12 * 60_000, selection: null, onSelect: () => undefined };

  it('draws teams, hazards and shelters as markers with their state, a legend and the controls', () => {
    const { html, text } = render(createElement(OperationsMap, props));
    expect(html).toMatch(/data-testid="map-marker" data-kind="team" data-id="ins-1" data-count="1" data-silent="true"/);
    expect(html).toMatch(/data-kind="hazard" data-id="r1" data-count="1" data-severity="critical"/);
    expect(html).toMatch(/data-kind="shelter" data-id="s1"/);
    expect(text).toContain('INS-1, On standby, vehicles: 0, last check-in 12 min ago · Silent');
    expect(text).toContain('Shelter s1: 50 of 200 places taken');
    expect(html).toContain('data-testid="map-legend"');
    expect(html).toContain('aria-label="Zoom in"');
  });
});
