import { HttpException, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';

export interface RawBodyRules {
  /** Media types accepted (lower case, without parameters). */
  mediaTypes: readonly string[];
  maxBytes: number;
  /** The 415 message, given the media type sent ('' when none). */
  wrongMediaType: (got: string) => string;
  /** The 413 message. */
  tooLarge: string;
}

/**
 * Reads a request body as bytes, after the guards have let the caller in (so anonymous callers cannot make the server
 * buffer anything): only the given media types, at most `maxBytes`, whatever Content-Length claims. A body over the
 * limit ends the connection after the answer, so the rest is not read.
 */
export async function readRawBody(request: Request, response: Response, rules: RawBodyRules): Promise<Buffer> {
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!rules.mediaTypes.includes(mediaType)) {
    throw new HttpException({ code: 'unsupported_media_type', message: rules.wrongMediaType(mediaType) }, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  }
  const tooLarge = () => {
    response.setHeader('Connection', 'close');
    return new HttpException({ code: 'payload_too_large', message: rules.tooLarge }, HttpStatus.PAYLOAD_TOO_LARGE);
  };
  if (Number(request.headers['content-length'] ?? 0) > rules.maxBytes) throw tooLarge();
  // A body parser that already read the stream (none should for these types) leaves its result here.
  if (Buffer.isBuffer(request.body)) {
    if (request.body.byteLength > rules.maxBytes) throw tooLarge();
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
      if (size > rules.maxBytes) stop(tooLarge());
      else chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    request.on('data', onData).on('end', onEnd).on('error', stop);
  });
}
