// @vitest-environment node
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { setPngDensity } from '../../../src/export/png-density.ts';

function png(width: number, height: number): Uint8Array {
  const image = new PNG({ width, height });
  image.data.fill(255);
  return new Uint8Array(PNG.sync.write(image));
}

function physChunks(bytes: Uint8Array): { x: number; y: number; unit: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found = [];
  for (let at = 8; at + 12 <= bytes.length; at += 12 + view.getUint32(at)) {
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'pHYs') {
      found.push({
        x: view.getUint32(at + 8),
        y: view.getUint32(at + 12),
        unit: bytes[at + 16] ?? -1,
      });
    }
  }
  return found;
}

describe('setPngDensity', () => {
  it('adds a pHYs chunk that decoders accept (CRC included)', () => {
    const out = setPngDensity(png(3, 2), 192);
    expect(physChunks(out)).toEqual([{ x: 7559, y: 7559, unit: 1 }]);
    const decoded = PNG.sync.read(Buffer.from(out), { checkCRC: true } as never);
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
  });

  it('replaces a density the PNG already had', () => {
    const once = setPngDensity(png(2, 2), 96);
    expect(physChunks(setPngDensity(once, 288))).toEqual([{ x: 11339, y: 11339, unit: 1 }]);
  });

  it('returns bytes that are not a PNG unchanged', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect([...setPngDensity(bytes, 96)]).toEqual([1, 2, 3]);
  });
});
