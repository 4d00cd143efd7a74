import type { SignalBoard, SignalBoardEntry, SignalFreshness, SignalKey, LocalizedText } from '@app/contracts';

/**
 * What the board shows for one track. Only a fresh source can say "no signal": a stale or unknown track always shows
 * as such, with the last known level (if any) labelled as last known.
 */
export type EntryCondition =
  | { kind: 'in-force' }
  | { kind: 'none' }
  | { kind: 'stale'; lastAnsweredAt: string | null; lastKnown: boolean }
  | { kind: 'unknown'; lastAnsweredAt: string | null; lastKnown: boolean };

export function entryCondition(entry: Pick<SignalBoardEntry, 'freshness' | 'level' | 'lastCheckedAt'>): EntryCondition {
  if (entry.freshness === 'stale' || entry.freshness === 'unknown') {
    return { kind: entry.freshness, lastAnsweredAt: entry.lastCheckedAt, lastKnown: entry.level !== null };
  }
  return entry.level ? { kind: 'in-force' } : { kind: 'none' };
}

/** One authority's column: its tracks needing a card, and the fresh tracks with nothing in force. */
export interface AuthorityGroup {
  authority: string;
  authorityName: LocalizedText;
  /** Tracks shown as cards: in force, stale or unknown, held (when holds are shown), or folded into another signal. */
  cards: SignalBoardEntry[];
  /**
   * Stale or unknown tracks with no level to show: listed by name as unknown (or last known as none) rather than a
   * card each, so a silent source does not bury the signals in force.
   */
  unclear: SignalBoardEntry[];
  /** Fresh tracks with no signal in force; listed by name only. */
  quiet: SignalBoardEntry[];
  /** A banner for the whole authority when none of its sources is fresh; undefined when at least one is. */
  banner: { freshness: Exclude<SignalFreshness, 'fresh'>; lastAnsweredAt: string | null } | undefined;
  /** The newest time any of this authority's sources answered readably. */
  lastAnsweredAt: string | null;
}

/**
 * Groups the board by issuing authority, in the order the board lists them, so each authority's signals stand on
 * their own scale beside the others and are never mixed into one list.
 */
export function groupByAuthority(board: SignalBoard, { showHolds }: { showHolds: boolean }): AuthorityGroup[] {
  const groups = new Map<string, SignalBoardEntry[]>();
  for (const entry of board.entries) {
    const list = groups.get(entry.authority) ?? [];
    list.push(entry);
    groups.set(entry.authority, list);
  }
  return [...groups.entries()].map(([authority, entries]) => {
    const banner = groupBanner(entries);
    const place = (e: SignalBoardEntry) => placeOf(e, showHolds);
    return {
      authority,
      authorityName: entries[0]!.authorityName,
      cards: entries.filter((e) => place(e) === 'card').sort(byUrgency),
      unclear: entries.filter((e) => place(e) === 'unclear'),
      quiet: entries.filter((e) => place(e) === 'quiet'),
      banner,
      lastAnsweredAt: newest(entries.map((e) => e.lastCheckedAt)),
    };
  });
}

function placeOf(entry: SignalBoardEntry, showHolds: boolean): 'card' | 'unclear' | 'quiet' {
  if (entry.level !== null || entry.includedIn !== null || (showHolds && entry.held !== null)) return 'card';
  return entry.freshness === 'fresh' ? 'quiet' : 'unclear';
}

/** The newest readable answer among some tracks, for "last readable answer …" under a list of them. */
export function lastAnswerOf(entries: readonly Pick<SignalBoardEntry, 'lastCheckedAt'>[]): string | null {
  return newest(entries.map((e) => e.lastCheckedAt));
}

/** In force first (highest level first), then tracks that cannot be read, then the rest; ties keep the board's order. */
function byUrgency(a: SignalBoardEntry, b: SignalBoardEntry): number {
  return urgency(b) - urgency(a);
}

function urgency(entry: SignalBoardEntry): number {
  if (entry.freshness === 'fresh' && entry.level) return 1_000 + entry.level.rank;
  if (entry.freshness === 'unknown') return 500;
  if (entry.freshness === 'stale') return 400;
  if (entry.held) return 300;
  return 0;
}

/** The whole authority is not answering when none of its tracks is fresh; the worst state names the banner. */
export function groupBanner(entries: readonly Pick<SignalBoardEntry, 'freshness' | 'lastCheckedAt'>[]): AuthorityGroup['banner'] {
  if (entries.length === 0 || entries.some((e) => e.freshness === 'fresh')) return undefined;
  const freshness = entries.some((e) => e.freshness === 'unknown') ? 'unknown' : 'stale';
  return { freshness, lastAnsweredAt: newest(entries.map((e) => e.lastCheckedAt)) };
}

function newest(times: readonly (string | null)[]): string | null {
  let best: string | null = null;
  for (const time of times) {
    if (time && !Number.isNaN(Date.parse(time)) && (best === null || Date.parse(time) > Date.parse(best))) best = time;
  }
  return best;
}

/**
 * Whether an incoming board should replace the one shown. Boards arrive from the initial fetch, refetches and live
 * events in any order; the one generated last wins, so a slow fetch never rolls a live update back.
 */
export function isNewerBoard(incoming: SignalBoard, current: SignalBoard | undefined): boolean {
  if (!current) return true;
  const a = Date.parse(incoming.generatedAt);
  const b = Date.parse(current.generatedAt);
  if (Number.isNaN(a)) return false;
  return Number.isNaN(b) || a >= b;
}

export function sameTrack(a: SignalKey, b: SignalKey): boolean {
  return a.authority === b.authority && a.area === b.area && a.hazard === b.hazard;
}

export function trackId(key: SignalKey): string {
  return `${key.authority}/${key.area}/${key.hazard}`;
}

/** Tracks on the board with a reading held for an operator to confirm or reject. */
export function heldEntries(board: SignalBoard | undefined): SignalBoardEntry[] {
  return board ? board.entries.filter((e) => e.held !== null) : [];
}
