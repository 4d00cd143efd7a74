import type { SignalHistoryEntry, SignalHold, SignalHoldEntry } from '@app/contracts';
import type { SignalHistoryEntity, SignalHoldEntity } from '@app/database';

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

/** A stored change as the wire shows it. */
export function historyEntryOf(row: SignalHistoryEntity): SignalHistoryEntry {
  return {
    id: row.id,
    authority: row.authority,
    area: row.area,
    hazard: row.hazard,
    previousLevel: row.previousLevel,
    level: row.level,
    action: row.action,
    issuedAt: iso(row.issuedAt),
    receivedAt: row.receivedAt.toISOString(),
    source: row.source,
    freshness: row.freshness,
  };
}

/** What the board shows of a held reading. */
export function holdViewOf(row: SignalHoldEntity): SignalHold {
  return { level: row.level, action: row.action, source: row.source, receivedAt: row.receivedAt.toISOString(), reasons: row.reasons };
}

/** A held reading as the holds list shows it. */
export function holdEntryOf(row: SignalHoldEntity): SignalHoldEntry {
  return {
    id: row.id,
    authority: row.authority,
    area: row.area,
    hazard: row.hazard,
    ...holdViewOf(row),
    previousLevel: row.previousLevel,
    issuedAt: iso(row.issuedAt),
    enteredBy: row.enteredByName,
    note: row.note,
  };
}
