import type { RealtimeEnvelope } from '@app/contracts';
import type { OperationsApi } from './operations-api.js';
import { isOpsEvent, type OpsEventName } from './operations.model.js';

/** A view away for longer than this many pages of events reloads instead of replaying them one by one. */
export const CATCH_UP_MAX_PAGES = 4;

/**
 * The ops events stored after `after`, oldest first. Undefined means "catching up is not worth it or not possible"
 * (too much was missed, the events are no longer kept, the request failed): the caller reloads the whole view.
 */
export async function missedOpsEvents(api: Pick<OperationsApi, 'catchUp'>, after: number): Promise<RealtimeEnvelope<OpsEventName>[] | undefined> {
  const events: RealtimeEnvelope<OpsEventName>[] = [];
  let cursor = after;
  for (let page = 0; page < CATCH_UP_MAX_PAGES; page++) {
    let answer;
    try {
      answer = await api.catchUp(cursor);
    } catch {
      return undefined;
    }
    const batch = Array.isArray(answer?.events) ? answer.events : [];
    events.push(...batch.filter(isOpsEvent));
    if (!answer.hasMore) return events;
    const last = batch.at(-1)?.seq;
    if (typeof last !== 'number' || last <= cursor) return undefined;
    cursor = last;
  }
  return undefined;
}
