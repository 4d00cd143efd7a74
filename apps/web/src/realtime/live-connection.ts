import { io, type Socket } from 'socket.io-client';
import type { RealtimeEnvelope, RealtimeEventName, RealtimeReady, RealtimeSessionEndCode, RealtimeSessionEnded } from '@app/contracts';

export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface ConnectionSnapshot {
  state: ConnectionState;
  /** When the server was last heard from (connect, ping, heartbeat or any event), as epoch milliseconds. */
  lastContactAt: number | undefined;
  /** The highest event sequence number seen; a client that reconnects asks for what came after it. */
  lastSeq: number | undefined;
}

export type EnvelopeHandler<E extends RealtimeEventName = RealtimeEventName> = (envelope: RealtimeEnvelope<E>) => void;

export interface LiveConnectionOptions {
  /** The access token for the handshake; undefined connects anonymously (the resident page). */
  token: () => string | undefined;
  /** The server refused the handshake (e.g. an expired token): get a fresh token; false means give up for now. */
  renewCredentials?: () => Promise<boolean>;
  /** Builds the socket; tests pass their own. */
  createSocket?: (auth: (cb: (data: object) => void) => void) => Socket;
}

/** After this many failed attempts in a row the indicator says offline rather than reconnecting. */
const FAILURES_BEFORE_OFFLINE = 3;
const MAX_MANUAL_RETRY_MS = 30_000;
/** Handshake refusals that a fresh token can cure (a refresh that is refused ends the session instead). */
const TOKEN_REFUSALS: readonly unknown[] = ['token_expired', 'invalid_token', 'token_revoked', 'account_inactive'];

/**
 * The socket.io connection behind the live indicator. socket.io reconnects by itself after network trouble; when the
 * server itself refuses or drops the connection it does not, so this class renews the token and tries again with a
 * growing pause. The server closes a staff connection when its token expires or an administrator changes or
 * deactivates the account, saying why first (`realtime.session_ended`): the connection comes back at once, with the
 * session's current token or, after a change, a freshly refreshed one (a refused refresh ends the session).
 */
export class LiveConnection {
  private snapshot: ConnectionSnapshot = { state: 'connecting', lastContactAt: undefined, lastSeq: undefined };
  private readonly listeners = new Set<() => void>();
  private readonly handlers = new Map<string, Set<EnvelopeHandler>>();
  private socket: Socket | undefined;
  private everConnected = false;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  /** Why the server said it was about to close the connection, until the close arrives. */
  private sessionEnd: RealtimeSessionEndCode | undefined;

  constructor(private readonly options: LiveConnectionOptions) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ConnectionSnapshot => this.snapshot;

  /** Calls the handler for every `event` the server sends until the returned function is called. */
  on<E extends RealtimeEventName>(event: E, handler: EnvelopeHandler<E>): () => void {
    const set = this.handlers.get(event) ?? new Set<EnvelopeHandler>();
    const untyped = handler as EnvelopeHandler;
    set.add(untyped);
    this.handlers.set(event, set);
    return () => set.delete(untyped);
  }

