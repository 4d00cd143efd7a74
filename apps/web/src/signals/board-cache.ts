import type { SignalBoard } from '@app/contracts';

/** Where the resident page keeps the last board it saw, for reading when the network is gone. */
export const BOARD_CACHE_KEY = 'qinao.signalBoard';

export interface CachedBoard {
  board: SignalBoard;
  /** When this device saved it (ISO 8601). */
  savedAt: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export function saveBoard(storage: Store | undefined, board: SignalBoard, now: Date): void {
  try {
    storage?.setItem(BOARD_CACHE_KEY, JSON.stringify({ board, savedAt: now.toISOString() } satisfies CachedBoard));
  } catch {
    // Private browsing or a full quota: the page still works live, it just cannot be read offline later.
  }
}

/** The saved board, or undefined when there is none or what is stored is not a board (an old or damaged copy). */
export function loadBoard(storage: Pick<Storage, 'getItem'> | undefined): CachedBoard | undefined {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(BOARD_CACHE_KEY);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as Partial<CachedBoard> | null;
    if (!parsed || typeof parsed.savedAt !== 'string' || !isBoard(parsed.board)) return undefined;
    return { board: parsed.board, savedAt: parsed.savedAt };
  } catch {
    return undefined;
  }
}

/** Enough of the shape that the board view can render it without throwing. */
export function isBoard(value: unknown): value is SignalBoard {
  if (typeof value !== 'object' || value === null) return false;
  const board = value as Partial<SignalBoard>;
  return (
    typeof board.generatedAt === 'string' &&
    Array.isArray(board.entries) &&
    board.entries.every(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        typeof e.authority === 'string' &&
        typeof e.hazard === 'string' &&
        typeof e.area === 'string' &&
        typeof e.authorityName === 'object' &&
        typeof e.hazardName === 'object' &&
        typeof e.freshness === 'string',
    )
  );
}
