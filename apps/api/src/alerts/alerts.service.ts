import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { type Alert, type AlertContent, type AlertProblem, type AlertState, type AlertTemplate, type AuthUser } from '@app/contracts';
import { AlertRepository, AuditRepository, OutboxRepository, type AlertChanges, type AlertEntity } from '@app/database';
import {
  ALERT_TEMPLATES,
  DomainError,
  buildFollowUpDraft,
  buildSentInErrorCorrection,
  type FollowUpDraft,
  isCurrentPublicAlert,
  toAtomFeed,
  toCapXml,
  assertMayApprove,
  assertMayCompose,
  assertMayEdit,
  assertMayReject,
  assertMaySubmit,
  draftFromTemplate,
  nextAlertState,
  validateAlertContent,
} from '@app/domain';
import { JobProducer } from '@app/queue';
import { RealtimePublisher } from '@app/realtime';
import { auditActor } from '../audit/audit-actor.js';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import { AlertAreasReader } from './alert-areas.reader.js';
import { AlertCorrectionsReader } from './alert-corrections.reader.js';
import { AlertPeopleReader } from './alert-people.reader.js';
import { peopleOf, toAlert, withPeopleNames } from './alert.mapper.js';
import type { AlertContentFieldsDto, CreateAlertDto, UpdateAlertDto } from './alert.dto.js';

export const ALERT_LIST_LIMIT = 100;
export const ALERT_DISPATCH_TOPIC = 'alert.dispatch';

type StoredAlert = Alert & { version: number };

const REQUIRED_WITHOUT_TEMPLATE = ['status', 'category', 'event', 'eventCode', 'urgency', 'severity', 'certainty', 'responseTypes', 'effective', 'onset', 'expires', 'info', 'target'] as const;

/** Composing, submitting and approving public alerts. Every change is audited in its own transaction. */
@Injectable()
export class AlertsService {
  private readonly logger = new Logger(AlertsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly alerts: AlertRepository,
    private readonly outbox: OutboxRepository,
    private readonly audit: AuditRepository,
    private readonly areas: AlertAreasReader,
    private readonly people: AlertPeopleReader,
    private readonly corrections: AlertCorrectionsReader,
    private readonly config: AppConfig,
    private readonly publisher: RealtimePublisher,
    private readonly jobs: JobProducer,
  ) {}

  templates(): readonly AlertTemplate[] {
    return ALERT_TEMPLATES;
  }

  async create(body: CreateAlertDto, user: AuthUser, meta: RequestMeta): Promise<StoredAlert> {
    assertMayCompose(actorOf(user));
    const { templateId, msgType, ...fields } = body;
    if (msgType && msgType !== 'Alert') {
      throw new DomainError('invalid', 'alert_follow_up_via_original', 'Updates and Cancels are started from the published alert they replace.');
    }
    let content: AlertContent;
    if (templateId) {
      content = { ...draftFromTemplate(templateId, { status: fields.status ?? 'Actual', now: new Date() }), ...definedFields(fields) };
    } else {
      const missing = REQUIRED_WITHOUT_TEMPLATE.filter((key) => fields[key] === undefined);
      if (missing.length > 0) {
        throw new DomainError('invalid', 'alert_content_incomplete', `Without a template these fields are required: ${missing.join(', ')}.`, [...missing]);
      }
      content = { ...(definedFields(fields) as Omit<AlertContent, 'msgType' | 'templateId' | 'references'>), scope: fields.scope ?? 'Public', signal: fields.signal ?? null, msgType: 'Alert', templateId: null, references: [] };
    }
    return this.changed(async (manager) => {
      const row = await this.alerts.insert(manager, {
        state: 'draft',
        status: content.status,
        msgType: content.msgType,
        references: content.references,
        content,
        replacesAlertId: null,
        signal: content.signal,
        authorId: user.id,
      });
      await this.record(manager, meta, 'alert.created', row, { after: { state: row.state, status: row.status, templateId: content.templateId } });
      return toAlert(row);
    });
  }

