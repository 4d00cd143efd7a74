/**
 * The platform: staff accounts, refresh-token families, the append-only hash-chained audit log,
 * reference areas and places, and the realtime event log that lets clients catch up after a reconnect.
 */
export class Platform1764100000000 {
    constructor() {
        this.name = 'Platform1764100000000';
    }
    async up(q) {
        await q.query(`
      CREATE TABLE staff_users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin','commander','operator','inspector','crew_lead','liaison')),
        password_hash text NOT NULL,
        phone text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
        await q.query(`CREATE UNIQUE INDEX staff_users_username_key ON staff_users (lower(username))`);
        await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES staff_users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz,
        revoked_at timestamptz,
        revoked_reason text
      )`);
        await q.query(`CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)`);
        await q.query(`CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id)`);
        // The audit log: ids are drawn inside the trigger while holding a transaction-scoped advisory lock,
        // so id order is commit order and each row's prev_hash is the hash of the row before it.
        await q.query(`CREATE SEQUENCE audit_log_id_seq`);
        await q.query(`
      CREATE TABLE audit_log (
        id bigint PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid,
        actor_name text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        summary jsonb NOT NULL DEFAULT '{}'::jsonb,
        request_id text,
        ip text,
        prev_hash text NOT NULL,
        hash text NOT NULL
      )`);
        await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id)`);
        await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id)`);
        await q.query(`
      CREATE FUNCTION audit_log_row_hash(prev text, r audit_log) RETURNS text
      LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(concat_ws('|',
          prev, r.id::text,
          to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          coalesce(r.actor_id::text, ''), r.actor_name, r.action, r.entity_type,
          coalesce(r.entity_id, ''), r.summary::text, coalesce(r.request_id, ''), coalesce(r.ip, '')
        ), 'UTF8')), 'hex')
      $$`);
        await q.query(`
      CREATE FUNCTION audit_log_chain() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE last_hash text;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('audit_log_chain'));
        NEW.id := nextval('audit_log_id_seq');
        NEW.occurred_at := clock_timestamp();
        SELECT hash INTO last_hash FROM audit_log ORDER BY id DESC LIMIT 1;
        NEW.prev_hash := coalesce(last_hash, 'genesis');
        NEW.hash := audit_log_row_hash(NEW.prev_hash, NEW);
        RETURN NEW;
      END $$`);
        await q.query(`CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain()`);
        await q.query(`
      CREATE FUNCTION audit_log_reject_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
        await q.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change()`);
        await q.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_reject_change()`);
        await q.query(`
      CREATE TABLE areas (
        id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('community','estate','district')),
        names jsonb NOT NULL,
        geometry jsonb NOT NULL,
        centroid_lat double precision NOT NULL,
        centroid_lon double precision NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
        await q.query(`
      CREATE TABLE places (
        id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('port','bridge','school','shelter','hq','hospital','other')),
        names jsonb NOT NULL,
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
        area_id text REFERENCES areas(id),
        capacity integer CHECK (capacity IS NULL OR capacity >= 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
        // Every realtime event is stored with a global sequence number before it is broadcast,
        // so a client that reconnects asks for what it missed after the last number it saw.
        await q.query(`
      CREATE TABLE realtime_events (
        seq bigserial PRIMARY KEY,
        room text NOT NULL,
        event text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
        await q.query(`CREATE INDEX realtime_events_room_seq_idx ON realtime_events (room, seq)`);
        await q.query(`CREATE INDEX realtime_events_created_idx ON realtime_events (created_at)`);
    }
    async down(q) {
        await q.query(`DROP TABLE realtime_events`);
        await q.query(`DROP TABLE places`);
        await q.query(`DROP TABLE areas`);
        await q.query(`DROP TABLE audit_log`);
        await q.query(`DROP FUNCTION audit_log_reject_change()`);
        await q.query(`DROP FUNCTION audit_log_chain()`);
        await q.query(`DROP FUNCTION audit_log_row_hash(text, audit_log)`);
        await q.query(`DROP SEQUENCE audit_log_id_seq`);
        await q.query(`DROP TABLE refresh_tokens`);
        await q.query(`DROP TABLE staff_users`);
    }
}
//# sourceMappingURL=1764100000000-platform.js.map