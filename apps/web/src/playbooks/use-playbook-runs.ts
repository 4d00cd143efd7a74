import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PlaybookRun } from '@app/contracts';
import { useRealtimeEvent } from '../realtime/live-connection.context.js';
import { useWhenLive } from '../realtime/use-when-live.js';
import { useSessionStore } from '../session/session.context.js';
import { createPlaybooksApi, type PlaybooksApi } from './playbooks-api.js';
import { mergeRun, sortRuns } from './playbook-runs.model.js';

export interface PlaybookRunsView {
  runs: PlaybookRun[] | undefined;
  failed: boolean;
  api: PlaybooksApi;
  reload(): void;
}

/** Open playbook runs for the HQ: fetched, kept current by `playbook.updated`, refetched on reconnect. */
export function usePlaybookRuns(): PlaybookRunsView {
  const store = useSessionStore();
  const api = useMemo(() => createPlaybooksApi(store), [store]);
  const [runs, setRuns] = useState<PlaybookRun[] | undefined>();
  const [failed, setFailed] = useState(false);

  const load = useCallback(() => {
    api.openRuns().then(
      (list) => {
        setFailed(false);
        setRuns(sortRuns(Array.isArray(list?.items) ? list.items : []));
      },
      () => setFailed(true),
    );
  }, [api]);

  useEffect(load, [load]);
  useWhenLive(load);
  useRealtimeEvent('playbook.updated', (envelope) => setRuns((prev) => mergeRun(prev ?? [], envelope.payload.run)));

  return { runs, failed, api, reload: load };
}
