import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SignalHoldEntry, SignalKey } from '@app/contracts';
import { AuditRepository, SignalHistoryRepository, SignalHoldRepository, SignalTrackRepository, type NewSignalHistory, type SignalHoldEntity, type SignalTrackEntity, type SignalTrackState, type AuditActor } from '@app/database';
import type { TrackLevel } from '@app/domain';
import { SignalAnnouncer } from './signal-announcer.js';
import { trackFreshness } from './signal-freshness.policy.js';
import { decideReading, readingSignature, type ReadingDecision } from './signal-reading.decider.js';
import { keyOf, type ApplyResult, type ReadingBatch, type SignalReading } from './signal-reading.types.js';
import { historyEntryOf, holdEntryOf } from './signal-views.js';

export interface SourceFailure {
  code: string;
  reason: string;
  at?: Date;
}

interface Planned {
  track: SignalTrackEntity;
  reading: SignalReading;
  decision: ReadingDecision;
  state: SignalTrackState;
}

const trackKey = (track: SignalKey): SignalKey => ({ authority: track.authority, area: track.area, hazard: track.hazard });

/**
 * The one place that decides what readings do to the signal board. For each track it compares the reading with
 * the stored state under a row lock: the same state twice is no event; an implausible change is held; a change
 * writes history, the new state and an audit row in one transaction, and is announced after commit. Any number of
 * api and worker processes may apply the same reading at once: the lock makes the later one find the state
 * already changed, and the history's unique "follows" key refuses a second copy of one change.
 */
@Injectable()
export class SignalStateService {
  private readonly logger = new Logger(SignalStateService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly tracks: SignalTrackRepository,
    private readonly history: SignalHistoryRepository,
    private readonly holds: SignalHoldRepository,
    private readonly audit: AuditRepository,
    private readonly announcer: SignalAnnouncer,
  ) {}

  /** Decides a batch in its own transaction and announces what changed. */
  async apply(batch: ReadingBatch): Promise<ApplyResult> {
    const result = await this.dataSource.transaction((manager) => this.applyIn(manager, batch));
    await this.announce(result);
    return result;
  }

  /** Announces a committed result (for callers that ran `applyIn` inside their own transaction). */
  announce(result: ApplyResult): Promise<void> {
    return this.announcer.announce(result.changes, result.boardChanged);
  }