  async update(id: string, body: UpdateAlertDto, user: AuthUser, meta: RequestMeta): Promise<StoredAlert> {
    const { version, ...fields } = body;
    return this.changed(async (manager) => {
      const row = await this.lock(manager, id);
      assertMayEdit(row, actorOf(user));
      if (row.version !== version) {
        throw new DomainError('conflict', 'alert_version_conflict', `The alert changed since you read it (version ${version}, now ${row.version}); reload it.`);
      }
      const content: AlertContent = { ...row.content, ...definedFields(fields) };
      const updated = await this.alerts.update(manager, id, { content, status: content.status, signal: content.signal, state: nextAlertState(row.state, 'edit') });
      await this.record(manager, meta, 'alert.edited', updated, { before: { state: row.state, version: row.version }, after: { state: updated.state, fields: Object.keys(definedFields(fields)) } });
      return toAlert(updated);
    });
  }

  async get(id: string): Promise<StoredAlert> {
    const row = await this.alerts.findById(id);
    if (!row) throw notFound(id);
    return (await this.named([toAlert(row)]))[0]!;
  }

  async list(state: AlertState | undefined): Promise<StoredAlert[]> {
    return this.named((await this.alerts.list(state, ALERT_LIST_LIMIT)).map(toAlert));
  }

  /** What stops the alert from going out, without changing anything. */
  async validate(id: string): Promise<AlertProblem[]> {
    const alert = await this.get(id);
    return this.problemsOf(alert);
  }

  async submit(id: string, user: AuthUser, meta: RequestMeta): Promise<StoredAlert> {
    return this.changed(async (manager) => {
      const row = await this.lock(manager, id);
      assertMaySubmit(row, actorOf(user));
      const problems = await this.problemsOf(toAlert(row));
      if (problems.length > 0) {
        throw new DomainError('unprocessable', 'alert_invalid', `The alert cannot be submitted: ${problems.length} problem(s).`, problems.map(describeProblem));
      }
      const updated = await this.alerts.update(manager, id, { state: nextAlertState(row.state, 'submit'), submittedBy: user.id, submittedAt: new Date() });
      await this.record(manager, meta, 'alert.submitted', updated, { before: { state: row.state }, after: { state: updated.state } });
      return toAlert(updated);
    });
  }

  /**
   * Approves and publishes in one transaction with the audit row and the dispatch outbox row. The row lock makes
   * a second, concurrent approval wait and then find the alert no longer submitted (409): one dispatch only.
   */
  async approve(id: string, confirmation: string | undefined, user: AuthUser, meta: RequestMeta): Promise<StoredAlert> {
    return this.dispatched(async (manager) => {
      const row = await this.lock(manager, id);
      const alert = toAlert(row);
      assertMayApprove(alert, actorOf(user), confirmation);
      nextAlertState(nextAlertState(row.state, 'approve'), 'publish');
      const now = new Date();
      const sender = this.sender();
      const changes: AlertChanges = {
        state: 'published',
        approvedBy: user.id,
        approvedAt: now,
        publishedAt: now,
        sent: now,
        sender,
        identifier: `${sender}.${row.id}`,
      };
      const published = await this.alerts.update(manager, id, changes);
      await this.record(manager, meta, 'alert.approved', published, {
        before: { state: row.state },
        after: { state: published.state, identifier: published.identifier, sent: published.sent?.toISOString() },
      });
      await this.outbox.add(manager, ALERT_DISPATCH_TOPIC, { alertId: published.id });
      if (published.msgType === 'Cancel' && published.replacesAlertId) {
        const original = await this.alerts.findForUpdate(manager, published.replacesAlertId);
        if (original?.state === 'published') await this.cancelOriginal(manager, original, user, meta, now);
      }
      return toAlert(published);
    });
  }

  async reject(id: string, reason: string, user: AuthUser, meta: RequestMeta): Promise<StoredAlert> {
    return this.changed(async (manager) => {
      const row = await this.lock(manager, id);
      const trimmed = assertMayReject(toAlert(row), actorOf(user), reason);
      const updated = await this.alerts.update(manager, id, { state: nextAlertState(row.state, 'reject'), rejectedBy: user.id, rejectedAt: new Date(), rejectionReason: trimmed });
      await this.record(manager, meta, 'alert.rejected', updated, { before: { state: row.state }, after: { state: updated.state, reason: trimmed } });
      return toAlert(updated);
    });
  }

