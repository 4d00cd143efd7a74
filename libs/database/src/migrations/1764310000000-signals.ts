import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Official warning signals: the raw documents every source delivered (deduplicated by content hash), the current
 * state per (authority, area, hazard) track with what its freshness is computed from, the full history of changes,
 * readings held for an operator to confirm, each authority's CAP chain state, and SMG's outlook table.
 */
export class Signals1764310000000 implements MigrationInterface {
  name = 'Signals1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE signal_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source text NOT NULL CHECK (source IN ('feed','cap','manual')),
        authority text NOT NULL,
        url text,
        content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
        content text NOT NULL,
        byte_length integer NOT NULL CHECK (byte_length >= 0),
        truncated boolean NOT NULL DEFAULT false,
        content_type text,
        outcome text NOT NULL CHECK (outcome IN ('accepted','rejected','ignored')),
        outcome_code text,
        outcome_reason text,
        fetched_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        times_seen integer NOT NULL DEFAULT 1 CHECK (times_seen >= 1)
      )`);
    // The same bytes from the same source are one document however often they are fetched.
    await q.query(`CREATE UNIQUE INDEX signal_documents_content_key ON signal_documents (source, authority, content_hash)`);
    await q.query(`CREATE INDEX signal_documents_url_idx ON signal_documents (url) WHERE url IS NOT NULL`);
    await q.query(`CREATE INDEX signal_documents_fetched_idx ON signal_documents (fetched_at DESC)`);

    await q.query(`
      CREATE TABLE signal_tracks (
        authority text NOT NULL,
        area text NOT NULL,
        hazard text NOT NULL,
        level text,
        action text CHECK (action IN ('issue','update','cancel')),
        issued_at timestamptz,
        received_at timestamptz,
        source text CHECK (source IN ('feed','cap','manual')),
        since timestamptz,
        last_change_id bigint,
        checked_at timestamptz,
        published_at timestamptz,
        failed_at timestamptz,
        failure_code text,
        failure_reason text,
        freshness text NOT NULL DEFAULT 'unknown' CHECK (freshness IN ('fresh','stale','unknown')),
        dismissed_reading text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (authority, area, hazard),
        -- A track that never had a reading has no source and no level.
        CHECK (received_at IS NOT NULL OR (level IS NULL AND source IS NULL))
      )`);

    await q.query(`
      CREATE TABLE signal_holds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        authority text NOT NULL,
        area text NOT NULL,
        hazard text NOT NULL,
        previous_level text,
        level text,
        action text CHECK (action IN ('issue','update','cancel')),
        issued_at timestamptz,
        received_at timestamptz NOT NULL,
        published_at timestamptz,
        source text NOT NULL CHECK (source IN ('feed','cap','manual')),
        document_id uuid REFERENCES signal_documents(id),
        entered_by_id uuid REFERENCES staff_users(id) ON DELETE SET NULL,
        entered_by_name text,
        note text,
        reasons jsonb NOT NULL,
        signature text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by_id uuid REFERENCES staff_users(id) ON DELETE SET NULL,
        resolved_by_name text,
        decision text CHECK (decision IN ('confirmed','rejected','superseded')),
        decision_reason text,
        CHECK ((resolved_at IS NULL) = (decision IS NULL))
      )`);
    // At most one reading waits for confirmation per track.
    await q.query(`CREATE UNIQUE INDEX signal_holds_open_key ON signal_holds (authority, area, hazard) WHERE resolved_at IS NULL`);

    await q.query(`
      CREATE TABLE signal_history (
        id bigserial PRIMARY KEY,
        authority text NOT NULL,
        area text NOT NULL,
        hazard text NOT NULL,
        follows_id bigint REFERENCES signal_history(id),
        previous_level text,
        level text,
        action text NOT NULL CHECK (action IN ('issue','update','cancel')),
        issued_at timestamptz,
        received_at timestamptz NOT NULL,
        source text NOT NULL CHECK (source IN ('feed','cap','manual')),
        freshness text NOT NULL CHECK (freshness IN ('fresh','stale','unknown')),
        document_id uuid REFERENCES signal_documents(id),
        hold_id uuid REFERENCES signal_holds(id),
        actor_id uuid REFERENCES staff_users(id) ON DELETE SET NULL,
        actor_name text NOT NULL,
        reason text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        event_published_at timestamptz,
        job_enqueued_at timestamptz,
        CHECK (previous_level IS DISTINCT FROM level)
      )`);
    // Each change follows exactly one earlier change of its track (or none, for the first): two processes applying
    // the same reading from the same state cannot both append.
    await q.query(`CREATE UNIQUE INDEX signal_history_follows_key ON signal_history (authority, area, hazard, coalesce(follows_id, 0))`);
    await q.query(`CREATE INDEX signal_history_track_idx ON signal_history (authority, hazard, id DESC)`);
    await q.query(`CREATE INDEX signal_history_received_idx ON signal_history (received_at DESC)`);
    await q.query(`CREATE INDEX signal_history_unannounced_idx ON signal_history (id) WHERE event_published_at IS NULL OR job_enqueued_at IS NULL`);

    await q.query(`
      CREATE TABLE signal_cap_chains (
        authority text PRIMARY KEY,
        state jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE signal_outlooks (
        authority text NOT NULL,
        hazard text NOT NULL,
        rows jsonb NOT NULL,
        published_at timestamptz NOT NULL,
        entered_by_id uuid REFERENCES staff_users(id) ON DELETE SET NULL,
        entered_by_name text,
        entered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (authority, hazard)
      )`);

    // HTTP validators of the last accepted answer per feed URL, shared by every worker process.
    await q.query(`
      CREATE TABLE signal_feed_cursors (
        url text PRIMARY KEY,
        etag text,
        last_modified text,
        content_hash text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE signal_feed_cursors`);
    await q.query(`DROP TABLE signal_outlooks`);
    await q.query(`DROP TABLE signal_cap_chains`);
    await q.query(`DROP TABLE signal_history`);
    await q.query(`DROP TABLE signal_holds`);
    await q.query(`DROP TABLE signal_tracks`);
    await q.query(`DROP TABLE signal_documents`);
  }
}
