import { createHash } from 'node:crypto';
import { BadRequestException, UnsupportedMediaTypeException, ValidationPipe } from '@nestjs/common';
import type { Request, Response } from 'express';
import { sniffImage, type SniffedImage } from '@app/domain';
import { jsonBodyGuard } from '../http/json-body-guard.middleware.js';
import { CreateHazardReportDto } from './hazard-report.dto.js';

/** A file part as the multipart parser hands it over (kept in memory). */
export interface UploadedPart {
  fieldname: string;
  buffer: Buffer;
  size: number;
}

/** A photo whose content was checked: what it really is, its size and its hash. */
export interface CheckedPhoto extends SniffedImage {
  body: Buffer;
  sha256: Buffer;
}

export interface HazardReportForm {
  report: CreateHazardReportDto;
  photos: CheckedPhoto[];
}

// The same rules as every JSON body of the api (see configure-app).
const validation = new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, transform: true });

/**
 * Reads the parsed multipart form of `POST /api/reports`: the `report` part as JSON validated like any JSON body
 * (unknown fields refused, `__proto__` keys refused), each photo judged by its content. Throws a 4xx naming the problem.
 */
export async function readHazardReportForm(fields: unknown, files: UploadedPart[] | undefined): Promise<HazardReportForm> {
  const names = fields && typeof fields === 'object' ? Object.keys(fields) : [];
  const text = (fields as Record<string, unknown> | undefined)?.report;
  if (typeof text !== 'string') {
    throw new BadRequestException({ code: 'report_part_missing', message: 'The form has no part "report" holding the report as JSON.' });
  }
  if (names.length !== 1) {
    throw new BadRequestException({ code: 'unexpected_part', message: 'A report is one part "report" (JSON) and parts "photos"; this request has other parts.' });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BadRequestException({ code: 'malformed_json', message: 'The "report" part is not valid JSON.' });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new BadRequestException({ code: 'malformed_json', message: 'The "report" part must be a JSON object.' });
  }
  let guardError: unknown;
  jsonBodyGuard({ body: parsed } as Request, {} as Response, (err?: unknown) => (guardError = err));
  if (guardError) throw guardError;
  const report = (await validation.transform(parsed, { type: 'body', metatype: CreateHazardReportDto })) as CreateHazardReportDto;
  return { report, photos: (files ?? []).map(checkPhoto) };
}

function checkPhoto(part: UploadedPart, index: number): CheckedPhoto {
  const image = sniffImage(part.buffer);
  if (!image) {
    throw new UnsupportedMediaTypeException({
      code: 'photo_not_an_image',
      message: `photos[${index}] is not a JPEG, PNG or WebP image (judged by its content, not its name or declared type).`,
    });
  }
  return { ...image, body: part.buffer, sha256: createHash('sha256').update(part.buffer).digest() };
}
