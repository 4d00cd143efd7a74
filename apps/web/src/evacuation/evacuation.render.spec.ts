import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Language } from '@app/contracts';
import { I18nProvider } from '../i18n/i18n.context.js';
import { shelter } from './evacuation.test-data.js';
import { OccupancyBar } from './occupancy-bar.js';
import { WelfareCheckForm } from './welfare-check-form.js';

function render(element: ReactElement, language: Language = 'en') {
  const html = renderToStaticMarkup(createElement(I18nProvider, { initial: language, children: element }));
  return { html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

describe('occupancy bar', () => {
  it('says how full the shelter is in words as well as in the bar', () => {
    const { html, text } = render(createElement(OccupancyBar, { shelter: shelter({ capacity: 10, occupancy: 9 }) }));
    expect(html).toContain('evac-occupancy--nearly-full');
    expect(html).toContain('width:90%');
    expect(html).toContain('aria-valuenow="9"');
    expect(text).toContain('9 of 10 places taken (90%) · 1 free');
  });

  it('says "full" in the reader’s language', () => {
    expect(render(createElement(OccupancyBar, { shelter: shelter({ capacity: 10, occupancy: 10 }) }), 'zh-Hant').text).toContain('已用 10 / 10 個位置（100%） · 已滿');
  });
});

describe('welfare-check form', () => {
  it('offers the four outcomes and a note, for the resident it is about', () => {
    const { html, text } = render(createElement(WelfareCheckForm, { residentId: 'r-1', taskId: 't-1', onSubmit: () => undefined }), 'pt');
    expect(html).toContain('data-resident="r-1"');
    for (const outcome of ['safe', 'needs-help', 'moved', 'not-reached']) expect(html).toContain(`data-testid="check-outcome-${outcome}"`);
    expect(text).toContain('Em segurança');
    expect(text).toContain('Guardar resultado');
  });
});
