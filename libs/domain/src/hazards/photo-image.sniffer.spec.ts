import { samplePhoto } from './photo.fixture.js';
import { sniffImage } from './photo-image.sniffer.js';

describe('sniffImage', () => {
  it.each([
    ['jpeg', 'image/jpeg'],
    ['png', 'image/png'],
    ['webp', 'image/webp'],
  ] as const)('recognises %s and reads its size from the headers', (kind, contentType) => {
    expect(sniffImage(samplePhoto(kind, 1600, 1200))).toEqual({ contentType, width: 1600, height: 1200 });
    expect(sniffImage(samplePhoto(kind, 1, 3))).toEqual({ contentType, width: 1, height: 3 });
  });

  it('reads a JPEG whose frame header comes after other segments and fill bytes', () => {
    const photo = samplePhoto('jpeg', 640, 480);
    const exif = Buffer.concat([Buffer.from([0xff, 0xe1, 0x00, 0x08]), Buffer.from('Exif\0\0')]);
    const withExif = Buffer.concat([photo.subarray(0, 2), exif, Buffer.from([0xff]), photo.subarray(2)]);
    expect(sniffImage(withExif)).toEqual({ contentType: 'image/jpeg', width: 640, height: 480 });
  });

  it('reads lossy and lossless WebP headers', () => {
    const lossy = Buffer.alloc(30);
    lossy.write('RIFF', 0, 'latin1');
    lossy.write('WEBPVP8 ', 8, 'latin1');
    lossy.set([0x9d, 0x01, 0x2a], 23);
    lossy.writeUInt16LE(800, 26);
    lossy.writeUInt16LE(600, 28);
    expect(sniffImage(lossy)).toEqual({ contentType: 'image/webp', width: 800, height: 600 });

    const lossless = Buffer.alloc(25);
    lossless.write('RIFF', 0, 'latin1');
    lossless.write('WEBPVP8L', 8, 'latin1');
    lossless[20] = 0x2f;
    lossless.writeUInt32LE((1024 - 1) | ((768 - 1) << 14), 21);
    expect(sniffImage(lossless)).toEqual({ contentType: 'image/webp', width: 1024, height: 768 });
  });

  it.each([
    ['a text file', Buffer.from('hello, this is not a photo')],
    ['an HTML page', Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>')],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1')],
    ['a PDF', Buffer.from('%PDF-1.7\n')],
    ['an empty file', Buffer.alloc(0)],
    ['a JPEG cut off before its frame header', samplePhoto('jpeg').subarray(0, 12)],
    ['a JPEG with no frame before the scan', Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9])],
    ['a PNG cut off inside its header', samplePhoto('png').subarray(0, 20)],
    ['a RIFF file that is not WebP', Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt ', 'latin1')],
    ['an image of zero width', samplePhoto('png', 0, 10)],
  ])('refuses %s', (_what, bytes) => {
    expect(sniffImage(bytes)).toBeNull();
  });
});
