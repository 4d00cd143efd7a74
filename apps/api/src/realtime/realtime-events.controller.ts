import { Controller, Get, Query, Req } from '@nestjs/common';
import type { RealtimeCatchUp } from '@app/contracts';
import { roomsFor } from '@app/realtime';
import { Public } from '../auth/auth.decorators.js';
import { bearerToken, type AuthRequest } from '../auth/auth-request.js';
import { SessionAuthenticator } from '../auth/session-authenticator.js';
import { RateLimit } from '../http/rate-limit.decorator.js';
import { RealtimeCatchUpService } from './realtime-catch-up.service.js';
import { RealtimeEventsQueryDto } from './realtime-events-query.dto.js';

@Controller('api/realtime')
export class RealtimeEventsController {
  constructor(
    private readonly catchUp: RealtimeCatchUpService,
    private readonly sessions: SessionAuthenticator,
  ) {}

  /**
   * Stored events after `after` in the caller's rooms, plus the head seq. Open to anyone: without a token it answers
   * for the `public` room only; with one, for the rooms of the token's role, and a bad or revoked token is a 401 here, never a
   * silent downgrade to public.
   */
  @Public()
  @RateLimit('public')
  @Get('events')
  async events(@Query() query: RealtimeEventsQueryDto, @Req() request: AuthRequest): Promise<RealtimeCatchUp> {
    const token = bearerToken(request);
    const user = token === undefined ? undefined : (await this.sessions.authenticate(token)).user;
    return this.catchUp.eventsAfter({ user, rooms: roomsFor(user) }, query.after, query.limit);
  }
}
