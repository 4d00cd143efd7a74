import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SignalBoard } from '@app/contracts';
import { useRealtimeEvent } from '../realtime/live-connection.context.js';
import { useWhenLive } from '../realtime/use-when-live.js';
import { isBoard, loadBoard, saveBoard } from './board-cache.js';
import { isNewerBoard } from './board-model.js';
import { SignalDirectory } from './signal-directory.js';
import { signalReads } from './signal-reads.js';
import type { SignalReads } from './signals-api.js';

const RETRY_AFTER_FAILURE_MS = 15_000;

export interface SignalBoardView {
  board: SignalBoard | undefined;
  /** `server`: fetched or pushed live; `device`: the copy saved on this device, shown until the server answers. */
  origin: 'server' | 'device' | undefined;
  /** When the device copy was saved. */
  savedAt: string | undefined;
  /** The last attempt to reach the server failed (a retry is scheduled). */
  failed: boolean;
  directory: SignalDirectory;
  reload(): void;
}

interface Options {
  /** Keep the last board in localStorage and show it at once (the resident page, for reading offline). */
  keepOnDevice?: boolean;
  /** Refetch on this interval as well as on live events (the HQ wall). */
  refreshEveryMs?: number;
  reads?: SignalReads;
}

interface State {
  board: SignalBoard | undefined;
  origin: SignalBoardView['origin'];
  savedAt: string | undefined;
  failed: boolean;
}

/** The shared signal board: fetched, then kept current by `signal.changed` and `signal.board`, refetched on reconnect. */
export function useSignalBoard({ keepOnDevice = false, refreshEveryMs, reads = signalReads }: Options = {}): SignalBoardView {
  const [state, setState] = useState<State>(() => {
    const saved = keepOnDevice ? loadBoard(deviceStorage()) : undefined;
    return { board: saved?.board, origin: saved ? 'device' : undefined, savedAt: saved?.savedAt, failed: false };
  });
  const [directory] = useState(() => new SignalDirectory());
  // Learning is idempotent, so doing it while rendering keeps names available in the same render that needs them.
  useMemo(() => state.board && directory.learn(state.board), [directory, state.board]);

  const accept = useCallback((board: unknown) => {
    if (!isBoard(board)) return;
    setState((prev) =>
      prev.origin === 'server' && !isNewerBoard(board, prev.board) ? { ...prev, failed: false } : { board, origin: 'server', savedAt: undefined, failed: false },
    );
  }, []);

  const load = useCallback(() => {
    reads.board().then(accept, () => setState((prev) => ({ ...prev, failed: true })));
  }, [reads, accept]);

  useEffect(load, [load]);
  useWhenLive(load);
  useRealtimeEvent('signal.changed', (envelope) => accept(envelope.payload.board));
  useRealtimeEvent('signal.board', (envelope) => accept(envelope.payload.board));

  useEffect(() => {
    if (!state.failed) return;
    const timer = setTimeout(load, RETRY_AFTER_FAILURE_MS);
    return () => clearTimeout(timer);
  }, [state.failed, load]);

  useEffect(() => {
    if (!refreshEveryMs) return;
    const timer = setInterval(load, refreshEveryMs);
    return () => clearInterval(timer);
  }, [refreshEveryMs, load]);

  useEffect(() => {
    if (keepOnDevice && state.origin === 'server' && state.board) saveBoard(deviceStorage(), state.board, new Date());
  }, [keepOnDevice, state.origin, state.board]);

  return { ...state, directory, reload: load };
}

function deviceStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
