import type { Request, Response } from 'express';
import { DomainError } from '@app/domain';
import { readRawBody } from '../http/raw-body.reader.js';

export const CSV_MEDIA_TYPES = ['text/csv', 'application/csv', 'text/plain'];

/** Reads a roster upload as UTF-8 text: only CSV media types, at most `maxBytes` (see readRawBody). */
export async function readCsvBody(request: Request, response: Response, maxBytes: number): Promise<string> {
  const bytes = await readRawBody(request, response, {
    mediaTypes: CSV_MEDIA_TYPES,
    maxBytes,
    wrongMediaType: (got) => `Send the roster as text/csv (got ${got || 'no content type'}).`,
    tooLarge: `The roster file is larger than ${maxBytes} bytes.`,
  });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DomainError('invalid', 'roster_not_utf8', 'The roster file is not UTF-8 text; save it from the spreadsheet as "CSV UTF-8".');
  }
}