  /** CAP 1.2 of a published live public alert; drafts, drills and unknown ids are not found. */
  async capXml(id: string): Promise<string> {
    const row = await this.alerts.findById(id);
    if (!row || row.state !== 'published' || row.status !== 'Actual' || row.content.scope !== 'Public') throw notFound(id);
    return toCapXml(toAlert(row), { sender: this.sender(), areas: await this.areas.all(), webBaseUrl: this.config.publicUrl });
  }

  /** The public Atom index of current live alerts. */
  async atomFeed(): Promise<string> {
    const now = new Date();
    const current = (await this.alerts.list('published', ALERT_LIST_LIMIT)).map(toAlert).filter((alert) => isCurrentPublicAlert(alert, now));
    return toAtomFeed(current, { baseUrl: this.config.publicUrl, updated: now });
  }

  /** Starts an Update or Cancel of a published alert as a new draft that references it. */
  async followUp(id: string, msgType: 'Update' | 'Cancel', user: AuthUser, meta: RequestMeta): Promise<StoredAlert> {
    const original = await this.get(id);
    const draft = buildFollowUpDraft(original, msgType, actorOf(user));
    return this.changed(async (manager) => {
      const row = await this.insertFollowUp(manager, draft, user.id, {});
      await this.record(manager, meta, `alert.${msgType.toLowerCase()}_drafted`, row, { after: { state: row.state, msgType, replacesAlertId: original.id } });
      return toAlert(row);
    });
  }

  /**
   * The prepared "sent in error" correction: a Cancel published at once by a commander, without another approval
   * round. The original is locked and marked cancelled in the same transaction, so a second click finds it no
   * longer published (409) and only one correction goes out.
   *
   * With ALERT_SENT_IN_ERROR_NEEDS_APPROVAL the correction is instead submitted, ready for a second commander; the
   * original stays published until that approval cancels it, and while one correction waits no second is made.
   */
  async sentInError(id: string, user: AuthUser, meta: RequestMeta): Promise<StoredAlert> {
    const needsApproval = this.config.alertSentInErrorNeedsApproval;
    const work = async (manager: EntityManager): Promise<StoredAlert> => {
      const originalRow = await this.lock(manager, id);
      const original = toAlert(originalRow);
      const now = new Date();
      const correction = buildSentInErrorCorrection(original, actorOf(user), now);
      const newId = randomUUID();
      const problems = await this.problemsOf({ ...original, ...correction.content, id: newId });
      if (problems.length > 0) {
        throw new DomainError('unprocessable', 'alert_invalid', `The correction cannot be sent: ${problems.length} problem(s).`, problems.map(describeProblem));
      }
      if (needsApproval) return this.submitCorrection(manager, correction, newId, original, user, meta, now);
      const sender = this.sender();
      const row = await this.insertFollowUp(manager, correction, user.id, {
        id: newId,
        state: 'published',
        submittedBy: user.id,
        submittedAt: now,
        approvedBy: user.id,
        approvedAt: now,
        publishedAt: now,
        sent: now,
        sender,
        identifier: `${sender}.${newId}`,
      });
      await this.record(manager, meta, 'alert.sent_in_error_published', row, {
        after: { state: row.state, msgType: 'Cancel', identifier: row.identifier, replacesAlertId: original.id },
      });
      await this.outbox.add(manager, ALERT_DISPATCH_TOPIC, { alertId: row.id });
      await this.cancelOriginal(manager, originalRow, user, meta, now);
      return toAlert(row);
    };
    return needsApproval ? this.changed(work) : this.dispatched(work);
  }

  /** The correction as a submitted Cancel that another commander approves; its approval cancels the original. */
  private async submitCorrection(manager: EntityManager, correction: FollowUpDraft, newId: string, original: Alert, user: AuthUser, meta: RequestMeta, now: Date): Promise<StoredAlert> {
    const pending = await this.corrections.pendingCancelOf(manager, original.id);
    if (pending) {
      throw new DomainError('conflict', 'alert_correction_pending', `A Cancel of this alert is already waiting for approval (${pending}); approve or reject that one.`);
    }
    const row = await this.insertFollowUp(manager, correction, user.id, { id: newId, state: 'submitted', submittedBy: user.id, submittedAt: now });
    await this.record(manager, meta, 'alert.sent_in_error_submitted', row, { after: { state: row.state, msgType: 'Cancel', replacesAlertId: original.id } });
    return toAlert(row);
  }

