// A PNG's pHYs chunk: pixels per metre. Without one, Word and WPS place a 2× image at twice
// its on-screen size.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(
    [...type].map((ch) => ch.charCodeAt(0)),
    4,
  );
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const IHDR_END = 8 + 25;

function chunkType(png: Uint8Array, offset: number): string {
  return String.fromCharCode(...png.subarray(offset + 4, offset + 8));
}

/**
 * The PNG with its density set to `dpi` (any pHYs chunk it had replaced). Bytes that are not a
 * PNG are returned as they are.
 */
export function setPngDensity(png: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
  if (png.length < IHDR_END || SIGNATURE.some((b, i) => png[i] !== b)) return new Uint8Array(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const kept: Uint8Array[] = [png.subarray(0, IHDR_END)];
  for (let offset = IHDR_END; offset + 12 <= png.length;) {
    const end = offset + 12 + view.getUint32(offset);
    if (chunkType(png, offset) !== 'pHYs') kept.push(png.subarray(offset, end));
    offset = end;
  }
  const perMetre = Math.round(dpi / 0.0254);
  const data = new Uint8Array(9);
  const dataView = new DataView(data.buffer);
  dataView.setUint32(0, perMetre);
  dataView.setUint32(4, perMetre);
  data[8] = 1; // unit: metre
  const [head, ...rest] = kept;
  const parts = [head as Uint8Array, chunk('pHYs', data), ...rest];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
