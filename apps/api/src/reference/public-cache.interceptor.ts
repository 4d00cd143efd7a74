import { UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { createHash } from 'node:crypto';
import { map, type Observable } from 'rxjs';

/**
 * Lets browsers and proxies keep a public answer for a while and revalidate it cheaply: sets Cache-Control and an
 * ETag derived from the body. Express answers a matching If-None-Match with 304 and no body when it sends the reply.
 */
export class PublicCacheInterceptor implements NestInterceptor {
  constructor(private readonly maxAgeSeconds: number) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        response.setHeader('Cache-Control', `public, max-age=${this.maxAgeSeconds}`);
        response.setHeader('ETag', contentTag(body));
        return body;
      }),
    );
  }
}

/** A strong validator for a JSON body: the same content always gives the same tag, on every api process. */
export function contentTag(body: unknown): string {
  return `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 32)}"`;
}

/** The route's answer is public and may be cached for `maxAgeSeconds`. */
export const PublicCache = (maxAgeSeconds: number) => UseInterceptors(new PublicCacheInterceptor(maxAgeSeconds));
