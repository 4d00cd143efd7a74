import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SignalFreshness, SignalKey } from '@app/contracts';
import { SignalTrackEntity } from '../entities/signal-track.entity.js';

/** A track's full state as the state service decided it. */
export type SignalTrackState = Pick<
  SignalTrackEntity,
  | 'authority'
  | 'area'
  | 'hazard'
  | 'level'
  | 'action'
  | 'issuedAt'
  | 'receivedAt'
  | 'source'
  | 'since'
  | 'lastChangeId'
  | 'checkedAt'
  | 'publishedAt'
  | 'freshness'
  | 'dismissedReading'
>;

export interface FreshnessChange extends SignalKey {
  from: SignalFreshness;
  to: SignalFreshness;
}

interface TrackRow {
  authority: string;
  area: string;
  hazard: string;
  level: string | null;
  action: SignalTrackEntity['action'];
  issued_at: Date | null;
  received_at: Date | null;
  source: SignalTrackEntity['source'];
  since: Date | null;
  last_change_id: string | null;
  checked_at: Date | null;
  published_at: Date | null;
  failed_at: Date | null;
  failure_code: string | null;
  failure_reason: string | null;
  freshness: SignalFreshness;
  dismissed_reading: string | null;
  updated_at: Date;
}

function toEntity(row: TrackRow): SignalTrackEntity {
  return Object.assign(new SignalTrackEntity(), {
    authority: row.authority,
    area: row.area,
    hazard: row.hazard,
    level: row.level,
    action: row.action,
    issuedAt: row.issued_at,
    receivedAt: row.received_at,
    source: row.source,
    since: row.since,
    lastChangeId: row.last_change_id === null ? null : String(row.last_change_id),
    checkedAt: row.checked_at,
    publishedAt: row.published_at,
    failedAt: row.failed_at,
    failureCode: row.failure_code,
    failureReason: row.failure_reason,
    freshness: row.freshness,
    dismissedReading: row.dismissed_reading,
    updatedAt: row.updated_at,
  });
}

/** The keys as three parallel arrays, for `unnest`. */
function keyArrays(keys: readonly SignalKey[]): [string[], string[], string[]] {
  return [keys.map((k) => k.authority), keys.map((k) => k.area), keys.map((k) => k.hazard)];
}

const KEYS = `unnest($1::text[], $2::text[], $3::text[]) AS k(authority, area, hazard)`;
const MATCHES_KEY = `t.authority = k.authority AND t.area = k.area AND t.hazard = k.hazard`;

/** Current state per (authority, area, hazard) track (table signal_tracks). */
@Injectable()
export class SignalTrackRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Creates rows for tracks that have none yet (state unknown), so they can be locked and marked. */
  async ensure(keys: readonly SignalKey[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (keys.length === 0) return;
    await manager.query(
      `INSERT INTO signal_tracks (authority, area, hazard)
       SELECT DISTINCT authority, area, hazard FROM ${KEYS}
       ON CONFLICT DO NOTHING`,
      keyArrays(keys),
    );
  }

  /**
   * Locks the tracks' rows until the transaction ends, always in the same order, so two processes deciding about
   * the same tracks take turns (and never deadlock). Rows must exist (`ensure`).
   */
  async lock(manager: EntityManager, keys: readonly SignalKey[]): Promise<SignalTrackEntity[]> {
    if (keys.length === 0) return [];
    const rows = await manager.query<TrackRow[]>(
      `SELECT t.* FROM signal_tracks t
       WHERE (t.authority, t.area, t.hazard) IN (SELECT authority, area, hazard FROM ${KEYS})
       ORDER BY t.authority, t.area, t.hazard
       FOR UPDATE OF t`,
      keyArrays(keys),
    );
    return rows.map(toEntity);
  }

  async listAll(manager: EntityManager = this.dataSource.manager): Promise<SignalTrackEntity[]> {
    const rows = await manager.query<TrackRow[]>(`SELECT * FROM signal_tracks ORDER BY authority, area, hazard`);
    return rows.map(toEntity);
  }

  /** Writes the decided state of several tracks in one statement. */
  async saveStates(manager: EntityManager, states: readonly SignalTrackState[]): Promise<void> {
    if (states.length === 0) return;
    const column = <T>(pick: (s: SignalTrackState) => T) => states.map(pick);
    await manager.query(
      `UPDATE signal_tracks t SET
         level = u.level, action = u.action, issued_at = u.issued_at, received_at = u.received_at, source = u.source,
         since = u.since, last_change_id = u.last_change_id, checked_at = u.checked_at, published_at = u.published_at,
         freshness = u.freshness, dismissed_reading = u.dismissed_reading, updated_at = now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::timestamptz[],
                   $8::text[], $9::timestamptz[], $10::bigint[], $11::timestamptz[], $12::timestamptz[], $13::text[], $14::text[])
         AS u(authority, area, hazard, level, action, issued_at, received_at, source, since, last_change_id, checked_at,
              published_at, freshness, dismissed_reading)
       WHERE t.authority = u.authority AND t.area = u.area AND t.hazard = u.hazard`,
      [
        column((s) => s.authority),
        column((s) => s.area),
        column((s) => s.hazard),
        column((s) => s.level),
        column((s) => s.action),
        column((s) => s.issuedAt),
        column((s) => s.receivedAt),
        column((s) => s.source),
        column((s) => s.since),
        column((s) => s.lastChangeId),
        column((s) => s.checkedAt),
        column((s) => s.publishedAt),
        column((s) => s.freshness),
        column((s) => s.dismissedReading),
      ],
    );
  }

  /** Notes that the tracks' source failed (fetch, HTTP, or an unreadable document). */
  async recordFailure(
    manager: EntityManager,
    keys: readonly SignalKey[],
    failure: { at: Date; code: string; reason: string },
  ): Promise<void> {
    if (keys.length === 0) return;
    await manager.query(
      `UPDATE signal_tracks t SET failed_at = $4, failure_code = $5, failure_reason = $6, updated_at = now()
       FROM ${KEYS} WHERE ${MATCHES_KEY}`,
      [...keyArrays(keys), failure.at, failure.code, failure.reason],
    );
  }

  /** The source answered and nothing changed (HTTP 304, a feed still listing the same alerts). */
  async recordChecked(manager: EntityManager, keys: readonly SignalKey[], at: Date): Promise<void> {
    if (keys.length === 0) return;
    await manager.query(
      `UPDATE signal_tracks t SET checked_at = greatest(t.checked_at, $4), updated_at = now()
       FROM ${KEYS} WHERE ${MATCHES_KEY} AND t.received_at IS NOT NULL AND t.source IS DISTINCT FROM 'manual'`,
      [...keyArrays(keys), at],
    );
  }

  /**
   * Moves the announced freshness from `from` to `to` where it still is `from`; returns the tracks this call moved,
   * so that when two processes notice the same change only one announces it.
   */
  async moveFreshness(changes: readonly FreshnessChange[], manager: EntityManager = this.dataSource.manager): Promise<SignalKey[]> {
    if (changes.length === 0) return [];
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [rows] = await manager.query<[SignalKey[], number]>(
      `UPDATE signal_tracks t SET freshness = u.to_freshness, updated_at = now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(authority, area, hazard, from_freshness, to_freshness)
       WHERE t.authority = u.authority AND t.area = u.area AND t.hazard = u.hazard AND t.freshness = u.from_freshness
       RETURNING t.authority, t.area, t.hazard`,
      [...keyArrays(changes), changes.map((c) => c.from), changes.map((c) => c.to)],
    );
    return rows;
  }
}
