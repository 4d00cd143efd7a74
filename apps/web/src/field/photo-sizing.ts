import { HAZARD_PHOTO_MAX_BYTES, HAZARD_PHOTO_MAX_EDGE } from '@app/contracts';

export interface Size {
  width: number;
  height: number;
}

/** The size that fits within `maxEdge` on its longer side, keeping the aspect ratio; never enlarges, never below 1 px. */
export function fitWithin(size: Size, maxEdge: number = HAZARD_PHOTO_MAX_EDGE): Size {
  const longest = Math.max(size.width, size.height);
  if (longest <= maxEdge) return { width: Math.max(1, Math.round(size.width)), height: Math.max(1, Math.round(size.height)) };
  const scale = maxEdge / longest;
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

/** One way of encoding the photo: the longest edge and the JPEG quality. */
export interface EncodingStep {
  maxEdge: number;
  quality: number;
}

const QUALITIES = [0.85, 0.72, 0.6] as const;
const EDGE_SHRINK = 0.75;
const MIN_EDGE = 480;

/**
 * The encodings to try in order until one is under the byte limit: the full size at falling JPEG qualities, then
 * smaller sizes. A phone photo of a flooded street at 1600 px and quality 0.85 is usually 300–600 kB; the later
 * steps are for unusually detailed pictures.
 */
export function encodingSteps(maxEdge: number = HAZARD_PHOTO_MAX_EDGE, minEdge: number = MIN_EDGE): EncodingStep[] {
  const steps: EncodingStep[] = [];
  for (let edge = maxEdge; edge >= minEdge; edge = Math.floor(edge * EDGE_SHRINK)) {
    for (const quality of QUALITIES) steps.push({ maxEdge: edge, quality });
  }
  return steps;
}

export function fitsLimit(bytes: number, limit: number = HAZARD_PHOTO_MAX_BYTES): boolean {
  return bytes > 0 && bytes <= limit;
}
