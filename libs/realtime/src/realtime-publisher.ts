import { Injectable, Logger } from '@nestjs/common';
import type { RealtimeEnvelope, RealtimeEventName, RealtimeEvents, RealtimeRoom } from '@app/contracts';
import { RealtimeBackend } from './realtime-backend.js';
import { RealtimeEventRepository } from './realtime-event.repository.js';

export interface PublishOptions {
  /**
   * false: broadcast only, with `seq: null`, never replayed by the catch-up route (heartbeats and other
   * ephemeral signals). Default true.
   */
  persist?: boolean;
}

/**
 * Sends a typed event to rooms, from the api or the worker. A persisted event is stored first (its sequence number
 * comes from the database) and then broadcast, so a client that misses the broadcast finds it by catching up.
 * One event per room: list rooms that no single client is in twice (e.g. hq, field, liaison), or it gets each copy.
 */
@Injectable()
export class RealtimePublisher {
  private readonly logger = new Logger(RealtimePublisher.name);

  constructor(
    private readonly events: RealtimeEventRepository,
    private readonly backend: RealtimeBackend,
  ) {}

  async publish<E extends RealtimeEventName>(
    rooms: RealtimeRoom | RealtimeRoom[],
    event: E,
    payload: RealtimeEvents[E],
    options: PublishOptions = {},
  ): Promise<RealtimeEnvelope<E>[]> {
    const targets = Array.isArray(rooms) ? rooms : [rooms];
    const envelopes =
      options.persist === false
        ? targets.map((room) => ({ seq: null, room, event, payload, at: new Date().toISOString() }) as RealtimeEnvelope<E>)
        : ((await this.events.append(targets.map((room) => ({ room, event, payload })))) as RealtimeEnvelope<E>[]);
    await Promise.all(envelopes.map((envelope) => this.broadcast(envelope, options.persist !== false)));
    return envelopes;
  }

  private async broadcast<E extends RealtimeEventName>(envelope: RealtimeEnvelope<E>, stored: boolean): Promise<void> {
    try {
      await this.backend.broadcast(envelope.room, envelope.event, envelope);
    } catch (err) {
      // A stored event is not lost: clients fetch it when they catch up. Failing here would make a retried job
      // store it a second time.
      this.logger.warn({ err, event: envelope.event, room: envelope.room, seq: envelope.seq, stored }, 'realtime broadcast failed');
      if (!stored) throw err;
    }
  }
}
