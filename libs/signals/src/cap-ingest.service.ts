import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SignalIngestResult, SignalKey } from '@app/contracts';
import { AppConfig } from '@app/config';
import { SignalCapChainRepository, SignalDocumentRepository, type NewSignalDocument, type AuditActor } from '@app/database';
import {
  DomainError,
  EMPTY_CAP_CHAIN,
  applyCapAlert,
  capTimeToIso,
  currentCapSignals,
  parseCapAlert,
  type CapAlert,
  type CapChainState,
  type CapSignalChange,
} from '@app/domain';
import { keyOf, type ApplyResult, type SignalReading } from './signal-reading.types.js';
import { SignalStateService } from './signal-state.service.js';

export interface CapDocumentInput {
  bytes: Uint8Array;
  /** Where it was fetched from; null for an upload. */
  url: string | null;
  contentType: string | null;
  actor: AuditActor;
  authority?: string;
}

/** The authority CAP messages come from unless said otherwise. */
export const CAP_AUTHORITY = 'gd-zhuhai';

/**
 * CAP 1.2 messages, uploaded or polled: parsed and validated, applied to the authority's chain state (Alert,
 * Update and Cancel through `references`) under a row lock, and the resulting track levels decided by the state
 * service in the same transaction. Every document is stored with what became of it. Exercise, Test, System and
 * Draft messages are stored and never change the live board.
 */
@Injectable()
export class CapIngestService {
  private readonly logger = new Logger(CapIngestService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: SignalDocumentRepository,
    private readonly chains: SignalCapChainRepository,
    private readonly state: SignalStateService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** Throws a 422 DomainError (with the parser's problems as details) for a document that cannot be applied. */
  async ingest(input: CapDocumentInput): Promise<SignalIngestResult> {
    const authority = input.authority ?? CAP_AUTHORITY;
    const document = (outcome: NewSignalDocument['outcome'], code: string | null, reason: string | null): NewSignalDocument => ({
      source: 'cap',
      authority,
      url: input.url,
      bytes: input.bytes,
      contentType: input.contentType,
      outcome,
      outcomeCode: code,
      outcomeReason: reason,
    });

    const parsed = parseCapAlert(input.bytes, { limits: { maxBytes: this.config.signals.maxDocumentBytes } });
    if (!parsed.ok) {
      const details = parsed.error.details?.length ? ` (${parsed.error.details.join('; ')})` : '';
      await this.documents.store(document('rejected', parsed.error.code, parsed.error.message + details));
      this.logger.warn({ url: input.url, code: parsed.error.code, reason: parsed.error.message }, 'CAP document rejected');
      throw parsed.error;
    }
    const alert = parsed.alert;

    const outcome = await this.dataSource.transaction(async (manager) => {
      const chain = await this.chains.lock<CapChainState>(manager, authority, EMPTY_CAP_CHAIN);
      const step = applyCapAlert(chain, alert, { authority });
      switch (step.outcome.kind) {
        case 'rejected': {
          const stored = await this.documents.store(document('rejected', step.outcome.error.code, step.outcome.error.message), manager);
          return { kind: 'rejected' as const, error: step.outcome.error, documentId: stored.id };
        }
        case 'ignored': {
          if (step.state !== chain) await this.chains.save(manager, authority, step.state);
          const stored = await this.documents.store(document('ignored', step.outcome.reason, step.outcome.message), manager);
          return { kind: 'ignored' as const, reason: step.outcome.reason, message: step.outcome.message, documentId: stored.id };
        }
        case 'applied': {
          await this.chains.save(manager, authority, step.state);
          const stored = await this.documents.store(document('accepted', null, null), manager);
          const readings = readingsOf(alert, step.state, step.outcome.changes);
          const applied = await this.state.applyIn(manager, {
            source: 'cap',
            readings,
            documentId: stored.id,
            actor: input.actor,
            reason: null,
          });
          return { kind: 'applied' as const, applied, documentId: stored.id };
        }
      }
    });

    switch (outcome.kind) {
      case 'rejected':
        this.logger.warn({ url: input.url, code: outcome.error.code, reason: outcome.error.message }, 'CAP alert cannot be tied to a signal');
        throw outcome.error;
      case 'ignored':
        return {
          outcome: outcome.reason === 'not_live' ? 'not_live' : 'ignored',
          message:
            outcome.reason === 'not_live'
              ? `${alert.status} message ${alert.identifier} was stored; ${alert.status} messages never change the live board.`
              : `No change: ${outcome.message}`,
          changes: [],
          held: [],
          documentId: outcome.documentId,
        };
      case 'applied':
        await this.state.announce(outcome.applied);
        return resultOf(outcome.applied, outcome.documentId, alert);
    }
  }
}

/**
 * The readings a message gives: every track whose chain level changed, and every track the message itself names
 * (restating a level counts as the authority vouching for it). Levels are the chain's current ones.
 */
function readingsOf(alert: CapAlert, state: CapChainState, changes: readonly CapSignalChange[]): SignalReading[] {
  const current = new Map(currentCapSignals(state).map((reading) => [keyOf(reading), reading]));
  const named = state.active.find((active) => active.alert.identifier === alert.identifier && active.alert.sender === alert.sender);
  const keys = new Map<string, SignalKey>();
  for (const key of [...changes, ...(named?.readings ?? [])]) keys.set(keyOf(key), { authority: key.authority, area: key.area, hazard: key.hazard });
  const sent = capTimeToIso(alert.sent);
  return [...keys.values()].map((key) => {
    const reading = current.get(keyOf(key));
    const change = changes.find((candidate) => keyOf(candidate) === keyOf(key));
    return {
      ...key,
      level: reading?.level ?? null,
      action: change?.action ?? reading?.action ?? null,
      issuedAt: reading?.issuedAt ?? sent,
      publishedAt: null,
    };
  });
}

function resultOf(applied: ApplyResult, documentId: string, alert: CapAlert): SignalIngestResult {
  if (applied.changes.length > 0) {
    return {
      outcome: 'changed',
      message: `${alert.msgType} ${alert.identifier} changed ${applied.changes.map((c) => `${keyOf(c)} → ${c.level ?? 'none'}`).join(', ')}.`,
      changes: applied.changes,
      held: applied.held,
      documentId,
    };
  }
  if (applied.held.length > 0) {
    return {
      outcome: 'held',
      message: `${alert.msgType} ${alert.identifier} is held for confirmation: ${applied.held.flatMap((h) => h.reasons.map((r) => r.message)).join(' ')}`,
      changes: [],
      held: applied.held,
      documentId,
    };
  }
  return { outcome: 'unchanged', message: `No change: the board already shows what ${alert.identifier} says.`, changes: [], held: [], documentId };
}

export function isUnprocessable(err: unknown): err is DomainError {
  return err instanceof DomainError && err.kind === 'unprocessable';
}
