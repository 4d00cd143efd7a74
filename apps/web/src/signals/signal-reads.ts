import { useMemo } from 'react';
import { useSessionStore } from '../session/session.context.js';
import { createSignalDesk, createSignalReads, type SignalDesk } from './signals-api.js';

/** The public reads are the same for everyone; one client serves every page. */
export const signalReads = createSignalReads();

/** The HQ desk, calling with the signed-in user's token. */
export function useSignalDesk(): SignalDesk {
  const store = useSessionStore();
  return useMemo(() => createSignalDesk(store), [store]);
}
