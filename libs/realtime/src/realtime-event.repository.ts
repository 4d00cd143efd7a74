import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RealtimeEnvelope, RealtimeRoom } from '@app/contracts';

export interface NewRealtimeEvent {
  room: RealtimeRoom;
  event: string;
  payload: unknown;
}

interface EventRow {
  seq: string;
  room: RealtimeRoom;
  event: string;
  payload: unknown;
  created_at: Date;
}

// Taken for the duration of the inserting transaction, so sequence numbers are handed out in commit order: once a
// client has seen seq N, every event with a smaller seq is already committed and visible to the catch-up route.
const SEQUENCE_LOCK = `hashtext('realtime_events_seq')`;

function toEnvelope(row: EventRow): RealtimeEnvelope {
  return { seq: Number(row.seq), room: row.room, event: row.event, payload: row.payload, at: row.created_at.toISOString() } as RealtimeEnvelope;
}

/** The stored realtime events (table realtime_events) that let clients catch up after a reconnect. */
@Injectable()
export class RealtimeEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores the events in one transaction and returns them with their sequence numbers, in order. */
  async append(events: NewRealtimeEvent[]): Promise<RealtimeEnvelope[]> {
    if (events.length === 0) return [];
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(${SEQUENCE_LOCK})`);
      const rows = await manager.query<EventRow[]>(
        `INSERT INTO realtime_events (room, event, payload, created_at)
         SELECT room, event, payload, clock_timestamp()
         FROM unnest($1::text[], $2::text[], $3::jsonb[]) WITH ORDINALITY AS e(room, event, payload, n)
         ORDER BY n
         RETURNING seq, room, event, payload, created_at`,
        [events.map((e) => e.room), events.map((e) => e.event), events.map((e) => JSON.stringify(e.payload))],
      );
      return rows.map(toEnvelope).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    });
  }

  /** The newest sequence number handed out so far (0 when none). */
  async head(): Promise<number> {
    const rows = await this.dataSource.query<{ head: string | null }[]>(`SELECT max(seq)::text AS head FROM realtime_events`);
    return Number(rows[0].head ?? 0);
  }

  /** Events in `rooms` with `after < seq <= upTo`, oldest first, at most `limit`. */
  async listAfter(rooms: RealtimeRoom[], after: number, upTo: number, limit: number): Promise<RealtimeEnvelope[]> {
    const rows = await this.dataSource.query<EventRow[]>(
      `SELECT seq, room, event, payload, created_at FROM realtime_events
       WHERE room = ANY($1::text[]) AND seq > $2 AND seq <= $3
       ORDER BY seq
       LIMIT $4`,
      [rooms, after, upTo, limit],
    );
    return rows.map(toEnvelope);
  }

  /** Deletes events stored more than `hours` ago; returns how many. */
  async deleteOlderThan(hours: number): Promise<number> {
    const result = await this.dataSource.query(`DELETE FROM realtime_events WHERE created_at < now() - make_interval(hours => $1)`, [hours]);
    return Array.isArray(result) ? Number(result[1] ?? 0) : 0;
  }
}