  start(): void {
    this.stopped = false;
    const auth = (cb: (data: object) => void) => {
      const token = this.options.token();
      cb(token ? { token } : {});
    };
    const socket = (this.options.createSocket ?? defaultSocket)(auth);
    this.socket = socket;

    socket.on('connect', () => {
      this.everConnected = true;
      this.failures = 0;
      this.update({ state: 'live', lastContactAt: Date.now() });
    });
    socket.on('realtime.session_ended', (ended: RealtimeSessionEnded) => {
      this.sessionEnd = ended?.code;
    });
    socket.on('disconnect', (reason) => {
      const sessionEnd = this.sessionEnd;
      this.sessionEnd = undefined;
      if (this.stopped) return;
      this.update({ state: this.retryingState() });
      // The server ended the connection on purpose: socket.io will not retry by itself.
      if (reason !== 'io server disconnect') return;
      if (sessionEnd === 'token_expired') {
        // The session normally renewed its token before this one ran out: connect with it at once. If it has not,
        // the handshake is refused as expired and renewed below.
        this.retryManually({ renew: false, delayMs: 0 });
      } else if (sessionEnd !== undefined) {
        // Changed or deactivated by an administrator: a new token carries the new role, or the refresh is refused.
        this.retryManually({ renew: true, delayMs: 0 });
      } else {
        this.retryManually({ renew: true });
      }
    });
    socket.on('connect_error', (err: Error & { data?: { code?: unknown } }) => {
      if (this.stopped) return;
      this.failures++;
      this.update({ state: this.retryingState() });
      // An inactive socket means the server refused the handshake; otherwise socket.io is already retrying.
      if (socket.active) return;
      // A refused token is renewed first (at once the first time: an expired token is the usual case); any other
      // refusal (e.g. the origin) is simply tried again later.
      const tokenRefused = TOKEN_REFUSALS.includes(err.data?.code);
      this.retryManually({ renew: tokenRefused, delayMs: tokenRefused && this.failures === 1 ? 0 : undefined });
    });
    socket.io.on('ping', () => this.update({ lastContactAt: Date.now() }));
    socket.on('realtime.ready', (ready: RealtimeReady) => {
      // Only the first time: after a reconnect the client must catch up from what it saw, not skip to the head.
      this.update({ lastContactAt: Date.now(), lastSeq: this.snapshot.lastSeq ?? ready.head ?? undefined });
    });
    socket.onAny((event: string, envelope: unknown) => {
      if (event !== 'realtime.ready' && event !== 'realtime.session_ended') this.deliver(event, envelope);
    });

    window.addEventListener('offline', this.onBrowserOffline);
    window.addEventListener('online', this.onBrowserOnline);
    if (navigator.onLine === false) this.update({ state: 'offline' });
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.failures = 0;
    window.removeEventListener('offline', this.onBrowserOffline);
    window.removeEventListener('online', this.onBrowserOnline);
    this.socket?.removeAllListeners();
    this.socket?.offAny();
    this.socket?.disconnect();
    this.socket = undefined;
  }

  private deliver(event: string, envelope: unknown): void {
    // Heartbeats and other ephemeral events carry no seq (null): they count as contact but not as progress.
    const seq = isEnvelope(envelope) && typeof envelope.seq === 'number' ? envelope.seq : undefined;
    this.update({
      lastContactAt: Date.now(),
      lastSeq: seq !== undefined && seq > (this.snapshot.lastSeq ?? -Infinity) ? seq : this.snapshot.lastSeq,
    });
    if (!isEnvelope(envelope)) return;
    for (const handler of this.handlers.get(event) ?? []) handler(envelope);
  }

  private retryingState(): ConnectionState {
    if (navigator.onLine === false || this.failures >= FAILURES_BEFORE_OFFLINE) return 'offline';
    return this.everConnected ? 'reconnecting' : 'connecting';
  }

  private retryManually({ renew, delayMs }: { renew: boolean; delayMs?: number }): void {
    if (this.retryTimer !== undefined || this.stopped) return;
    const delay = delayMs ?? Math.min(MAX_MANUAL_RETRY_MS, 1_000 * 2 ** Math.min(this.failures, 5));
    this.retryTimer = setTimeout(async () => {
      this.retryTimer = undefined;
      if (this.stopped) return;
      const renewed = renew && this.options.renewCredentials ? await this.options.renewCredentials().catch(() => false) : true;
      if (this.stopped) return;
      if (renewed) this.socket?.connect();
      else this.update({ state: 'offline' });
    }, delay);
  }

  private readonly onBrowserOffline = () => this.update({ state: 'offline' });

  private readonly onBrowserOnline = () => {
    if (this.socket?.connected) {
      this.update({ state: 'live' });
      return;
    }
    this.failures = 0;
    this.update({ state: this.retryingState() });
    if (!this.socket?.active) this.socket?.connect();
  };

  private update(change: Partial<ConnectionSnapshot>): void {
    const next = { ...this.snapshot, ...change };
    if (next.state === this.snapshot.state && next.lastContactAt === this.snapshot.lastContactAt && next.lastSeq === this.snapshot.lastSeq) {
      return;
    }
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}

function defaultSocket(auth: (cb: (data: object) => void) => void): Socket {
  // Same origin; websocket only, because several api processes run without sticky sessions. A manager of its own
  // (forceNew) so a staff connection never shares a transport with an earlier anonymous or other user's one.
  return io({ transports: ['websocket'], auth, forceNew: true, reconnectionDelay: 1_000, reconnectionDelayMax: 10_000 });
}

function isEnvelope(value: unknown): value is RealtimeEnvelope {
  return typeof value === 'object' && value !== null && 'event' in value && 'payload' in value;
}
