import type { AlertActor } from '@app/contracts';
import { referenceData } from '../reference/reference-data.js';
import { validateAlertContent } from './alert-content.validation.js';
import { buildFollowUpDraft, buildSentInErrorCorrection } from './alert-follow-up.builder.js';
import { assertMayApprove, assertMayCompose, assertMayEdit, assertMayReject, assertMaySubmit, nextAlertState } from './alert-lifecycle.policy.js';
import { FIXTURE_NOW, alertFixture, publishedAlertFixture } from './alert.fixture.js';

const operator: AlertActor = { userId: 'operator-1', role: 'operator' };
const commander: AlertActor = { userId: 'commander-2', role: 'commander' };
const authorCommander: AlertActor = { userId: 'commander-3', role: 'commander' };
const knownAreaIds = referenceData().areas.map((area) => area.id);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe('who may compose', () => {
  it.each(['operator', 'commander', 'admin'] as const)('a %s may draft, edit and submit', (role) => {
    const actor = { userId: 'u', role };
    expect(codeOf(() => assertMayCompose(actor))).toBeUndefined();
    expect(codeOf(() => assertMayEdit(alertFixture(), actor))).toBeUndefined();
    expect(codeOf(() => assertMaySubmit(alertFixture({ state: 'rejected' }), actor))).toBeUndefined();
  });

  it.each(['liaison', 'inspector', 'crew_lead'] as const)('a %s may not compose or approve', (role) => {
    const actor = { userId: 'someone-else', role };
    expect(codeOf(() => assertMayCompose(actor))).toBe('alert_compose_forbidden');
    expect(codeOf(() => assertMayEdit(alertFixture(), actor))).toBe('alert_compose_forbidden');
    expect(codeOf(() => assertMayApprove(alertFixture({ state: 'submitted', severity: 'Moderate' }), actor))).toBe('alert_approve_forbidden');
    expect(codeOf(() => assertMayReject(alertFixture({ state: 'submitted' }), actor, 'no'))).toBe('alert_approve_forbidden');
  });
});

describe('approval', () => {
  const submitted = alertFixture({ state: 'submitted', submittedBy: 'operator-1' });

  it('a commander who is not the author approves a live Severe alert with the typed phrase', () => {
    expect(submitted.severity).toBe('Severe');
    expect(codeOf(() => assertMayApprove(submitted, commander, 'send live alert'))).toBeUndefined();
    expect(codeOf(() => assertMayApprove(submitted, commander, ' 發送真實警報 '))).toBeUndefined();
  });

  it('asks for the phrase on Extreme/Severe Actual and refuses a wrong one', () => {
    expect(codeOf(() => assertMayApprove(submitted, commander))).toBe('alert_confirmation_required');
    expect(codeOf(() => assertMayApprove(submitted, commander, 'SEND'))).toBe('alert_confirmation_mismatch');
  });

  it('needs no phrase for an exercise or a Moderate alert', () => {
    expect(codeOf(() => assertMayApprove({ ...submitted, status: 'Exercise' }, commander))).toBeUndefined();
    expect(codeOf(() => assertMayApprove({ ...submitted, severity: 'Moderate' }, commander))).toBeUndefined();
  });

  it('the author may not approve or reject their own alert', () => {
    const own = alertFixture({ state: 'submitted', createdBy: authorCommander.userId, submittedBy: authorCommander.userId });
    expect(codeOf(() => assertMayApprove(own, authorCommander, 'SEND LIVE ALERT'))).toBe('alert_self_approval');
    expect(codeOf(() => assertMayReject(own, authorCommander, 'wrong area'))).toBe('alert_self_approval');
  });

  it('an operator may not approve', () => {
    expect(codeOf(() => assertMayApprove(submitted, { userId: 'operator-9', role: 'operator' }, 'SEND LIVE ALERT'))).toBe('alert_approve_forbidden');
  });

  it('only submitted alerts are approved or rejected', () => {
    expect(codeOf(() => assertMayApprove(alertFixture({ state: 'draft' }), commander, 'SEND LIVE ALERT'))).toBe('alert_not_submitted');
    expect(codeOf(() => assertMayApprove(publishedAlertFixture(), commander, 'SEND LIVE ALERT'))).toBe('alert_immutable');
  });

  it('a rejection needs a reason', () => {
    expect(codeOf(() => assertMayReject(submitted, commander, '   '))).toBe('alert_rejection_reason_required');
    expect(codeOf(() => assertMayReject(submitted, commander, undefined))).toBe('alert_rejection_reason_required');
    expect(assertMayReject(submitted, commander, '  Wrong area: Hetang only. ')).toBe('Wrong area: Hetang only.');
  });
});

