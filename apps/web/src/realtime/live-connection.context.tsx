import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { RealtimeEventName } from '@app/contracts';
import { LiveConnection, type ConnectionSnapshot, type EnvelopeHandler, type LiveConnectionOptions } from './live-connection.js';

const LiveConnectionContext = createContext<LiveConnection | null>(null);

/** Opens the live connection while the layout that renders it is shown, and closes it when it goes away. */
export function LiveConnectionProvider({ options, children }: { options: LiveConnectionOptions; children: ReactNode }) {
  // The options are read once: a different identity mounts a different layout, and with it a new connection.
  const [connection] = useState(() => new LiveConnection(options));
  useEffect(() => {
    connection.start();
    return () => connection.stop();
  }, [connection]);
  return <LiveConnectionContext.Provider value={connection}>{children}</LiveConnectionContext.Provider>;
}

function useConnection(): LiveConnection {
  const connection = useContext(LiveConnectionContext);
  if (!connection) throw new Error('must be used inside <LiveConnectionProvider>');
  return connection;
}

export function useLiveConnection(): ConnectionSnapshot {
  const connection = useConnection();
  return useSyncExternalStore(connection.subscribe, connection.getSnapshot);
}

/** Runs the handler for every server event of that name while the component is shown. */
export function useRealtimeEvent<E extends RealtimeEventName>(event: E, handler: EnvelopeHandler<E>): void {
  const connection = useConnection();
  // The newest handler without re-subscribing on every render.
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => connection.on(event, (envelope) => latest.current(envelope)), [connection, event]);
}
