import { Injectable } from '@nestjs/common';
import type { ManualSignalRequest, SignalIngestResult } from '@app/contracts';
import { SignalDocumentRepository } from '@app/database';
import { DomainError } from '@app/domain';
import { auditActor } from '../audit/audit-actor.js';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import { requireLevel, requireTrack } from './signal-catalogue.checks.js';
import { keyOf, SignalStateService } from '@app/signals';

/** Clocks differ a little; an issue time further ahead than this is a mistake. */
export const ISSUED_AT_FUTURE_SKEW_MS = 2 * 60_000;

/**
 * Signals phoned in or read off another channel while a feed is down. Checked against the catalogue, kept as a
 * document, and decided like any other reading: implausible jumps are held for a second look.
 */
@Injectable()
export class ManualSignalService {
  constructor(
    private readonly documents: SignalDocumentRepository,
    private readonly state: SignalStateService,
  ) {}

  async enter(request: ManualSignalRequest, meta: RequestMeta, now: Date = new Date()): Promise<SignalIngestResult> {
    const key = { authority: request.authority, area: request.area, hazard: request.hazard };
    requireTrack(key);
    if (request.level !== null) requireLevel(key, request.level);
    if ((request.level === null) !== (request.action === 'cancel')) {
      throw new DomainError(
        'invalid',
        'signal_action_mismatch',
        request.level === null ? 'A manual entry without a level must have action "cancel".' : `A level is issued or updated, not "${request.action}"; use level null to cancel.`,
      );
    }
    const issuedAt = new Date(request.issuedAt);
    if (issuedAt.getTime() > now.getTime() + ISSUED_AT_FUTURE_SKEW_MS) {
      throw new DomainError('invalid', 'signal_issued_in_future', `issuedAt ${request.issuedAt} is in the future.`);
    }
    const reason = request.reason.trim();
    const actor = auditActor(meta);
    const entry = { ...key, level: request.level, action: request.action, issuedAt: issuedAt.toISOString(), reason, enteredBy: actor.actorName, enteredAt: now.toISOString() };
    const document = await this.documents.store({
      source: 'manual',
      authority: key.authority,
      url: null,
      bytes: Buffer.from(JSON.stringify(entry)),
      contentType: 'application/json',
      outcome: 'accepted',
    });
    const result = await this.state.apply({
      source: 'manual',
      readings: [{ ...key, level: request.level, action: request.action, issuedAt: entry.issuedAt, publishedAt: null }],
      documentId: document.id,
      actor,
      reason,
      receivedAt: now,
    });
    const label = keyOf(key);
    if (result.changes.length > 0) {
      return { outcome: 'changed', message: `${label} is now ${request.level ?? 'none'} (manual entry).`, changes: result.changes, held: [], documentId: document.id };
    }
    if (result.held.length > 0) {
      const why = result.held.flatMap((hold) => hold.reasons.map((r) => r.message)).join(' ');
      return { outcome: 'held', message: `${label} ${request.level ?? 'none'} is held for a second operator to confirm. ${why}`.trim(), changes: [], held: result.held, documentId: document.id };
    }
    return { outcome: 'unchanged', message: `${label} already shows ${request.level ?? 'none'}; recorded as confirmed by ${actor.actorName}.`, changes: [], held: [], documentId: document.id };
  }
}
