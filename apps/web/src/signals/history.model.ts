import type { SignalHistoryEntry } from '@app/contracts';

/**
 * Joins what the server listed with what arrived live: one row per change id, newest first (by when the change
 * reached us, the order the server records them in), at most `limit` rows.
 */
export function mergeHistory(
  current: readonly SignalHistoryEntry[],
  incoming: readonly SignalHistoryEntry[],
  limit: number,
): SignalHistoryEntry[] {
  const byId = new Map<string, SignalHistoryEntry>();
  for (const entry of [...current, ...incoming]) byId.set(entry.id, entry);
  return [...byId.values()].sort(newestFirst).slice(0, limit);
}

function newestFirst(a: SignalHistoryEntry, b: SignalHistoryEntry): number {
  return (Date.parse(b.receivedAt) || 0) - (Date.parse(a.receivedAt) || 0) || b.id.localeCompare(a.id, 'en', { numeric: true });
}
