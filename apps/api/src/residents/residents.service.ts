import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser, HelpRequest, ResidentStatusCounts, ResidentStatusReceipt, ResidentStatusRequest } from '@app/contracts';
import { AuditRepository, PublicAlertRepository, ResidentStatusRepository } from '@app/database';
import { DomainError } from '@app/domain';
import { RealtimePublisher } from '@app/realtime';
import { auditActor } from '../audit/audit-actor.js';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import { toHelpRequest } from './help-request.mapper.js';
import { ResidentAreaResolver } from './resident-area.resolver.js';

export const HELP_REQUEST_LIST_LIMIT = 500;

const blankToNull = (text: string | undefined) => {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
};

/** The report as sent, in a fixed order: the same report twice hashes the same, any change hashes differently. */
function bodyHash(input: ResidentStatusRequest): Buffer {
  const canonical = [input.status, input.alertId ?? null, input.areaId ?? null, input.location?.lat ?? null, input.location?.lon ?? null, input.contact ?? null, input.message ?? null];
  return createHash('sha256').update(JSON.stringify(canonical)).digest();
}

/** Residents' "I'm safe" / "I need help": stored once per client id, counted for the HQ, help requests worked through. */
@Injectable()
export class ResidentsService {
  private readonly logger = new Logger(ResidentsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly statuses: ResidentStatusRepository,
    private readonly alerts: PublicAlertRepository,
    private readonly areas: ResidentAreaResolver,
    private readonly audit: AuditRepository,
    private readonly publisher: RealtimePublisher,
  ) {}

  /** `created` is false for a replay of a report already stored (same client id, same body). */
  async report(input: ResidentStatusRequest): Promise<{ receipt: ResidentStatusReceipt; created: boolean }> {
    if (input.contact !== undefined && input.status !== 'need-help') {
      throw new DomainError('invalid', 'resident_contact_not_allowed', 'contact is only taken with status need-help; an "I\'m safe" answer stays anonymous.');
    }
    if (input.alertId !== undefined && !(await this.alerts.isPublished(input.alertId))) {
      throw new DomainError('invalid', 'resident_alert_unknown', `Unknown alert id: ${input.alertId}. Answer an alert from GET /api/alerts/public.`, [input.alertId]);
    }
    const areaId = await this.areas.resolve(input.areaId, input.location);
    const hash = bodyHash(input);
    const { row, created } = await this.statuses.insertOnce({
      clientId: input.clientId,
      status: input.status,
      alertId: input.alertId ?? null,
      areaId,
      lat: input.location?.lat ?? null,
      lon: input.location?.lon ?? null,
      contact: blankToNull(input.contact),
      message: blankToNull(input.message),
      bodyHash: hash,
    });
    if (!created && !row.bodyHash.equals(hash)) {
      throw new DomainError(
        'conflict',
        'resident_client_id_reused',
        'This clientId was already used for a different report; send a new report with a new clientId.',
      );
    }
    if (created) await this.publishCounts(row.alertId);
    return { receipt: { id: row.id, receivedAt: row.receivedAt.toISOString() }, created };
  }

  async counts(alertId: string | null): Promise<ResidentStatusCounts> {
    return { alertId, ...(await this.statuses.counts(alertId)), at: new Date().toISOString() };
  }

  async helpRequests(openOnly: boolean): Promise<HelpRequest[]> {
    return (await this.statuses.listHelpRequests(openOnly, HELP_REQUEST_LIST_LIMIT)).map(toHelpRequest);
  }

  /** Marks a help request handled, audited in the same transaction; a second click finds it handled (409). */
  async markHandled(id: string, user: AuthUser, meta: RequestMeta): Promise<HelpRequest> {
    const handled = await this.dataSource.transaction(async (manager) => {
      const row = await this.statuses.findForUpdate(manager, id);
      if (!row || row.status !== 'need-help') throw new DomainError('not_found', 'help_request_not_found', `No help request with id ${id}.`);
      if (row.handledAt) {
        throw new DomainError('conflict', 'help_request_already_handled', `This help request was already marked handled at ${row.handledAt.toISOString()}.`);
      }
      const updated = await this.statuses.markHandled(manager, id, user.id);
      await this.audit.append(manager, {
        ...auditActor(meta),
        action: 'resident_help.handled',
        entityType: 'resident_status',
        entityId: id,
        summary: { before: { handledAt: null }, after: { handledBy: user.id, handledAt: updated.handledAt?.toISOString() ?? null } },
      });
      return updated;
    });
    await this.publishCounts(handled.alertId);
    return toHelpRequest(handled);
  }

  /** After commit: the overall counts, and those of the alert answered. The report stays stored if this fails. */
  private async publishCounts(alertId: string | null): Promise<void> {
    try {
      const payloads = [await this.counts(null)];
      if (alertId) payloads.push(await this.counts(alertId));
      for (const payload of payloads) await this.publisher.publish('hq', 'resident.status', payload);
    } catch (err) {
      this.logger.warn({ err, alertId }, 'resident status stored but counts not published');
    }
  }
}
