import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { DomainError } from '@app/domain';
import { roomsFor } from '@app/realtime';
import { SessionAuthenticator } from '../auth/session-authenticator.js';
import type { RealtimeCaller } from './realtime-caller.js';

export interface SocketHandshake {
  headers: Record<string, string | string[] | undefined>;
  auth: Record<string, unknown>;
}

/**
 * Decides at connection time who a socket is and which rooms it gets. Browsers must come from an allowed origin
 * (other clients send no Origin and need a token like anyone else to leave `public`). A token, when sent, must be
 * valid and its account must still accept it: a bad or revoked one is refused rather than quietly treated as anonymous.
 */
@Injectable()
export class RealtimeConnectionAuthenticator {
  constructor(
    private readonly config: AppConfig,
    private readonly sessions: SessionAuthenticator,
  ) {}

  async authenticate(handshake: SocketHandshake): Promise<RealtimeCaller> {
    const origin = handshake.headers.origin;
    if (origin !== undefined && !this.config.corsOrigins.includes(String(origin))) {
      throw new DomainError('forbidden', 'origin_not_allowed', `Connections from ${String(origin)} are not allowed.`);
    }
    const token = handshake.auth?.token;
    if (token === undefined || token === null || token === '') return { user: undefined, rooms: roomsFor(undefined) };
    if (typeof token !== 'string') {
      throw new DomainError('unauthenticated', 'invalid_token', 'auth.token must be the access token as a string.');
    }
    const { user, tokenVersion, expiresAt } = await this.sessions.authenticate(token);
    return { user, rooms: roomsFor(user), session: { tokenVersion, expiresAt } };
  }
}
