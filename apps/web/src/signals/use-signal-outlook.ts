import { useCallback, useEffect, useState } from 'react';
import type { SignalOutlook } from '@app/contracts';
import { useRealtimeEvent } from '../realtime/live-connection.context.js';
import { useWhenLive } from '../realtime/use-when-live.js';
import { signalReads } from './signal-reads.js';
import type { SignalReads } from './signals-api.js';

/** The table has no event of its own: a change to it is announced as `signal.board`; reconnects and a slow timer cover the rest. */
const OUTLOOK_REFRESH_MS = 120_000;

export interface SignalOutlookView {
  /** undefined while loading; null when none has been entered. */
  outlook: SignalOutlook | null | undefined;
  failed: boolean;
  reload(): void;
}

export function useSignalOutlook({ reads = signalReads }: { reads?: SignalReads } = {}): SignalOutlookView {
  const [outlook, setOutlook] = useState<SignalOutlook | null | undefined>();
  const [failed, setFailed] = useState(false);
  const load = useCallback(() => {
    reads.outlook().then(
      (next) => {
        setFailed(false);
        setOutlook(next);
      },
      () => setFailed(true),
    );
  }, [reads]);
  useEffect(load, [load]);
  useWhenLive(load);
  useRealtimeEvent('signal.board', load);
  useEffect(() => {
    const timer = setInterval(load, OUTLOOK_REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);
  return { outlook, failed, reload: load };
}
