import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { AppConfig } from '@app/config';
import { DomainError } from '@app/domain';
import { withDeadline } from '@app/observability';
import { RateLimitStore, type RateLimitResult } from '@app/queue';
import { RATE_LIMIT_KEY, type RateLimitPolicy } from './rate-limit.decorator.js';

const WINDOW_SECONDS = 60;
/** A slow counter store must not hold requests up; past this the request goes through (see below). */
const STORE_TIMEOUT_MS = 1_000;

/**
 * Global guard that acts only on routes marked `@RateLimit(...)`. It reads nothing the authentication guard sets
 * (only the client address and, for login, the submitted username), so it works whichever global guard runs first;
 * the marked routes are public, so authentication never stops them before they are counted.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly logger = new Logger(RateLimitGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly store: RateLimitStore,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const policy = this.reflector.getAllAndOverride<RateLimitPolicy | undefined>(RATE_LIMIT_KEY, [context.getHandler(), context.getClass()]);
    if (!policy) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const address = request.ip ?? request.socket.remoteAddress ?? 'unknown';
    const limit = policy === 'login' ? this.config.rateLimits.loginPerMinute : this.config.rateLimits.publicPerMinute;
    const key = policy === 'login' ? `${address}|${submittedUsername(request.body)}` : address;

    let result: RateLimitResult;
    try {
      result = await withDeadline(this.store.hit(policy, key, limit, WINDOW_SECONDS), STORE_TIMEOUT_MS, 'rate-limit store');
    } catch (err) {
      // The counters live in Redis, which may be lost; staff must still be able to log in during an emergency.
      this.logger.warn({ err, policy }, 'rate-limit store unavailable; request allowed');
      return true;
    }
    const response = context.switchToHttp().getResponse<Response>();
    response.setHeader('RateLimit-Limit', String(limit));
    response.setHeader('RateLimit-Remaining', String(result.remaining));
    if (result.allowed) return true;
    response.setHeader('Retry-After', String(result.retryAfterSeconds));
    const what = policy === 'login' ? 'Too many login attempts' : 'Too many requests';
    throw new DomainError('rate_limited', 'rate_limited', `${what}; try again in ${result.retryAfterSeconds} seconds.`);
  }
}

function submittedUsername(body: unknown): string {
  const username = typeof body === 'object' && body !== null ? (body as { username?: unknown }).username : undefined;
  return typeof username === 'string' ? username.trim().toLowerCase().slice(0, 200) : '';
}
