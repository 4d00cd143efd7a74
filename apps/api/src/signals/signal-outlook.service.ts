import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SignalOutlookResponse, SignalOutlook, SignalOutlookUpdate } from '@app/contracts';
import { AuditRepository, SignalOutlookRepository, type SignalOutlookEntity } from '@app/database';
import { DomainError, findHazard } from '@app/domain';
import { auditActor } from '../audit/audit-actor.js';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import { requireHazard } from './signal-catalogue.checks.js';
import { SignalAnnouncer } from '@app/signals';

/** SMG publishes its outlook for tropical cyclone signals; that is what the board shows unless asked otherwise. */
export const DEFAULT_OUTLOOK = { authority: 'smg', hazard: 'tropical-cyclone' } as const;
const FUTURE_SKEW_MS = 2 * 60_000;

function outlookOf(row: SignalOutlookEntity): SignalOutlook {
  return {
    authority: row.authority,
    hazard: row.hazard,
    rows: row.rows,
    publishedAt: row.publishedAt.toISOString(),
    enteredBy: row.enteredByName,
    enteredAt: row.enteredAt.toISOString(),
  };
}

/**
 * Level codes an outlook may name: the hazard's levels, and for levels told apart only by a suffix (8NE, 8SE, …)
 * the shared number (8), since forecasts do not yet know the wind direction.
 */
export function outlookLevels(authority: string, hazard: string): Set<string> {
  const levels = findHazard(authority, hazard)?.levels ?? [];
  const codes = new Set(levels.map((level) => level.code));
  for (const level of levels) {
    const number = /^(\d+)[A-Z]+$/.exec(level.code)?.[1];
    if (number === undefined) continue;
    const variants = levels.filter((other) => new RegExp(`^${number}[A-Z]+$`).test(other.code));
    if (variants.every((other) => other.rank === level.rank)) codes.add(number);
  }
  return codes;
}

/** The outlook table operators enter from SMG's probabilities of upcoming signals. */
@Injectable()
export class SignalOutlookService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outlooks: SignalOutlookRepository,
    private readonly audit: AuditRepository,
    private readonly announcer: SignalAnnouncer,
  ) {}

  /** The outlook in force, or null while none has been entered (a normal state outside typhoon season). */
  async get(authority: string = DEFAULT_OUTLOOK.authority, hazard: string = DEFAULT_OUTLOOK.hazard): Promise<SignalOutlookResponse> {
    requireHazard(hazard, authority);
    const row = await this.outlooks.find(authority, hazard);
    return { outlook: row ? outlookOf(row) : null };
  }

  async replace(update: SignalOutlookUpdate, meta: RequestMeta, now: Date = new Date()): Promise<SignalOutlook> {
    const authority = update.authority ?? DEFAULT_OUTLOOK.authority;
    const hazard = update.hazard ?? DEFAULT_OUTLOOK.hazard;
    requireHazard(hazard, authority);
    const allowed = outlookLevels(authority, hazard);
    const seen = new Set<string>();
    for (const row of update.rows) {
      if (!allowed.has(row.level)) {
        throw new DomainError('invalid', 'signal_unknown_level', `Unknown level "${row.level}" of ${authority}/${hazard}; known: ${[...allowed].join(', ')}.`);
      }
      if (seen.has(row.level)) throw new DomainError('invalid', 'signal_outlook_duplicate', `Level "${row.level}" appears twice in the outlook.`);
      seen.add(row.level);
    }
    const publishedAt = new Date(update.publishedAt);
    if (publishedAt.getTime() > now.getTime() + FUTURE_SKEW_MS) {
      throw new DomainError('invalid', 'signal_published_in_future', `publishedAt ${update.publishedAt} is in the future.`);
    }
    const actor = auditActor(meta);
    const rows = update.rows.map((row) => ({ level: row.level, probability: row.probability, window: row.window === null ? null : row.window.trim() }));
    const stored = await this.dataSource.transaction(async (manager) => {
      const { stored, previous } = await this.outlooks.replace(manager, {
        authority,
        hazard,
        rows,
        publishedAt,
        enteredById: actor.actorId,
        enteredByName: actor.actorName,
      });
      await this.audit.append(manager, {
        ...actor,
        action: 'signal.outlook_updated',
        entityType: 'signal_outlook',
        entityId: `${authority}/${hazard}`,
        summary: {
          before: previous ? { rows: previous.rows, publishedAt: previous.publishedAt.toISOString() } : undefined,
          after: { rows, publishedAt: publishedAt.toISOString() },
        },
      });
      return stored;
    });
    await this.announcer.publishBoard();
    return outlookOf(stored);
  }
}
