import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SignalHoldEntry, SignalIngestResult, SignalKey } from '@app/contracts';
import { AuditRepository, SignalHoldRepository, SignalTrackRepository, type AuditActor } from '@app/database';
import { DomainError } from '@app/domain';
import { SignalAnnouncer } from './signal-announcer.js';
import { trackFreshness } from './signal-freshness.policy.js';
import { changeAction } from './signal-reading.decider.js';
import { keyOf } from './signal-reading.types.js';
import { SignalStateService } from './signal-state.service.js';
import { historyEntryOf, holdEntryOf } from './signal-views.js';

/** Operators confirm or reject readings held as implausible; both are audited, a confirmation changes the board. */
@Injectable()
export class SignalHoldService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tracks: SignalTrackRepository,
    private readonly holds: SignalHoldRepository,
    private readonly audit: AuditRepository,
    private readonly state: SignalStateService,
    private readonly announcer: SignalAnnouncer,
  ) {}

  async listOpen(): Promise<SignalHoldEntry[]> {
    return (await this.holds.listOpen()).map(holdEntryOf);
  }

  /** Applies the held reading as a change: history, state, audit in one transaction, then the events. */
  async confirm(key: SignalKey, reason: string, actor: AuditActor): Promise<SignalIngestResult> {
    const now = new Date();
    const result = await this.dataSource.transaction(async (manager) => {
      await this.tracks.ensure([key], manager);
      const [track] = await this.tracks.lock(manager, [key]);
      const [hold] = await this.holds.openFor(manager, [key]);
      if (!track || !hold) throw noHold(key);
      if (hold.previousLevel !== track.level) {
        throw new DomainError('conflict', 'signal_hold_outdated', `${keyOf(key)} changed since the reading was held; it can only be rejected.`);
      }
      await this.holds.resolve(manager, [hold.id], { decision: 'confirmed', byId: actor.actorId, byName: actor.actorName, reason });
      const manual = hold.source === 'manual';
      const next = {
        ...track,
        level: hold.level,
        action: changeAction(track.level, hold.level),
        issuedAt: hold.issuedAt,
        receivedAt: hold.receivedAt,
        source: hold.source,
        since: hold.issuedAt ?? now,
        checkedAt: manual ? now : track.checkedAt,
        dismissedReading: null,
      };
      const freshness = trackFreshness(next, now);
      const [change] = await this.state.recordChanges(
        manager,
        [
          {
            authority: key.authority,
            area: key.area,
            hazard: key.hazard,
            followsId: track.lastChangeId,
            previousLevel: track.level,
            level: hold.level,
            action: next.action,
            issuedAt: hold.issuedAt,
            receivedAt: hold.receivedAt,
            source: hold.source,
            freshness,
            documentId: hold.documentId,
            holdId: hold.id,
            actorId: actor.actorId,
            actorName: actor.actorName,
            reason,
          },
        ],
        actor,
      );
      await this.tracks.saveStates(manager, [{ ...next, lastChangeId: change!.id, freshness }]);
      await this.auditDecision(manager, 'signal.hold_confirmed', key, hold.id, actor, reason, { level: hold.level, changeId: change!.id });
      return { change: historyEntryOf(change!), hold };
    });
    await this.announcer.announce([result.change], true);
    return {
      outcome: 'changed',
      message: `${keyOf(key)} is now ${result.change.level ?? 'none'} (confirmed).`,
      changes: [result.change],
      held: [],
      documentId: result.hold.documentId,
    };
  }

  /** Discards the held reading; the same reading from the same source is not held again until the track changes. */
  async reject(key: SignalKey, reason: string, actor: AuditActor): Promise<SignalIngestResult> {
    const hold = await this.dataSource.transaction(async (manager) => {
      await this.tracks.ensure([key], manager);
      const [track] = await this.tracks.lock(manager, [key]);
      const [open] = await this.holds.openFor(manager, [key]);
      if (!track || !open) throw noHold(key);
      await this.holds.resolve(manager, [open.id], { decision: 'rejected', byId: actor.actorId, byName: actor.actorName, reason });
      await this.tracks.saveStates(manager, [{ ...track, dismissedReading: open.signature }]);
      await this.auditDecision(manager, 'signal.hold_rejected', key, open.id, actor, reason, { level: open.level, source: open.source });
      return open;
    });
    await this.announcer.publishBoard();
    return {
      outcome: 'rejected',
      message: `The held ${hold.source} reading ${hold.level ?? 'none'} for ${keyOf(key)} was rejected; the board keeps ${hold.previousLevel ?? 'none'}.`,
      changes: [],
      held: [],
      documentId: hold.documentId,
    };
  }

  private async auditDecision(
    manager: Parameters<AuditRepository['append']>[0],
    action: string,
    key: SignalKey,
    holdId: string,
    actor: AuditActor,
    reason: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.append(manager, { ...actor, action, entityType: 'signal_track', entityId: keyOf(key), summary: { holdId, reason, ...details } });
  }
}

function noHold(key: SignalKey): DomainError {
  return new DomainError('not_found', 'signal_hold_not_found', `No reading of ${keyOf(key)} is waiting for confirmation.`);
}
