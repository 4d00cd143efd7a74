import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Socket } from 'socket.io';
import type { RealtimeSessionEndCode, RealtimeSessionEnded } from '@app/contracts';
import { ACCOUNT_SESSION_CACHE_MS, AccountSessionCache } from '../auth/account-session.cache.js';
import { sessionRefusal } from '../auth/session-authenticator.js';
import type { RealtimeCaller } from './realtime-caller.js';

/**
 * How often each api process re-reads the accounts of its staff sockets. A deactivation or role change committed on
 * another process closes the sockets here at most this long (plus one query) later; on the process that made the
 * change they close at once.
 */
export const REALTIME_SESSION_CHECK_EVERY_MS = ACCOUNT_SESSION_CACHE_MS;
/** setTimeout's limit (about 24.8 days); a longer token is checked again then. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const READ_BATCH = 1_000;

type WatchedSocket = Socket & { data: { caller?: RealtimeCaller; expiryTimer?: NodeJS.Timeout } };

const MESSAGES: Record<RealtimeSessionEndCode, string> = {
  token_expired: 'The access token expired; refresh it and connect again.',
  token_revoked: 'The account was changed by an administrator; refresh the token and connect again.',
  account_inactive: 'The account was deactivated.',
};

/**
 * Keeps staff sockets only as long as their token would be accepted over HTTP: closes a socket when its token
 * expires (a timer set from `exp` at connect) and when its account is deactivated, changes role or has its password
 * reset (the same check as HTTP requests, re-read every REALTIME_SESSION_CHECK_EVERY_MS for the accounts with sockets
 * on this process). The client is told why in `realtime.session_ended` before the server disconnects it.
 */
@Injectable()
export class RealtimeSessionWatch implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeSessionWatch.name);
  private readonly byUser = new Map<string, Set<WatchedSocket>>();
  private sweepTimer: NodeJS.Timeout | undefined;
  private stopListening: (() => void) | undefined;
  private sweeping = false;

  constructor(private readonly accounts: AccountSessionCache) {}

  onModuleInit(): void {
    this.sweepTimer = setInterval(() => void this.sweep(), REALTIME_SESSION_CHECK_EVERY_MS);
    this.sweepTimer.unref();
    // A change committed on this process: check its sockets now rather than at the next sweep.
    this.stopListening = this.accounts.onInvalidate((userId) => {
      if (this.byUser.has(userId)) void this.check([userId]);
    });
  }

  onModuleDestroy(): void {
    clearInterval(this.sweepTimer);
    this.stopListening?.();
    for (const sockets of this.byUser.values()) for (const socket of sockets) clearTimeout(socket.data.expiryTimer);
    this.byUser.clear();
  }

  /** Starts watching a staff socket; anonymous sockets have no session to end. */
  watch(socket: WatchedSocket): void {
    const { user, session } = socket.data.caller ?? {};
    if (!user || !session || socket.disconnected) return;
    const sockets = this.byUser.get(user.id) ?? new Set<WatchedSocket>();
    sockets.add(socket);
    this.byUser.set(user.id, sockets);
    this.armExpiry(socket, session.expiresAt);
  }

  unwatch(socket: WatchedSocket): void {
    clearTimeout(socket.data.expiryTimer);
    const userId = socket.data.caller?.user?.id;
    const sockets = userId === undefined ? undefined : this.byUser.get(userId);
    if (!sockets) return;
    sockets.delete(socket);
    if (sockets.size === 0) this.byUser.delete(userId!);
  }

  /** One sweep at a time: with a slow database the next one waits for its turn instead of piling up queries. */
  private async sweep(): Promise<void> {
    if (this.sweeping || this.byUser.size === 0) return;
    this.sweeping = true;
    try {
      await this.check([...this.byUser.keys()]);
    } finally {
      this.sweeping = false;
    }
  }

  /** Reads the accounts now and ends the sockets their accounts no longer accept. */
  async check(userIds: string[]): Promise<void> {
    for (let start = 0; start < userIds.length; start += READ_BATCH) {
      const batch = userIds.slice(start, start + READ_BATCH);
      let states;
      try {
        states = await this.accounts.read(batch);
      } catch (err) {
        // The database is unreachable: keep the sockets (their tokens still expire on time) and check again later.
        this.logger.warn({ err }, 'could not re-check the accounts of live connections');
        return;
      }
      for (const userId of batch) {
        for (const socket of this.byUser.get(userId) ?? []) {
          const { user, session } = socket.data.caller!;
          const refusal = sessionRefusal({ user: user!, tokenVersion: session!.tokenVersion, expiresAt: session!.expiresAt }, states.get(userId) ?? null);
          if (refusal) this.end(socket, refusal.code as RealtimeSessionEndCode);
        }
      }
    }
  }

  private armExpiry(socket: WatchedSocket, expiresAt: number): void {
    clearTimeout(socket.data.expiryTimer);
    const left = expiresAt - Date.now();
    if (left <= 0) {
      this.end(socket, 'token_expired');
      return;
    }
    socket.data.expiryTimer = setTimeout(() => {
      if (left > MAX_TIMER_MS) this.armExpiry(socket, expiresAt);
      else this.end(socket, 'token_expired');
    }, Math.min(left, MAX_TIMER_MS));
    socket.data.expiryTimer.unref();
  }

  private end(socket: WatchedSocket, code: RealtimeSessionEndCode): void {
    this.unwatch(socket);
    if (socket.disconnected) return;
    const ended: RealtimeSessionEnded = { code, message: MESSAGES[code] };
    this.logger.debug({ user: socket.data.caller?.user?.id, code }, 'ending a live connection');
    // The event is written before the disconnect packet, so the client knows why before it sees the close.
    socket.emit('realtime.session_ended', ended);
    socket.disconnect(true);
  }
}

