import type { HazardPhoto } from '@app/contracts';

export interface SniffedImage {
  contentType: HazardPhoto['contentType'];
  width: number;
  height: number;
}

/**
 * What an uploaded photo really is, from its own bytes: the client's declared type and file name are not trusted.
 * JPEG, PNG and WebP are recognised by their signatures and their size read from the headers (no decoding); anything
 * else, or a file whose headers are cut short, is null.
 */
export function sniffImage(bytes: Uint8Array): SniffedImage | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return withSize('image/jpeg', jpegSize(buf));
  if (buf.length >= 24 && buf.subarray(0, 8).equals(PNG_SIGNATURE) && buf.toString('latin1', 12, 16) === 'IHDR') {
    return withSize('image/png', { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) });
  }
  if (buf.length >= 16 && buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP') return withSize('image/webp', webpSize(buf));
  return null;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function withSize(contentType: SniffedImage['contentType'], size: { width: number; height: number } | null): SniffedImage | null {
  if (!size || size.width <= 0 || size.height <= 0 || size.width > 0x7fffffff || size.height > 0x7fffffff) return null;
  return { contentType, ...size };
}

/** Walks the marker segments up to the first start-of-frame, which holds the size. */
function jpegSize(buf: Buffer): { width: number; height: number } | null {
  let offset = 2;
  while (offset + 4 <= buf.length) {
    if (buf[offset] !== 0xff) return null;
    const marker = buf[offset + 1];
    // Fill bytes before a marker.
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    // Markers without a length: TEM and restart markers; end of image or start of scan before a frame means no size.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = buf.readUInt16BE(offset + 2);
    if (length < 2) return null;
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (offset + 9 > buf.length) return null;
      return { height: buf.readUInt16BE(offset + 5), width: buf.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  return null;
}

/** The first chunk says which WebP it is: lossy (VP8), lossless (VP8L) or extended (VP8X, canvas size). */
function webpSize(buf: Buffer): { width: number; height: number } | null {
  const chunk = buf.toString('latin1', 12, 16);
  if (chunk === 'VP8 ' && buf.length >= 30) {
    if (buf[23] !== 0x9d || buf[24] !== 0x01 || buf[25] !== 0x2a) return null;
    return { width: buf.readUInt16LE(26) & 0x3fff, height: buf.readUInt16LE(28) & 0x3fff };
  }
  if (chunk === 'VP8L' && buf.length >= 25) {
    if (buf[20] !== 0x2f) return null;
    const bits = buf.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X' && buf.length >= 30) {
    return { width: buf.readUIntLE(24, 3) + 1, height: buf.readUIntLE(27, 3) + 1 };
  }
  return null;
}
