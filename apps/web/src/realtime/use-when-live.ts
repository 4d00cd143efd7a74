import { useEffect, useRef } from 'react';
import { useLiveConnection } from './live-connection.context.js';
import type { ConnectionState } from './live-connection.js';

/**
 * Runs the action each time the live connection comes (back) up. Events sent while the page was not connected are
 * not replayed to it, so views refetch what they show; the first connect counts too, because an event can slip in
 * between a page's first fetch and its socket joining the rooms.
 */
export function useWhenLive(action: () => void): void {
  const { state } = useLiveConnection();
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  const previous = useRef<ConnectionState | undefined>(undefined);
  useEffect(() => {
    const was = previous.current;
    previous.current = state;
    if (state === 'live' && was !== undefined && was !== 'live') latest.current();
  }, [state]);
}
