import { crc32, deflateSync } from 'node:zlib';

export const DEMO_PHOTO_WIDTH = 240;
export const DEMO_PHOTO_HEIGHT = 160;

type Rgb = [number, number, number];

/**
 * A small picture drawn in code for a demo hazard report: a real PNG (a browser shows it), the same bytes every run,
 * so storing it again under the same key changes nothing.
 */
export function demoPhoto(subject: 'fallen-tree' | 'flooding'): Buffer {
  const paint = subject === 'fallen-tree' ? fallenTree : flooding;
  const rows: Buffer[] = [];
  for (let y = 0; y < DEMO_PHOTO_HEIGHT; y++) {
    const row = Buffer.alloc(1 + DEMO_PHOTO_WIDTH * 3);
    for (let x = 0; x < DEMO_PHOTO_WIDTH; x++) row.set(paint(x / DEMO_PHOTO_WIDTH, y / DEMO_PHOTO_HEIGHT), 1 + x * 3);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(DEMO_PHOTO_WIDTH, 0);
  header.writeUInt32BE(DEMO_PHOTO_HEIGHT, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Storm sky, wet road, a trunk lying across it and its crown on the verge. */
function fallenTree(x: number, y: number): Rgb {
  const trunkY = 0.55 + (x - 0.15) * 0.35;
  if (x > 0.1 && x < 0.85 && Math.abs(y - trunkY) < 0.045) return [96, 64, 38];
  if ((x - 0.88) ** 2 / 0.02 + (y - 0.78) ** 2 / 0.04 < 1) return [46, 110 + Math.round(30 * Math.sin(x * 60)), 52];
  if (y < 0.45) return shade([120, 128, 140], y);
  if (Math.abs(y - 0.72) < 0.01 && Math.floor(x * 12) % 2 === 0) return [210, 200, 120];
  return shade([70, 72, 78], y - 0.45);
}

/** Storm sky, grey sea with white crests over a seawall, water on the road behind it. */
function flooding(x: number, y: number): Rgb {
  const wave = 0.02 * Math.sin(x * 25);
  if (y < 0.3 + wave) return shade([128, 136, 148], y);
  if (y < 0.5 + wave) return Math.sin(x * 40 + y * 90) > 0.85 ? [235, 240, 245] : [70, 100, 120];
  if (y < 0.56) return [150, 150, 145];
  return Math.sin(x * 30 + y * 50) > 0.9 ? [150, 170, 185] : shade([95, 120, 135], y - 0.56);
}

function shade([r, g, b]: Rgb, by: number): Rgb {
  const k = 1 - Math.min(0.3, Math.max(0, by) * 0.4);
  return [Math.round(r * k), Math.round(g * k), Math.round(b * k)];
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
