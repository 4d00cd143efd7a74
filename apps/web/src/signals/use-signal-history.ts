import { useCallback, useEffect, useState } from 'react';
import type { SignalHistoryEntry } from '@app/contracts';
import { useRealtimeEvent } from '../realtime/live-connection.context.js';
import { useWhenLive } from '../realtime/use-when-live.js';
import { mergeHistory } from './history.model.js';
import { signalReads } from './signal-reads.js';
import type { SignalReads } from './signals-api.js';

export interface SignalHistoryView {
  items: SignalHistoryEntry[] | undefined;
  failed: boolean;
}

/** The timeline of changes, newest first: fetched, extended live by `signal.changed`, refetched on reconnect. */
export function useSignalHistory({
  limit = 50,
  refreshEveryMs,
  reads = signalReads,
}: { limit?: number; refreshEveryMs?: number; reads?: SignalReads } = {}): SignalHistoryView {
  const [items, setItems] = useState<SignalHistoryEntry[] | undefined>();
  const [failed, setFailed] = useState(false);

  const load = useCallback(() => {
    reads.history({ limit }).then(
      (page) => {
        setFailed(false);
        setItems((prev) => mergeHistory(prev ?? [], Array.isArray(page?.items) ? page.items : [], limit));
      },
      () => setFailed(true),
    );
  }, [reads, limit]);

  useEffect(load, [load]);
  useWhenLive(load);
  useRealtimeEvent('signal.changed', (envelope) => setItems((prev) => mergeHistory(prev ?? [], [envelope.payload.change], limit)));

  useEffect(() => {
    if (!refreshEveryMs) return;
    const timer = setInterval(load, refreshEveryMs);
    return () => clearInterval(timer);
  }, [refreshEveryMs, load]);

  return { items, failed };
}
