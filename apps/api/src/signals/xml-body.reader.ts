import { HttpException, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';

/** Media types a CAP upload may be sent as. */
export const XML_MEDIA_TYPES = ['application/xml', 'text/xml', 'application/cap+xml'];

/**
 * Reads an XML request body as bytes, after the guards have let the caller in (so anonymous callers cannot make the
 * server buffer anything): only XML media types, at most `maxBytes`, whatever Content-Length claims. A body over the
 * limit ends the connection after the answer, so the rest is not read.
 */
export async function readXmlBody(request: Request, response: Response, maxBytes: number): Promise<Buffer> {
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!XML_MEDIA_TYPES.includes(mediaType)) {
    throw new HttpException(
      { code: 'unsupported_media_type', message: `Send the CAP document as ${XML_MEDIA_TYPES.join(' or ')} (got ${mediaType || 'no content type'}).` },
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    );
  }
  const tooLarge = () => {
    response.setHeader('Connection', 'close');
    return new HttpException({ code: 'payload_too_large', message: `The document is larger than ${maxBytes} bytes.` }, HttpStatus.PAYLOAD_TOO_LARGE);
  };
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) throw tooLarge();
  // A body parser that already read the stream (none should for XML) leaves its result here.
  if (Buffer.isBuffer(request.body)) {
    if (request.body.byteLength > maxBytes) throw tooLarge();
    return request.body;
  }
  if (request.readableEnded) return Buffer.alloc(0);
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (err: unknown) => {
      request.off('data', onData).off('end', onEnd).off('error', stop);
      // Stop reading but keep the socket: the answer still has to go out over it.
      request.pause();
      reject(err);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) stop(tooLarge());
      else chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    request.on('data', onData).on('end', onEnd).on('error', stop);
  });
}
