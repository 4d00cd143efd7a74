import type { SignalAction, SignalHistoryEntry, SignalHoldEntry, SignalKey, SignalLevelCode, SignalSource } from '@app/contracts';
import type { AuditActor } from '@app/database';

/** What a source says about one track: the level in force (null: none) and when. */
export interface SignalReading extends SignalKey {
  level: SignalLevelCode | null;
  /** As the source wrote it; null when it says nothing (SMG `NIL`). */
  action: SignalAction | null;
  /** ISO instant the authority issued it, if the source says. */
  issuedAt: string | null;
  /** ISO instant the source's document was published, if it says (SMG SysPubdate). */
  publishedAt: string | null;
}

/** Readings that arrived together from one source, to be decided in one transaction. */
export interface ReadingBatch {
  source: SignalSource;
  readings: SignalReading[];
  /** The stored raw document they came from. */
  documentId: string | null;
  /** Who is behind them: the system for feeds, the user for uploads and manual entries. */
  actor: AuditActor;
  /** Why (manual entries). */
  reason: string | null;
  /** When they reached us; now when not given. */
  receivedAt?: Date;
  /** Only record tracks never read before (a feed saying nothing is in force); never change a known state. */
  initialOnly?: boolean;
}

/** What deciding a batch did, once committed. */
export interface ApplyResult {
  changes: SignalHistoryEntry[];
  /** Holds created, or already waiting, for readings of this batch. */
  held: SignalHoldEntry[];
  /** Tracks whose shown level stayed as it was. */
  unchanged: SignalKey[];
  /** Something clients show changed besides levels (freshness, a new or superseded hold, source). */
  boardChanged: boolean;
}

export function keyOf(key: SignalKey): string {
  return `${key.authority}/${key.area}/${key.hazard}`;
}

export function sameKey(a: SignalKey, b: SignalKey): boolean {
  return a.authority === b.authority && a.area === b.area && a.hazard === b.hazard;
}