describe('immutability and transitions', () => {
  it.each(['published', 'cancelled', 'expired'] as const)('a %s alert cannot be edited or submitted', (state) => {
    expect(codeOf(() => assertMayEdit(alertFixture({ state }), operator))).toBe('alert_immutable');
    expect(codeOf(() => assertMaySubmit(alertFixture({ state }), operator))).toBe('alert_immutable');
  });

  it('a submitted or approved alert is not edited', () => {
    expect(codeOf(() => assertMayEdit(alertFixture({ state: 'submitted' }), operator))).toBe('alert_not_editable');
    expect(codeOf(() => assertMayEdit(alertFixture({ state: 'approved' }), operator))).toBe('alert_not_editable');
  });

  it('follows the workflow and refuses shortcuts', () => {
    expect(nextAlertState('draft', 'submit')).toBe('submitted');
    expect(nextAlertState('rejected', 'edit')).toBe('draft');
    expect(nextAlertState('submitted', 'approve')).toBe('approved');
    expect(nextAlertState('approved', 'publish')).toBe('published');
    expect(nextAlertState('published', 'cancel')).toBe('cancelled');
    expect(nextAlertState('published', 'expire')).toBe('expired');
    expect(codeOf(() => nextAlertState('draft', 'approve'))).toBe('alert_bad_transition');
    expect(codeOf(() => nextAlertState('draft', 'publish'))).toBe('alert_bad_transition');
    expect(codeOf(() => nextAlertState('published', 'edit'))).toBe('alert_bad_transition');
  });
});

describe('Update, Cancel and the sent-in-error correction', () => {
  const original = publishedAlertFixture();

  it('an Update references sender,identifier,sent of the original', () => {
    const update = buildFollowUpDraft(original, 'Update', operator);
    expect(update.replacesAlertId).toBe(original.id);
    expect(update.content.msgType).toBe('Update');
    expect(update.content.references).toEqual([{ sender: original.sender, identifier: original.identifier, sent: original.sent }]);
  });

  it('a Cancel of an Update references the whole chain', () => {
    const update = publishedAlertFixture({ id: 'u-2', identifier: 'QINAO-20260905-0002', msgType: 'Update', references: buildFollowUpDraft(original, 'Update', operator).content.references });
    const cancel = buildFollowUpDraft(update, 'Cancel', operator);
    expect(cancel.content.references.map((ref) => ref.identifier)).toEqual(['QINAO-20260905-0001', 'QINAO-20260905-0002']);
  });

  it('only a published alert can be replaced', () => {
    expect(codeOf(() => buildFollowUpDraft(alertFixture({ state: 'approved' }), 'Update', operator))).toBe('alert_not_published');
    expect(codeOf(() => buildFollowUpDraft(original, 'Cancel', { userId: 'l', role: 'liaison' }))).toBe('alert_compose_forbidden');
  });

  it('builds a valid four-language correction from a published Actual alert in one call', () => {
    const now = new Date(FIXTURE_NOW.getTime() + 10 * 60_000);
    const correction = buildSentInErrorCorrection(original, operator, now);
    expect(correction.content).toMatchObject({ msgType: 'Cancel', status: 'Actual', severity: 'Minor', target: original.target });
    expect(correction.content.references).toEqual([{ sender: original.sender, identifier: original.identifier, sent: original.sent }]);
    expect(correction.content.info.en.description).toContain(original.info.en.headline);
    expect(correction.content.info['zh-Hans'].description).toContain('2026-09-05 10:00');
    expect(validateAlertContent(correction.content, { now, knownAreaIds })).toEqual([]);
  });

  it('a correction of an exercise stays an exercise, prefixed', () => {
    const drill = publishedAlertFixture({}, 'smg-tc8-issued', 'Exercise');
    const correction = buildSentInErrorCorrection(drill, operator, FIXTURE_NOW);
    expect(correction.content.status).toBe('Exercise');
    expect(correction.content.info.en.headline).toMatch(/^\[EXERCISE\] Correction/);
    expect(validateAlertContent(correction.content, { now: FIXTURE_NOW, knownAreaIds })).toEqual([]);
  });
});
