import { Logger } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-adapter';
import { Emitter } from '@socket.io/redis-emitter';
import { Redis } from 'ioredis';
import type { Server } from 'socket.io';
import { RealtimeBackend } from './realtime-backend.js';

/**
 * socket.io over Redis pub/sub: `@socket.io/redis-adapter` on api processes, `@socket.io/redis-emitter` to
 * broadcast. Channels start with `<QUEUE_PREFIX>:socket.io`, so deployments (and test runs) sharing a Redis stay apart.
 */
export class RedisRealtimeBackend extends RealtimeBackend {
  private readonly logger = new Logger('RealtimeBackend');
  private readonly pubClient: Redis;
  private subClient: Redis | undefined;
  private readonly key: string;

  constructor(url: string, prefix: string) {
    super();
    this.key = `${prefix}:socket.io`;
    this.pubClient = this.watch(new Redis(url, { maxRetriesPerRequest: 3, connectionName: `${prefix}-realtime-pub` }));
  }

  async broadcast(room: string, event: string, envelope: unknown): Promise<void> {
    // The emitter publishes without returning the promise; capture it so a Redis failure reaches the caller
    // instead of becoming an unhandled rejection.
    let published: Promise<unknown> = Promise.resolve();
    const capture = { publish: (channel: string, message: Buffer | string) => (published = this.pubClient.publish(channel, message)) };
    new Emitter(capture, { key: this.key }).to(room).emit(event, envelope);
    await published;
  }

  attach(server: Server): void {
    this.subClient ??= this.watch(this.pubClient.duplicate({ connectionName: `${this.key}-sub` }));
    server.adapter(createAdapter(this.pubClient, this.subClient, { key: this.key }));
  }

  async close(): Promise<void> {
    await Promise.all(
      [this.pubClient, this.subClient].filter((c): c is Redis => c !== undefined).map((c) => c.quit().catch(() => c.disconnect())),
    );
  }

  private watch(client: Redis): Redis {
    // Without a listener an 'error' event would crash the process; ioredis reconnects by itself.
    client.on('error', (err) => this.logger.warn({ err: err.message }, 'Redis connection error'));
    return client;
  }
}
