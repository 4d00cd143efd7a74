import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/catalogues.js';
import {
  EMPTY_REPORT,
  checkCheckIn,
  checkInRequest,
  checkReport,
  cleanText,
  nextTaskSteps,
  parseCoordinates,
  reportRequest,
  transitionRequest,
  type ReportDraft,
} from './field-forms.model.js';

const at = new Date('2026-09-07T08:15:00Z');
const good: ReportDraft = {
  category: 'fallen-tree',
  severity: 'high',
  description: '  Tree across Rua de Hengqin, both lanes blocked \u202E ',
  location: { lat: 22.1356789, lon: 113.5421234, accuracyMeters: 12.6, source: 'gps' },
  taskId: '',
  photoCount: 2,
};

describe('the hazard report form', () => {
  it('names every missing field of an empty report, in words of the reader’s language', () => {
    const problems = checkReport(EMPTY_REPORT);
    expect(Object.keys(problems).sort()).toEqual(['category', 'description', 'location', 'severity']);
    expect(translate('zh-Hans', problems.location!)).toContain('GPS');
  });

  it('refuses a blank or too long description, a position off the globe and a fifth photo', () => {
    expect(checkReport({ ...good, description: ' \u200E ' }).description).toBe('field.report.problem.description');
    expect(checkReport({ ...good, description: 'x'.repeat(1001) }).description).toBe('field.report.problem.descriptionLong');
    expect(checkReport({ ...good, location: { lat: 95, lon: 113, source: 'typed' } }).location).toBe('field.report.problem.location');
    expect(checkReport({ ...good, photoCount: 5 }).photos).toBe('field.report.problem.photos');
    expect(checkReport(good)).toEqual({});
  });

  it('builds the api request: cleaned text, rounded position, the time it was made, the task only when linked', () => {
    expect(reportRequest(good, 'c-1', at)).toEqual({
      clientId: 'c-1',
      category: 'fallen-tree',
      severity: 'high',
      description: 'Tree across Rua de Hengqin, both lanes blocked',
      location: { lat: 22.135679, lon: 113.542123, accuracyMeters: 13 },
      recordedAt: '2026-09-07T08:15:00.000Z',
    });
    expect(reportRequest({ ...good, taskId: 't-1' }, 'c-1', at).taskId).toBe('t-1');
  });

  it('strips control and text-direction characters the api refuses', () => {
    expect(cleanText('a\u0007b\u2066c\n')).toBe('abc');
  });
});

describe('the check-in', () => {
  it('needs a location and a short note', () => {
    expect(checkCheckIn(null, '')).toEqual({ location: 'field.checkIn.problem.location' });
    expect(checkCheckIn({ lat: 22.1, lon: 113.5, source: 'map' }, 'x'.repeat(301))).toEqual({ note: 'field.checkIn.problem.noteLong' });
  });

  it('sends the note only when there is one', () => {
    expect(checkInRequest({ lat: 22.1, lon: 113.5, source: 'map' }, 'ok', '  ', 'c-2', at)).toEqual({
      clientId: 'c-2',
      location: { lat: 22.1, lon: 113.5 },
      status: 'ok',
      recordedAt: '2026-09-07T08:15:00.000Z',
    });
  });
});

describe('typed coordinates', () => {
  it.each([
    ['22.1356, 113.5421', { lat: 22.1356, lon: 113.5421 }],
    ['22.1356 113.5421', { lat: 22.1356, lon: 113.5421 }],
    ['22.1356N, 113.5421E', { lat: 22.1356, lon: 113.5421 }],
    ['22.1°S 113.5°W', { lat: -22.1, lon: -113.5 }],
  ])('reads %s', (text, expected) => {
    expect(parseCoordinates(text)).toEqual(expected);
  });

  it.each(['', 'Hengqin', '22.13', '95, 113', '22, 190'])('refuses %j', (text) => {
    expect(parseCoordinates(text)).toBeUndefined();
  });
});

describe('task steps', () => {
  it('offers the next step and "cannot complete" until the task is closed', () => {
    expect(nextTaskSteps('assigned')).toEqual(['en-route', 'cannot-complete']);
    expect(nextTaskSteps('on-site')).toEqual(['done', 'cannot-complete']);
    expect(nextTaskSteps('done')).toEqual([]);
  });

  it('needs a reason for "cannot complete" and carries the client id', () => {
    expect(transitionRequest('en-route', '', 'c-3')).toEqual({ to: 'en-route', clientId: 'c-3' });
    expect(transitionRequest('cannot-complete', '  ', 'c-3')).toBeUndefined();
    expect(transitionRequest('cannot-complete', 'Road flooded', 'c-3')).toEqual({ to: 'cannot-complete', reason: 'Road flooded', clientId: 'c-3' });
  });
});
