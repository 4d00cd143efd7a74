import { describe, expect, it } from 'vitest';
import type { RealtimeCatchUp, RealtimeEnvelope } from '@app/contracts';
import { CATCH_UP_MAX_PAGES, missedOpsEvents } from './catch-up.js';
import { envelope, kpis, T0 } from './ops.test-data.js';

const other = (seq: number): RealtimeEnvelope => ({ seq, room: 'hq', event: 'notice.created', payload: {} as never, at: T0 });
const ops = (seq: number) => ({ ...envelope('ops.kpis', { kpis: kpis() }), seq });

function pages(...answers: RealtimeCatchUp[]) {
  const asked: number[] = [];
  return {
    asked,
    api: {
      catchUp: async (after: number) => {
        asked.push(after);
        const answer = answers.shift();
        if (!answer) throw new Error('no more pages');
        return answer;
      },
    },
  };
}

describe('catching up after a reconnect', () => {
  it('returns only the ops events, paging until the answer is complete', async () => {
    const { api, asked } = pages({ events: [ops(11), other(12)], head: 20, hasMore: true }, { events: [ops(15)], head: 20, hasMore: false });
    const events = await missedOpsEvents(api, 10);
    expect(events?.map((e) => e.seq)).toEqual([11, 15]);
    expect(asked).toEqual([10, 12]);
  });

  it('gives up (reload) when the request fails', async () => {
    expect(await missedOpsEvents(pages().api, 10)).toBeUndefined();
  });

  it('gives up (reload) after too many pages', async () => {
    const many = Array.from({ length: CATCH_UP_MAX_PAGES + 1 }, (_, i) => ({ events: [other(100 + i)], head: 999, hasMore: true }));
    expect(await missedOpsEvents(pages(...many).api, 10)).toBeUndefined();
  });

  it('gives up (reload) when a page says there is more but does not move on', async () => {
    expect(await missedOpsEvents(pages({ events: [], head: 50, hasMore: true }).api, 10)).toBeUndefined();
  });

  it('returns nothing when nothing was missed', async () => {
    expect(await missedOpsEvents(pages({ events: [], head: 10, hasMore: false }).api, 10)).toEqual([]);
  });
});
