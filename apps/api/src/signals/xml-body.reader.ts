import type { Request, Response } from 'express';
import { readRawBody } from '../http/raw-body.reader.js';

/** Media types a CAP upload may be sent as. */
export const XML_MEDIA_TYPES = ['application/xml', 'text/xml', 'application/cap+xml'];

/** Reads a CAP upload as bytes: only XML media types, at most `maxBytes` (see readRawBody). */
export function readXmlBody(request: Request, response: Response, maxBytes: number): Promise<Buffer> {
  return readRawBody(request, response, {
    mediaTypes: XML_MEDIA_TYPES,
    maxBytes,
    wrongMediaType: (got) => `Send the CAP document as ${XML_MEDIA_TYPES.join(' or ')} (got ${got || 'no content type'}).`,
    tooLarge: `The document is larger than ${maxBytes} bytes.`,
  });
}
