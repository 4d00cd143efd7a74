import type { Server } from 'socket.io';

/**
 * How events reach sockets across every api process: the socket.io Redis adapter and emitter with REDIS_URL, the
 * PostgreSQL adapter (LISTEN/NOTIFY) without. The api installs the adapter on its socket.io server; api and worker
 * both broadcast through the emitter side.
 */
export abstract class RealtimeBackend {
  /** Emits `event` with `envelope` to every socket in `room` on every api process. */
  abstract broadcast(room: string, event: string, envelope: unknown): Promise<void>;

  /** Installs the cluster adapter on the api's socket.io server. */
  abstract attach(server: Server): void;

  abstract close(): Promise<void>;
}
