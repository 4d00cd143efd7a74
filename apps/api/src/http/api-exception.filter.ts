import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ApiErrorBody } from '@app/contracts';
import { DomainError, type DomainErrorKind } from '@app/domain';

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  rate_limited: HttpStatus.TOO_MANY_REQUESTS,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
};

/** Maps every error to one JSON shape (ApiErrorBody); 5xx details stay in the log, never in the answer. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const ctx = host.switchToHttp();
    const response = ctx.getResponse<Response>();
    const request = ctx.getRequest<Request & { id?: string }>();
    const body = this.toBody(exception);
    body.requestId = request.id;
    if (body.statusCode >= 500) this.logger.error({ err: exception, requestId: request.id }, 'request failed');
    if (response.headersSent) return;
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof DomainError) {
      return { statusCode: STATUS_BY_KIND[exception.kind], code: exception.code, message: exception.message, details: exception.details };
    }
    const bodyParserError = bodyParserFailure(exception);
    if (bodyParserError) return bodyParserError;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const res = exception.getResponse();
      const payload = typeof res === 'object' && res !== null ? (res as Record<string, unknown>) : { message: res };
      const rawMessage = payload.message;
      const details = Array.isArray(rawMessage) ? rawMessage.map(String) : undefined;
      const message = details ? 'The request is not valid: ' + details.join('; ') : String(rawMessage ?? exception.message);
      const code = typeof payload.code === 'string' ? payload.code : details ? 'validation_failed' : (CODE_BY_STATUS[status] ?? 'error');
      return { statusCode: status, code, message, details };
    }
    const err = exception as { status?: number; statusCode?: number; expose?: boolean; message?: string };
    const status = err?.status ?? err?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500 && err.expose) {
      return { statusCode: status, code: CODE_BY_STATUS[status] ?? 'bad_request', message: err.message ?? 'Bad request' };
    }
    return { statusCode: 500, code: 'internal_error', message: 'Something went wrong on the server; the error has been logged.' };
  }
}

/**
 * body-parser errors (oversize or malformed bodies) arrive either raw or wrapped by Nest in an HttpException whose
 * `cause` is the original; either way the answer says plainly what was wrong.
 */
function bodyParserFailure(exception: unknown): ApiErrorBody | undefined {
  const candidates = [exception, (exception as { cause?: unknown } | null)?.cause];
  for (const candidate of candidates) {
    const type = (candidate as { type?: unknown } | null | undefined)?.type;
    if (type === 'entity.too.large') return { statusCode: 413, code: 'payload_too_large', message: 'The request body is larger than the server accepts.' };
    if (type === 'entity.parse.failed') return { statusCode: 400, code: 'malformed_json', message: 'The request body is not valid JSON.' };
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      return { statusCode: 415, code: 'unsupported_media_type', message: 'The request body uses an encoding or charset the server does not accept.' };
    }
  }
  return undefined;
}
