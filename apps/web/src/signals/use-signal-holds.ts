import { useCallback, useEffect, useState } from 'react';
import type { SignalHoldEntry } from '@app/contracts';
import { useRealtimeEvent } from '../realtime/live-connection.context.js';
import { useWhenLive } from '../realtime/use-when-live.js';
import { useSignalDesk } from './signal-reads.js';

export interface SignalHoldsView {
  holds: SignalHoldEntry[] | undefined;
  failed: boolean;
  reload(): void;
}

/**
 * Readings held for confirmation, with who entered them and why. A hold coming or going changes the board, so every
 * board event (and a reconnect) refetches the list.
 */
export function useSignalHolds(): SignalHoldsView {
  const desk = useSignalDesk();
  const [holds, setHolds] = useState<SignalHoldEntry[] | undefined>();
  const [failed, setFailed] = useState(false);
  const load = useCallback(() => {
    desk.holds().then(
      (list) => {
        setFailed(false);
        setHolds(Array.isArray(list?.items) ? list.items : []);
      },
      () => setFailed(true),
    );
  }, [desk]);
  useEffect(load, [load]);
  useWhenLive(load);
  useRealtimeEvent('signal.board', load);
  useRealtimeEvent('signal.changed', load);
  return { holds, failed, reload: load };
}
