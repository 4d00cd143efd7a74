import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveConnection } from './live-connection.js';

type Listener = (...args: unknown[]) => void;

/** Just enough of a socket.io client socket: the test plays the server by emitting on it. */
class FakeSocket {
  private readonly listeners = new Map<string, Listener[]>();
  private anyListener: Listener | undefined;
  readonly io = { on: () => undefined };
  active = false;
  connected = false;
  connects = 0;
  tokens: (string | undefined)[] = [];

  constructor(private readonly auth: (cb: (data: object) => void) => void) {}

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  onAny(listener: Listener): this {
    this.anyListener = listener;
    return this;
  }
  offAny(): this {
    this.anyListener = undefined;
    return this;
  }
  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }
  connect(): this {
    this.connects++;
    this.auth((data) => this.tokens.push((data as { token?: string }).token));
    return this;
  }
  disconnect(): this {
    return this;
  }

  /** The server accepts the handshake. */
  accept(): void {
    this.active = true;
    this.connected = true;
    this.fire('connect');
  }
  /** The server sends an event. */
  serverEmit(event: string, payload: unknown): void {
    this.fire(event, payload);
    this.anyListener?.(event, payload);
  }
  /** The server closes the connection on purpose. */
  serverDisconnect(): void {
    this.active = false;
    this.connected = false;
    this.fire('disconnect', 'io server disconnect');
  }
  /** The server refuses a handshake. */
  refuse(code: string): void {
    this.active = false;
    this.fire('connect_error', Object.assign(new Error(code), { data: { code } }));
  }

  private fire(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

describe('LiveConnection when the server ends a session', () => {
  let socket: FakeSocket;
  let token: string;
  let renewals: number;
  let renewResult: boolean;
  let connection: LiveConnection;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', new EventTarget());
    vi.stubGlobal('navigator', { onLine: true });
    token = 'token-1';
    renewals = 0;
    renewResult = true;
    connection = new LiveConnection({
      token: () => token,
      renewCredentials: async () => {
        renewals++;
        token = `token-${renewals + 1}`;
        return renewResult;
      },
      createSocket: (auth) => {
        socket = new FakeSocket(auth);
        socket.connect();
        return socket as unknown as Socket;
      },
    });
    connection.start();
    socket.accept();
    socket.serverEmit('realtime.ready', { rooms: ['public', 'hq'], head: 10, role: 'commander' });
    socket.serverEmit('notice.created', { seq: 12, room: 'hq', event: 'notice.created', payload: { id: 'n1' }, at: '' });
  });

  afterEach(() => {
    connection.stop();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('reconnects at once with the current token when its token expired, keeping its place in the event stream', async () => {
    token = 'token-renewed-by-the-session';
    socket.serverEmit('realtime.session_ended', { code: 'token_expired', message: 'expired' });
    socket.serverDisconnect();
    expect(connection.getSnapshot().state).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(0);
    expect(renewals).toBe(0);
    expect(socket.tokens.at(-1)).toBe('token-renewed-by-the-session');
    socket.accept();
    socket.serverEmit('realtime.ready', { rooms: ['public', 'hq'], head: 15, role: 'commander' });
    // The last seq seen stays, so views catch up from 12 rather than skip to the head.
    expect(connection.getSnapshot()).toMatchObject({ state: 'live', lastSeq: 12 });
  });

  it('renews the token when a reconnect with the expired one is refused', async () => {
    socket.serverEmit('realtime.session_ended', { code: 'token_expired', message: 'expired' });
    socket.serverDisconnect();
    await vi.advanceTimersByTimeAsync(0);
    socket.refuse('token_expired');
    await vi.advanceTimersByTimeAsync(0);
    expect(renewals).toBe(1);
    expect(socket.tokens.at(-1)).toBe('token-2');
  });

  it('renews the token at once after an administrator changed the account', async () => {
    socket.serverEmit('realtime.session_ended', { code: 'token_revoked', message: 'changed' });
    socket.serverDisconnect();
    await vi.advanceTimersByTimeAsync(0);
    expect(renewals).toBe(1);
    expect(socket.connects).toBe(2);
    expect(socket.tokens.at(-1)).toBe('token-2');
  });

  it('stays offline when the session cannot be renewed (account deactivated)', async () => {
    renewResult = false;
    socket.serverEmit('realtime.session_ended', { code: 'account_inactive', message: 'deactivated' });
    socket.serverDisconnect();
    await vi.advanceTimersByTimeAsync(0);
    expect(renewals).toBe(1);
    expect(socket.connects).toBe(1);
    expect(connection.getSnapshot().state).toBe('offline');
  });

  it('does not hand the session-ended message to event handlers', () => {
    const seen: unknown[] = [];
    connection.on('notice.created', (envelope) => seen.push(envelope));
    socket.serverEmit('realtime.session_ended', { code: 'token_revoked', message: 'changed' });
    expect(seen).toEqual([]);
    expect(connection.getSnapshot().lastSeq).toBe(12);
  });
});
