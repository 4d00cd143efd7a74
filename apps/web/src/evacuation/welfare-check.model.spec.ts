import { describe, expect, it } from 'vitest';
import { resident } from './evacuation.test-data.js';
import { EMPTY_WELFARE_CHECK, checkWelfareCheck, welfareCheckRequest } from './welfare-check.model.js';
import { welfareCheckTask } from './welfare-task.model.js';

const at = new Date('2026-09-06T08:30:00Z');

describe('welfare-check form', () => {
  it('needs an outcome; the note is optional and at most 500 characters', () => {
    expect(checkWelfareCheck(EMPTY_WELFARE_CHECK)).toEqual({ outcome: 'evac.check.problem.outcome' });
    expect(checkWelfareCheck({ outcome: 'needs-help', note: '' })).toEqual({});
    expect(checkWelfareCheck({ outcome: 'safe', note: 'x'.repeat(501) })).toEqual({ note: 'evac.check.problem.noteLong' });
    expect(checkWelfareCheck({ outcome: 'fine' as never, note: '' })).toEqual({ outcome: 'evac.check.problem.outcome' });
  });

  it('builds the request with its client id, the time it was made and the task when there is one', () => {
    expect(welfareCheckRequest('r-1', undefined, { outcome: 'safe', note: '  ' }, 'client-1', at)).toEqual({
      clientId: 'client-1',
      vulnerableResidentId: 'r-1',
      outcome: 'safe',
      recordedAt: '2026-09-06T08:30:00.000Z',
    });
    expect(welfareCheckRequest('r-1', 'task-1', { outcome: 'not-reached', note: ' No answer at the door ' }, 'client-2', at)).toEqual({
      clientId: 'client-2',
      vulnerableResidentId: 'r-1',
      outcome: 'not-reached',
      note: 'No answer at the door',
      taskId: 'task-1',
      recordedAt: '2026-09-06T08:30:00.000Z',
    });
  });
});

describe('welfare-check task', () => {
  it('goes to the resident’s area and position, for the chosen team, without the person’s name in the title', () => {
    const r = resident();
    expect(welfareCheckTask(r, 'team-1', 'Welfare check · Hetang')).toEqual({
      kind: 'welfare-check',
      teamId: 'team-1',
      title: 'Welfare check · Hetang',
      areaId: 'hetang',
      vulnerableResidentId: r.id,
      location: { lat: 22.1356, lon: 113.5421 },
    });
    expect(welfareCheckTask({ ...r, location: null }, 'team-1', 'x'.repeat(200)).title).toHaveLength(120);
  });
});