  /** Decides a batch inside the caller's transaction; the caller announces the result after commit. */
  async applyIn(manager: EntityManager, batch: ReadingBatch): Promise<ApplyResult> {
    const now = batch.receivedAt ?? new Date();
    const readings = lastPerTrack(batch.readings);
    if (readings.length === 0) return { changes: [], held: [], unchanged: [], boardChanged: false };
    await this.tracks.ensure(readings, manager);
    const locked = new Map((await this.tracks.lock(manager, readings)).map((track) => [keyOf(track), track]));
    const openHolds = new Map((await this.holds.openFor(manager, readings)).map((hold) => [keyOf(hold), hold]));
    const others: TrackLevel[] = (await this.tracks.listAll(manager))
      .filter((track) => track.receivedAt !== null)
      .map((track) => ({ ...trackKey(track), level: track.level }));

    const plans: Planned[] = readings.map((reading) => {
      const track = locked.get(keyOf(reading))!;
      const decision = decideReading({
        track,
        openHold: openHolds.get(keyOf(reading)) ?? null,
        reading,
        source: batch.source,
        others,
        initialOnly: batch.initialOnly,
      });
      return { track, reading, decision, state: this.nextState(track, reading, decision, batch, now) };
    });

    const superseded = plans.filter((plan) => 'supersedeHold' in plan.decision && plan.decision.supersedeHold).map((plan) => openHolds.get(keyOf(plan.track))!);
    await this.holds.resolve(
      manager,
      superseded.map((hold) => hold.id),
      { decision: 'superseded', byId: batch.actor.actorId, byName: batch.actor.actorName, reason: `superseded by a ${batch.source} reading` },
    );
    for (const hold of superseded) await this.auditHold(manager, 'signal.hold_superseded', hold, batch.actor, null);

    const held: SignalHoldEntry[] = [];
    for (const plan of plans) {
      if (plan.decision.kind === 'already_held') held.push(holdEntryOf(openHolds.get(keyOf(plan.track))!));
      if (plan.decision.kind !== 'hold') continue;
      const hold = await this.holds.insert(manager, {
        ...trackKey(plan.track),
        previousLevel: plan.track.level,
        level: plan.reading.level,
        action: plan.reading.action,
        issuedAt: toDate(plan.reading.issuedAt),
        receivedAt: now,
        publishedAt: toDate(plan.reading.publishedAt),
        source: batch.source,
        documentId: batch.documentId,
        enteredById: batch.source === 'manual' ? batch.actor.actorId : null,
        enteredByName: batch.source === 'manual' ? batch.actor.actorName : null,
        note: batch.reason,
        reasons: plan.decision.reasons,
        signature: readingSignature(batch.source, plan.reading.level),
      });
      await this.auditHold(manager, 'signal.held', hold, batch.actor, batch.reason);
      held.push(holdEntryOf(hold));
    }

    const changing = plans.filter((plan) => plan.decision.kind === 'change');
    const changes = await this.recordChanges(
      manager,
      changing.map((plan) => ({
        ...trackKey(plan.track),
        followsId: plan.track.lastChangeId,
        previousLevel: plan.track.level,
        level: plan.state.level,
        action: plan.state.action!,
        issuedAt: plan.state.issuedAt,
        receivedAt: now,
        source: batch.source,
        freshness: plan.state.freshness,
        documentId: batch.documentId,
        holdId: null,
        actorId: batch.actor.actorId,
        actorName: batch.actor.actorName,
        reason: batch.reason,
      })),
      batch.actor,
    );
    for (const change of changes) {
      plans.find((plan) => keyOf(plan.track) === keyOf(change))!.state.lastChangeId = change.id;
    }

    const states = plans.filter((plan) => plan.decision.kind !== 'skip').map((plan) => plan.state);
    await this.tracks.saveStates(manager, states);
    const boardChanged =
      superseded.length > 0 ||
      plans.some((plan) => plan.decision.kind === 'hold') ||
      plans.some((plan) => plan.decision.kind !== 'skip' && (plan.state.freshness !== plan.track.freshness || plan.state.source !== plan.track.source));
    return {
      changes: changes.map(historyEntryOf),
      held,
      unchanged: plans.filter((plan) => ['unchanged', 'initial', 'dismissed'].includes(plan.decision.kind)).map((plan) => trackKey(plan.track)),
      boardChanged,
    };
  }

  /** Appends changes to the history with their audit rows; returns the stored rows. */
  async recordChanges(manager: EntityManager, entries: NewSignalHistory[], actor: AuditActor) {
    const rows = await this.history.insertMany(manager, entries);
    for (const row of rows) {
      await this.audit.append(manager, {
        ...actor,
        action: 'signal.changed',
        entityType: 'signal_track',
        entityId: keyOf(row),
        summary: {
          before: { level: row.previousLevel },
          after: { level: row.level, action: row.action, issuedAt: row.issuedAt?.toISOString() ?? null },
          source: row.source,
          historyId: row.id,
          documentId: row.documentId,
          holdId: row.holdId,
          reason: row.reason,
        },
      });
    }
    return rows;
  }

  /**
   * The source of these tracks failed (fetch error, HTTP error, unreadable or hostile document): the last good
   * state stays, and the tracks show as unknown. Clients hear about it when that changes their freshness.
   */
  async recordFailure(keys: readonly SignalKey[], failure: SourceFailure): Promise<void> {
    const at = failure.at ?? new Date();
    await this.dataSource.transaction(async (manager) => {
      await this.tracks.ensure(keys, manager);
      await this.tracks.recordFailure(manager, keys, { at, code: failure.code, reason: failure.reason.slice(0, 1000) });
    });
    await this.refreshFreshness();
  }

