import { Logger } from '@nestjs/common';
import { createAdapter } from '@socket.io/postgres-adapter';
import { BroadcastOperator, Emitter } from '@socket.io/postgres-emitter';
import pg from 'pg';
import type { Server } from 'socket.io';
import { RealtimeBackend } from './realtime-backend.js';

/** socket.io's namespace for every realtime event. */
const NAMESPACE = '/';
/** Message types of socket.io's cluster protocol (socket.io-adapter `MessageType`), and its packet type EVENT. */
const CLUSTER_BROADCAST = 3;
const PACKET_EVENT = 2;
/** The uid the adapter treats as "an emitter, not a server": it never answers it or counts it as a node. */
const EMITTER_UID = 'emitter';
/** NOTIFY payloads must stay under 8000 bytes; larger messages go through the attachments table. */
const NOTIFY_PAYLOAD_LIMIT = 7_900;
const ATTACHMENTS_TABLE = 'socket_io_attachments';

interface ClusterBroadcast {
  uid: string;
  nsp: string;
  type: number;
  data: { packet: { type: number; data: unknown[]; nsp: string }; opts: { rooms: string[]; except: string[]; flags: Record<string, never> } };
}

/**
 * socket.io over PostgreSQL LISTEN/NOTIFY: `@socket.io/postgres-adapter` on api processes. Broadcasting speaks the
 * adapter's cluster protocol directly, because `@socket.io/postgres-emitter` 0.1 leaves out the namespace that
 * adapter 0.5 requires (its messages are silently dropped); it still encodes the rare message too large for NOTIFY
 * into the attachments table. Each broadcast is awaited, so a failure reaches the caller.
 */
export class PostgresRealtimeBackend extends RealtimeBackend {
  private readonly logger = new Logger('RealtimeBackend');
  private readonly pool: pg.Pool;
  private readonly channelPrefix: string;
  private readonly channel: string;

  constructor(url: string, prefix: string) {
    super();
    this.channelPrefix = `${prefix}:socket.io`;
    this.channel = `${this.channelPrefix}#${NAMESPACE}`;
    // The adapter holds one connection for LISTEN; the rest serve broadcasts.
    this.pool = new pg.Pool({ connectionString: url, max: 4, keepAlive: true, application_name: 'qinao-realtime', connectionTimeoutMillis: 5_000 });
    this.pool.on('error', (err) => this.logger.warn({ err: err.message }, 'idle realtime database connection failed'));
    // A connection held by the adapter for LISTEN is not idle; without a listener its 'error' would crash the process.
    this.pool.on('connect', (client) => client.on('error', (err) => this.logger.warn({ err: err.message }, 'realtime database connection failed')));
  }

  async broadcast(room: string, event: string, envelope: unknown): Promise<void> {
    const message: ClusterBroadcast = {
      uid: EMITTER_UID,
      nsp: NAMESPACE,
      type: CLUSTER_BROADCAST,
      data: {
        packet: { type: PACKET_EVENT, data: [event, envelope], nsp: NAMESPACE },
        opts: { rooms: [room], except: [], flags: {} },
      },
    };
    const payload = JSON.stringify(message);
    if (Buffer.byteLength(payload) <= NOTIFY_PAYLOAD_LIMIT) {
      await this.pool.query('SELECT pg_notify($1, $2)', [this.channel, payload]);
      return;
    }
    const emitter = new Emitter(this.pool, NAMESPACE, { channelPrefix: this.channelPrefix, tableName: ATTACHMENTS_TABLE });
    const operator = new BroadcastOperator(emitter) as unknown as { publishWithAttachment(message: ClusterBroadcast): Promise<void> };
    await operator.publishWithAttachment(message);
  }

  attach(server: Server): void {
    server.adapter(
      createAdapter(this.pool, {
        channelPrefix: this.channelPrefix,
        tableName: ATTACHMENTS_TABLE,
        errorHandler: (err) => this.logger.warn({ err: err.message }, 'realtime adapter error'),
      }),
    );
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
