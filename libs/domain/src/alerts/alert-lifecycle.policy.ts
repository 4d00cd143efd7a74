import type { Alert, AlertActor, AlertState, Role } from '@app/contracts';
import { DomainError } from '../domain-error.js';
import { isLiveConfirmation, needsTypedConfirmation } from './alert-confirmation.js';

/** Roles that compose, edit and submit alerts. Liaisons and field roles never do. */
export const ALERT_COMPOSER_ROLES: readonly Role[] = ['operator', 'commander', 'admin'];
/** The only role that approves or rejects, and never its own alert. */
export const ALERT_APPROVER_ROLES: readonly Role[] = ['commander'];
/** States in which the content may still change. */
export const EDITABLE_ALERT_STATES: readonly AlertState[] = ['draft', 'rejected'];
/** Published alerts are never edited: Update and Cancel are new alerts that reference them. */
export const IMMUTABLE_ALERT_STATES: readonly AlertState[] = ['published', 'cancelled', 'expired'];
export const REJECTION_REASON_MAX_CHARS = 1000;

export function isImmutableAlert(state: AlertState): boolean {
  return IMMUTABLE_ALERT_STATES.includes(state);
}

/** May this actor start a draft? */
export function assertMayCompose(actor: AlertActor): void {
  if (!ALERT_COMPOSER_ROLES.includes(actor.role)) {
    throw new DomainError('forbidden', 'alert_compose_forbidden', `A ${actor.role} may not compose alerts; operators and commanders do.`);
  }
}

/** May this actor change the content of this alert now? */
export function assertMayEdit(alert: Pick<Alert, 'state'>, actor: AlertActor): void {
  assertMayCompose(actor);
  assertEditable(alert.state);
}

/** May this actor submit this alert for approval? (The content must also validate; the caller checks that.) */
export function assertMaySubmit(alert: Pick<Alert, 'state'>, actor: AlertActor): void {
  assertMayCompose(actor);
  assertEditable(alert.state);
}

/** A commander who neither wrote nor submitted the alert approves it; Extreme/Severe Actual needs the typed phrase. */
export function assertMayApprove(
  alert: Pick<Alert, 'state' | 'createdBy' | 'submittedBy' | 'status' | 'severity'>,
  actor: AlertActor,
  confirmation?: string | null,
): void {
  assertApprover(alert, actor, 'approve');
  if (needsTypedConfirmation(alert) && !isLiveConfirmation(confirmation)) {
    throw new DomainError(
      'unprocessable',
      confirmation ? 'alert_confirmation_mismatch' : 'alert_confirmation_required',
      `A live ${alert.severity} alert needs the typed confirmation "SEND LIVE ALERT" (or 发送真实警报 / 發送真實警報 / ENVIAR ALERTA REAL).`,
    );
  }
}

/** A commander who is not the author rejects with a reason; the alert goes back to its author for editing. */
export function assertMayReject(alert: Pick<Alert, 'state' | 'createdBy' | 'submittedBy'>, actor: AlertActor, reason: string | null | undefined): string {
  assertApprover(alert, actor, 'reject');
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  if (trimmed === '') throw new DomainError('invalid', 'alert_rejection_reason_required', 'Say why the alert is rejected.');
  if ([...trimmed].length > REJECTION_REASON_MAX_CHARS) {
    throw new DomainError('invalid', 'alert_rejection_reason_too_long', `The reason must be at most ${REJECTION_REASON_MAX_CHARS} characters.`);
  }
  return trimmed;
}

/** Published alerts are withdrawn only through a Cancel alert; this checks the one being replaced. */
export function assertMayReplace(original: Pick<Alert, 'state' | 'identifier' | 'sender' | 'sent'>, actor: AlertActor): void {
  assertMayCompose(actor);
  if (original.state !== 'published' || !original.identifier || !original.sender || !original.sent) {
    throw new DomainError('conflict', 'alert_not_published', `Only a published alert can be updated or cancelled (this one is ${original.state}).`);
  }
}

/** The state an alert moves to; refuses transitions the workflow does not have. */
export function nextAlertState(from: AlertState, event: 'submit' | 'approve' | 'reject' | 'edit' | 'publish' | 'cancel' | 'expire'): AlertState {
  const table: Record<typeof event, [readonly AlertState[], AlertState]> = {
    edit: [EDITABLE_ALERT_STATES, 'draft'],
    submit: [EDITABLE_ALERT_STATES, 'submitted'],
    approve: [['submitted'], 'approved'],
    reject: [['submitted'], 'rejected'],
    publish: [['approved'], 'published'],
    cancel: [['published'], 'cancelled'],
    expire: [['published'], 'expired'],
  };
  const [allowed, to] = table[event];
  if (!allowed.includes(from)) {
    throw new DomainError('conflict', 'alert_bad_transition', `An alert that is ${from} cannot ${event === 'edit' ? 'be edited' : event}.`);
  }
  return to;
}

function assertEditable(state: AlertState): void {
  if (isImmutableAlert(state)) {
    throw new DomainError('conflict', 'alert_immutable', `A ${state} alert is never changed; send an Update or Cancel instead.`);
  }
  if (!EDITABLE_ALERT_STATES.includes(state)) {
    throw new DomainError('conflict', 'alert_not_editable', `An alert that is ${state} cannot be changed.`);
  }
}

function assertApprover(alert: Pick<Alert, 'state' | 'createdBy' | 'submittedBy'>, actor: AlertActor, action: 'approve' | 'reject'): void {
  if (!ALERT_APPROVER_ROLES.includes(actor.role)) {
    throw new DomainError('forbidden', 'alert_approve_forbidden', `A ${actor.role} may not ${action} alerts; a commander does.`);
  }
  if (actor.userId === alert.createdBy || actor.userId === alert.submittedBy) {
    throw new DomainError('forbidden', 'alert_self_approval', `The author of an alert may not ${action} it; another commander must.`);
  }
  if (alert.state !== 'submitted') {
    throw new DomainError('conflict', isImmutableAlert(alert.state) ? 'alert_immutable' : 'alert_not_submitted', `Only a submitted alert can be ${action}d (this one is ${alert.state}).`);
  }
}
