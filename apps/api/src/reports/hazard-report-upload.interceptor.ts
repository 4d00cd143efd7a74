import {
  BadRequestException,
  HttpException,
  Injectable,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { catchError, type Observable } from 'rxjs';
import { HAZARD_PHOTO_MAX_BYTES, HAZARD_PHOTOS_MAX } from '@app/contracts';

/** The longest `report` part taken: the JSON of one report with a 1000-character description fits many times. */
export const HAZARD_REPORT_PART_MAX_BYTES = 16 * 1024;

const MB = (HAZARD_PHOTO_MAX_BYTES / 1_000_000).toFixed(1);

/**
 * Parses `multipart/form-data` into memory (photos are small: the phone resizes them) with every limit set, so a
 * hostile upload is cut off while it streams: one text part `report`, at most HAZARD_PHOTOS_MAX files `photos` of at
 * most HAZARD_PHOTO_MAX_BYTES each, nothing else. Nothing reaches the disk or the photo store here.
 */
export const HazardReportMultipart = FilesInterceptor('photos', HAZARD_PHOTOS_MAX, {
  limits: {
    fields: 1,
    fieldSize: HAZARD_REPORT_PART_MAX_BYTES,
    fieldNameSize: 100,
    files: HAZARD_PHOTOS_MAX,
    fileSize: HAZARD_PHOTO_MAX_BYTES,
    parts: HAZARD_PHOTOS_MAX + 1,
    headerPairs: 20,
  },
});

/**
 * Runs outside the multipart parser: refuses anything but `multipart/form-data` up front (415), and turns the
 * parser's terse limit errors ("File too large") into answers that say what to change.
 */
@Injectable()
export class HazardUploadErrorsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    if (!req.is('multipart/form-data')) {
      throw new UnsupportedMediaTypeException({
        code: 'multipart_required',
        message: 'Send the report as multipart/form-data: a part "report" with the report as JSON, and up to 4 parts "photos".',
      });
    }
    return next.handle().pipe(
      catchError((err: unknown) => {
        throw explain(err);
      }),
    );
  }
}

function explain(err: unknown): unknown {
  if (!(err instanceof HttpException)) return err;
  const cause = err.cause as { code?: unknown; field?: unknown } | undefined;
  const field = typeof cause?.field === 'string' ? cause.field : undefined;
  switch (cause?.code) {
    case 'LIMIT_FILE_SIZE':
      return new PayloadTooLargeException({
        code: 'photo_too_large',
        message: `A photo is larger than ${HAZARD_PHOTO_MAX_BYTES} bytes (${MB} MB); resize it before sending.`,
      });
    case 'LIMIT_FILE_COUNT':
      return new BadRequestException({ code: 'too_many_photos', message: `A report takes at most ${HAZARD_PHOTOS_MAX} photos.` });
    case 'LIMIT_UNEXPECTED_FILE':
      return field === 'photos'
        ? new BadRequestException({ code: 'too_many_photos', message: `A report takes at most ${HAZARD_PHOTOS_MAX} photos.` })
        : new BadRequestException({ code: 'unexpected_part', message: `Unexpected file part "${clip(field)}": photos go in parts named "photos".` });
    case 'LIMIT_FIELD_VALUE':
      return new PayloadTooLargeException({ code: 'report_too_large', message: `The "report" part is larger than ${HAZARD_REPORT_PART_MAX_BYTES} bytes.` });
    case 'LIMIT_FIELD_COUNT':
    case 'LIMIT_PART_COUNT':
    case 'LIMIT_FIELD_KEY':
      return new BadRequestException({
        code: 'unexpected_part',
        message: `A report is one part "report" (JSON) and up to ${HAZARD_PHOTOS_MAX} parts "photos"; this request has other parts.`,
      });
    default:
      return err;
  }
}

function clip(text: string | undefined): string {
  return (text ?? '').slice(0, 40);
}
