import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthUser } from '@app/contracts';

/** Who is calling and from where: what a service needs to write an audit row. */
export interface RequestMeta {
  /** The verified caller; undefined on public routes called without a token. */
  user: AuthUser | undefined;
  /** The request id the logger assigned (also in the response's error body). */
  requestId: string | null;
  ip: string | null;
}

export function requestMetaOf(request: Request & { user?: AuthUser; id?: string | number }): RequestMeta {
  return {
    user: request.user,
    requestId: request.id === undefined || request.id === null ? null : String(request.id),
    ip: request.ip ?? null,
  };
}

/** `@RequestMeta() meta: RequestMeta` in a controller method. */
export const RequestMeta = createParamDecorator((_data: unknown, ctx: ExecutionContext): RequestMeta => {
  return requestMetaOf(ctx.switchToHttp().getRequest());
});
