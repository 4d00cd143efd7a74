import { HAZARD_PHOTO_MAX_BYTES } from '@app/contracts';
import { encodingSteps, fitWithin, fitsLimit } from './photo-sizing.js';

export class PhotoTooLargeError extends Error {
  constructor() {
    super('The photo could not be made small enough');
    this.name = 'PhotoTooLargeError';
  }
}

export class PhotoUnreadableError extends Error {
  constructor(cause: unknown) {
    super('The file is not a picture this browser can read', { cause });
    this.name = 'PhotoUnreadableError';
  }
}

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

/**
 * Shrinks a camera photo in the browser before it is stored or sent: the longest edge at most HAZARD_PHOTO_MAX_EDGE,
 * JPEG, under HAZARD_PHOTO_MAX_BYTES. The picture is drawn on a canvas, which also drops its EXIF data (the location
 * goes with the report itself), after turning it upright as the camera recorded.
 */
export async function resizePhoto(file: Blob): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch (err) {
    throw new PhotoUnreadableError(err);
  }
  try {
    const canvas = document.createElement('canvas');
    for (const step of encodingSteps()) {
      const size = fitWithin({ width: bitmap.width, height: bitmap.height }, step.maxEdge);
      canvas.width = size.width;
      canvas.height = size.height;
      const context = canvas.getContext('2d');
      if (!context) throw new PhotoUnreadableError(new Error('no 2d canvas'));
      // JPEG has no transparency: a white ground instead of black behind transparent PNG areas.
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, size.width, size.height);
      context.drawImage(bitmap, 0, 0, size.width, size.height);
      const blob = await toJpeg(canvas, step.quality);
      if (blob && fitsLimit(blob.size, HAZARD_PHOTO_MAX_BYTES)) return blob;
    }
    throw new PhotoTooLargeError();
  } finally {
    bitmap.close();
  }
}
