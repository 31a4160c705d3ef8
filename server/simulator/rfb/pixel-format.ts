/** RFB PIXEL_FORMAT (RFB spec 7.4). */
export interface PixelFormat {
  bitsPerPixel: number;
  depth: number;
  bigEndian: boolean;
  trueColour: boolean;
  redMax: number;
  greenMax: number;
  blueMax: number;
  redShift: number;
  greenShift: number;
  blueShift: number;
}

/** What the server offers in ServerInit: 32 bpp, 24-bit true colour, little-endian, 0x00RRGGBB. */
export const DEFAULT_PIXEL_FORMAT: PixelFormat = {
  bitsPerPixel: 32,
  depth: 24,
  bigEndian: false,
  trueColour: true,
  redMax: 255,
  greenMax: 255,
  blueMax: 255,
  redShift: 16,
  greenShift: 8,
  blueShift: 0,
};

export function encodePixelFormat(pf: PixelFormat): Buffer {
  const buf = Buffer.alloc(16);
  buf.writeUInt8(pf.bitsPerPixel, 0);
  buf.writeUInt8(pf.depth, 1);
  buf.writeUInt8(pf.bigEndian ? 1 : 0, 2);
  buf.writeUInt8(pf.trueColour ? 1 : 0, 3);
  buf.writeUInt16BE(pf.redMax, 4);
  buf.writeUInt16BE(pf.greenMax, 6);
  buf.writeUInt16BE(pf.blueMax, 8);
  buf.writeUInt8(pf.redShift, 10);
  buf.writeUInt8(pf.greenShift, 11);
  buf.writeUInt8(pf.blueShift, 12);
  return buf;
}

export function decodePixelFormat(buf: Buffer): PixelFormat {
  return {
    bitsPerPixel: buf.readUInt8(0),
    depth: buf.readUInt8(1),
    bigEndian: buf.readUInt8(2) !== 0,
    trueColour: buf.readUInt8(3) !== 0,
    redMax: buf.readUInt16BE(4),
    greenMax: buf.readUInt16BE(6),
    blueMax: buf.readUInt16BE(8),
    redShift: buf.readUInt8(10),
    greenShift: buf.readUInt8(11),
    blueShift: buf.readUInt8(12),
  };
}

/** Colour maps are not worth simulating; every true-colour format of 8, 16 or 32 bpp is. */
export function isSupportedPixelFormat(pf: PixelFormat): boolean {
  return pf.trueColour && [8, 16, 32].includes(pf.bitsPerPixel) && pf.redMax > 0 && pf.greenMax > 0 && pf.blueMax > 0;
}

/** One pixel of an RGB colour (0-255 per channel) in the client's format. */
export function encodeColour(pf: PixelFormat, [r, g, b]: readonly [number, number, number]): Buffer {
  const scale = (v: number, max: number) => Math.round((v * max) / 255);
  const value =
    ((scale(r, pf.redMax) << pf.redShift) | (scale(g, pf.greenMax) << pf.greenShift) | (scale(b, pf.blueMax) << pf.blueShift)) >>> 0;
  const bytes = pf.bitsPerPixel / 8;
  const buf = Buffer.alloc(bytes);
  if (bytes === 1) buf.writeUInt8(value & 0xff, 0);
  else if (bytes === 2 && pf.bigEndian) buf.writeUInt16BE(value & 0xffff, 0);
  else if (bytes === 2) buf.writeUInt16LE(value & 0xffff, 0);
  else if (pf.bigEndian) buf.writeUInt32BE(value, 0);
  else buf.writeUInt32LE(value, 0);
  return buf;
}