  /** The source answered and said nothing new (HTTP 304): its tracks stay fresh. */
  async recordChecked(keys: readonly SignalKey[], at: Date = new Date()): Promise<void> {
    await this.dataSource.transaction((manager) => this.tracks.recordChecked(manager, keys, at));
    await this.refreshFreshness();
  }

  /**
   * Recomputes every track's freshness, stores the ones that moved and announces the board when any did. Called on a
   * schedule (stale needs no event to happen) and after failures; safe to run in several processes at once.
   */
  async refreshFreshness(now: Date = new Date()): Promise<SignalKey[]> {
    const rows = await this.tracks.listAll();
    const moves = rows
      .map((track) => ({ ...trackKey(track), from: track.freshness, to: trackFreshness(track, now) }))
      .filter((move) => move.from !== move.to);
    const moved = await this.tracks.moveFreshness(moves);
    if (moved.length > 0) {
      this.logger.log({ tracks: moves.filter((m) => moved.some((k) => keyOf(k) === keyOf(m))).map((m) => `${keyOf(m)} ${m.from}→${m.to}`) }, 'signal freshness changed');
      await this.announcer.publishBoard();
    }
    return moved;
  }

  /** The track's state after the decision. */
  private nextState(track: SignalTrackEntity, reading: SignalReading, decision: ReadingDecision, batch: ReadingBatch, now: Date): SignalTrackState {
    const manual = batch.source === 'manual';
    const base: SignalTrackState = { ...track };
    const checked = (state: SignalTrackState): SignalTrackState => {
      const next = {
        ...state,
        checkedAt: now,
        publishedAt: manual ? state.publishedAt : toDate(reading.publishedAt),
      };
      return { ...next, freshness: trackFreshness({ ...next, failedAt: track.failedAt }, now) };
    };
    switch (decision.kind) {
      case 'skip':
        return base;
      case 'initial':
        return checked({ ...base, level: null, action: reading.action, issuedAt: toDate(reading.issuedAt), receivedAt: now, source: batch.source, since: toDate(reading.issuedAt) });
      case 'unchanged':
        // An operator vouching for what is shown, or the feed confirming an operator's entry, takes over the track.
        return checked({ ...base, source: manual || track.source === 'manual' ? batch.source : track.source });
      case 'already_held':
      case 'dismissed':
      case 'hold':
        // The source answered readably; what it said waits for (or was refused by) an operator.
        return manual ? base : checked(base);
      case 'change':
        return checked({
          ...base,
          level: reading.level,
          action: decision.action,
          issuedAt: toDate(reading.issuedAt),
          receivedAt: now,
          source: batch.source,
          since: toDate(reading.issuedAt) ?? now,
          dismissedReading: null,
        });
    }
  }

  private async auditHold(manager: EntityManager, action: string, hold: SignalHoldEntity, actor: AuditActor, reason: string | null): Promise<void> {
    await this.audit.append(manager, {
      ...actor,
      action,
      entityType: 'signal_track',
      entityId: keyOf(hold),
      summary: {
        holdId: hold.id,
        reading: { level: hold.level, action: hold.action, source: hold.source, issuedAt: hold.issuedAt?.toISOString() ?? null },
        shown: { level: hold.previousLevel },
        reasons: hold.reasons.map((r) => r.code),
        reason,
      },
    });
  }
}

/** One reading per track; a later reading of the same track in one batch wins. */
function lastPerTrack(readings: readonly SignalReading[]): SignalReading[] {
  return [...new Map(readings.map((reading) => [keyOf(reading), reading])).values()];
}

function toDate(iso: string | null): Date | null {
  return iso === null ? null : new Date(iso);
}
