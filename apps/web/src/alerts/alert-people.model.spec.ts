import { describe, expect, it } from 'vitest';
import { alertPeople } from './alert-people.model.js';
import { alertOf } from './alert.test-data.js';

const OPERATOR = '11111111-1111-4111-8111-111111111111';
const COMMANDER = '22222222-2222-4222-8222-222222222222';

describe('alertPeople', () => {
  it('names the people who took each step, in workflow order, leaving out steps not taken', () => {
    const alert = alertOf({
      createdBy: OPERATOR,
      createdByName: 'Chan Tai Man',
      submittedBy: OPERATOR,
      submittedByName: 'Chan Tai Man',
      approvedBy: COMMANDER,
      approvedByName: 'Wong Siu Ling',
      rejectedBy: null,
      cancelledBy: null,
    });
    expect(alertPeople(alert, COMMANDER)).toEqual([
      { role: 'author', label: 'Chan Tai Man', you: false },
      { role: 'submitter', label: 'Chan Tai Man', you: false },
      { role: 'approver', label: 'Wong Siu Ling', you: true },
    ]);
  });

  it('falls back to the account id when the server sent no name', () => {
    const alert = alertOf({ createdBy: OPERATOR, submittedBy: null, approvedBy: null, rejectedBy: null, cancelledBy: null });
    delete alert.createdByName;
    expect(alertPeople(alert, undefined)).toEqual([{ role: 'author', label: OPERATOR, you: false }]);
    expect(alertPeople({ ...alert, createdByName: '  ' }, OPERATOR)).toEqual([{ role: 'author', label: OPERATOR, you: true }]);
  });
});
