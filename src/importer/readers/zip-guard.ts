// A .docx is a zip. A zip bomb (a few kilobytes that unpack to gigabytes) would exhaust the
// browser's memory inside the Word reader, so the zip's own table of contents is read first
// and a file that would unpack to more than the limits is refused before anything unpacks.

export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
export const MAX_ENTRIES = 5000;
/** Word compresses XML about 5–20×; beyond this an entry is not a document. */
export const MAX_RATIO = 200;

export type ZipCheck =
  | { readonly ok: true; readonly entries: number; readonly unpacked: number }
  | {
      readonly ok: false;
      readonly reason: 'not-zip' | 'too-large' | 'too-many' | 'ratio';
      readonly detail: string;
    };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes at the very end.
  const last = view.byteLength - 22;
  for (let i = last; i >= Math.max(0, last - 65_535); i -= 1)
    if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

/** Reads the central directory and decides whether the zip may be unpacked. */
export function checkZip(bytes: Uint8Array): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.byteLength >= 22 ? findEndOfCentralDirectory(view) : -1;
  if (eocd === -1) return { ok: false, reason: 'not-zip', detail: 'no end of central directory' };
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  // ZIP64 markers: sizes beyond 4 GB, never in a report.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    return { ok: false, reason: 'too-large', detail: 'ZIP64 archive' };
  }
  if (count > MAX_ENTRIES) return { ok: false, reason: 'too-many', detail: `${count} entries` };
  if (offset + size > eocd)
    return { ok: false, reason: 'not-zip', detail: 'central directory out of bounds' };
  let unpacked = 0;
  let at = offset;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) {
      return { ok: false, reason: 'not-zip', detail: 'damaged central directory' };
    }
    const compressed = view.getUint32(at + 20, true);
    const uncompressed = view.getUint32(at + 24, true);
    if (uncompressed === 0xffffffff)
      return { ok: false, reason: 'too-large', detail: 'ZIP64 entry' };
    if (uncompressed > 1024 * 1024 && uncompressed / Math.max(compressed, 1) > MAX_RATIO) {
      return { ok: false, reason: 'ratio', detail: `${uncompressed} bytes from ${compressed}` };
    }
    unpacked += uncompressed;
    if (unpacked > MAX_UNPACKED_BYTES)
      return { ok: false, reason: 'too-large', detail: `over ${unpacked} bytes` };
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return { ok: true, entries: count, unpacked };
}
