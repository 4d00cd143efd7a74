import { Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import type { RealtimeAck, RealtimeReady } from '@app/contracts';
import { DomainError } from '@app/domain';
import { RealtimeBackend, RealtimeEventRepository } from '@app/realtime';
import type { RealtimeCaller } from './realtime-caller.js';
import { RealtimeConnectionAuthenticator } from './realtime-connection.authenticator.js';
import { RealtimeSessionWatch } from './realtime-session.watch.js';

/** Clients only send small requests (`rooms.join`); anything larger is refused by the transport. */
export const REALTIME_MAX_MESSAGE_BYTES = 16 * 1024;

type RealtimeSocket = Socket & { data: { caller?: RealtimeCaller; expiryTimer?: NodeJS.Timeout } };

/**
 * The socket.io endpoint (`/socket.io`, WebSocket only: no long-polling, so any api process can take any client).
 * Who connects is checked in socket.io middleware (Nest guards do not run at connection time); the server puts the
 * socket in the rooms of its role and tells it so in `realtime.ready`. Events reach rooms on every api process
 * through the cluster adapter installed on the server here. Staff sockets last only as long as their token would be
 * accepted over HTTP (RealtimeSessionWatch).
 */
@WebSocketGateway({ transports: ['websocket'], maxHttpBufferSize: REALTIME_MAX_MESSAGE_BYTES, serveClient: false })
export class RealtimeGateway implements OnGatewayInit<Server>, OnGatewayConnection<RealtimeSocket>, OnGatewayDisconnect<RealtimeSocket>, BeforeApplicationShutdown {
  private readonly logger = new Logger(RealtimeGateway.name);
  private server: Server | undefined;

  constructor(
    private readonly backend: RealtimeBackend,
    private readonly authenticator: RealtimeConnectionAuthenticator,
    private readonly events: RealtimeEventRepository,
    private readonly sessions: RealtimeSessionWatch,
  ) {}

  afterInit(server: Server): void {
    this.server = server;
    this.backend.attach(server);
    server.use((socket: RealtimeSocket, next) => {
      this.authenticator.authenticate(socket.handshake).then(
        (caller) => {
          socket.data.caller = caller;
          next();
        },
        (err: unknown) => next(connectError(err)),
      );
    });
  }

  /** Close client connections at once on shutdown; otherwise the process waits out socket.io's ping timeout. */
  beforeApplicationShutdown(): void {
    this.server?.local.disconnectSockets(true);
  }

  async handleConnection(socket: RealtimeSocket): Promise<void> {
    const caller = socket.data.caller;
    if (!caller) {
      socket.disconnect(true);
      return;
    }
    // Before any await, so a socket that closes meanwhile is unwatched by handleDisconnect.
    this.sessions.watch(socket);
    await socket.join(caller.rooms);
    const ready: RealtimeReady = { rooms: caller.rooms, head: await this.currentHead(), role: caller.user?.role ?? null };
    socket.emit('realtime.ready', ready);
  }

  handleDisconnect(socket: RealtimeSocket): void {
    this.sessions.unwatch(socket);
  }

  private async currentHead(): Promise<number | null> {
    try {
      return await this.events.head();
    } catch (err) {
      // The socket is still useful live; the client catches up from its own last seq.
      this.logger.warn({ err }, 'could not read the realtime head for a new connection');
      return null;
    }
  }

  /** Rooms come from the role; a request for any other room is refused and changes nothing. */
  @SubscribeMessage('rooms.join')
  join(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() body: unknown): RealtimeAck {
    const room = typeof body === 'object' && body !== null ? (body as { room?: unknown }).room : undefined;
    if (typeof room === 'string' && socket.data.caller?.rooms.includes(room as never)) return { ok: true };
    this.logger.debug({ room, user: socket.data.caller?.user?.id }, 'refused a request to join a room');
    return { ok: false, code: 'room_not_granted', message: 'Rooms are assigned by the server from your role; you cannot join other rooms.' };
  }
}

/** socket.io hands `message` and `data` to the client's `connect_error` listener. */
function connectError(err: unknown): Error {
  if (err instanceof DomainError) return Object.assign(new Error(err.message), { data: { code: err.code } });
  return Object.assign(new Error('The connection could not be checked; try again.'), { data: { code: 'connection_check_failed' } });
}