  /** Adds the display names of the people each alert names. */
  private async named(alerts: StoredAlert[]): Promise<StoredAlert[]> {
    const names = await this.people.namesOf(alerts.flatMap(peopleOf));
    return alerts.map((alert) => withPeopleNames(alert, names));
  }

  /** The CAP sender: the host of the public address. */
  sender(): string {
    return new URL(this.config.publicUrl).hostname;
  }

  /**
   * A change that committed an outbox row: wakes the outbox relay at once instead of waiting for its next scheduled
   * run, so the first push leaves within moments of approval. Losing the nudge only costs that wait.
   */
  private async dispatched(work: (manager: EntityManager) => Promise<StoredAlert>): Promise<StoredAlert> {
    const alert = await this.changed(work);
    try {
      await this.jobs.add('dispatch', 'outbox.relay', {});
    } catch (err) {
      this.logger.warn({ err, alertId: alert.id }, 'could not wake the outbox relay; its schedule picks the alert up');
    }
    return alert;
  }

  /** Runs a change in a transaction, then tells the HQ about the alert it returns. */
  private async changed(work: (manager: EntityManager) => Promise<StoredAlert>): Promise<StoredAlert> {
    const alert = (await this.named([await this.dataSource.transaction(work)]))[0]!;
    try {
      await this.publisher.publish('hq', 'alert.updated', { alert });
    } catch (err) {
      // The change is committed and the list shows it; screens that missed the event catch up on reload.
      this.logger.error({ err, alertId: alert.id }, 'alert change saved but not announced');
    }
    return alert;
  }

  private insertFollowUp(manager: EntityManager, draft: FollowUpDraft, authorId: string, extra: Partial<AlertEntity>): Promise<AlertEntity> {
    const { content } = draft;
    return this.alerts.insert(manager, {
      state: 'draft',
      status: content.status,
      msgType: content.msgType,
      references: content.references,
      content,
      replacesAlertId: draft.replacesAlertId,
      signal: content.signal,
      authorId,
      ...extra,
    });
  }

  private async cancelOriginal(manager: EntityManager, original: AlertEntity, user: AuthUser, meta: RequestMeta, now: Date): Promise<void> {
    const cancelled = await this.alerts.update(manager, original.id, { state: nextAlertState(original.state, 'cancel'), cancelledBy: user.id, cancelledAt: now });
    await this.record(manager, meta, 'alert.cancelled', cancelled, { before: { state: original.state }, after: { state: cancelled.state } });
  }

  private async problemsOf(alert: Alert): Promise<AlertProblem[]> {
    const areas = await this.areas.all();
    return validateAlertContent(alert, { now: new Date(), knownAreaIds: areas.map((area) => area.id), alertId: alert.id });
  }

  private async lock(manager: EntityManager, id: string): Promise<AlertEntity> {
    const row = await this.alerts.findForUpdate(manager, id);
    if (!row) throw notFound(id);
    return row;
  }

  private async record(manager: EntityManager, meta: RequestMeta, action: string, row: AlertEntity, summary: { before?: Record<string, unknown>; after?: Record<string, unknown> }): Promise<void> {
    await this.audit.append(manager, { ...auditActor(meta), action, entityType: 'alert', entityId: row.id, summary });
  }
}

/** A problem as one line of the error details: `path: message (code)`. */
function describeProblem(problem: AlertProblem): string {
  return `${problem.path}: ${problem.message} (${problem.code})`;
}

function actorOf(user: AuthUser) {
  return { userId: user.id, role: user.role };
}

function notFound(id: string): DomainError {
  return new DomainError('not_found', 'alert_not_found', `There is no alert ${id}.`);
}

/** The fields the caller actually sent (the pipe leaves absent optional fields undefined). */
function definedFields(fields: AlertContentFieldsDto): Partial<AlertContent> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<AlertContent>;
}
