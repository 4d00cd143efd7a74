import { Injectable } from '@nestjs/common';
import type { RealtimeCatchUp } from '@app/contracts';
import { RealtimeEventRepository } from '@app/realtime';
import type { RealtimeCaller } from './realtime-caller.js';

/** What a reconnecting client missed: stored events after its last seq, in its rooms only. */
@Injectable()
export class RealtimeCatchUpService {
  constructor(private readonly events: RealtimeEventRepository) {}

  async eventsAfter(caller: RealtimeCaller, after: number, limit: number): Promise<RealtimeCatchUp> {
    // The head is read first and bounds the page: sequence numbers follow commit order, so everything up to it is
    // visible now, and a client that reaches the head has missed nothing before it.
    const head = await this.events.head();
    const page = await this.events.listAfter(caller.rooms, after, head, limit + 1);
    const hasMore = page.length > limit;
    return { events: page.slice(0, limit), head, hasMore };
  }
}
